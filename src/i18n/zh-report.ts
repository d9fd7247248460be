/** The printable site-check report and its exports: Chinese strings. */
export const zhReport = {
} as const;
