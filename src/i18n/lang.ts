/** The languages the interface is written in. */
export type Lang = 'zh' | 'en';
