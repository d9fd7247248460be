/**
 * Hanyu Pinyin for search and for English labels of names that have no English form in the data
 * (section names such as 寸滩 → "Cuntan"). pinyin-pro is a maintained dictionary with word-level
 * polyphone handling (重庆 chóngqìng, 长寿 chángshòu); it is loaded on first use of the search box,
 * never at start-up.
 */
export interface Romanizer {
  /** Toneless syllables joined, lower case: 渝中区 → "yuzhongqu". */
  full(text: string): string;
  /** First letters: 渝中区 → "yzq". */
  initials(text: string): string;
  /** A name in Latin letters for English text: 寸滩 → "Cuntan". */
  name(text: string): string;
}

let loading: Promise<Romanizer> | null = null;

export function loadRomanizer(): Promise<Romanizer> {
  return (loading ??= import('pinyin-pro').then(({ pinyin }) => {
    const syllables = (text: string, pattern: 'pinyin' | 'first') =>
      pinyin(text, { pattern, toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
    const full = (text: string) => syllables(text, 'pinyin').join('').toLowerCase();
    return {
      full,
      initials: (text) => syllables(text, 'first').join('').toLowerCase(),
      name: (text) => {
        const latin = full(text);
        return latin.charAt(0).toUpperCase() + latin.slice(1);
      },
    };
  }));
}
