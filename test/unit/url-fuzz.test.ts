/**
 * Seeded fuzz of what a link can carry: the hash parser and the site decoder. Whatever a link
 * holds, they return defaults or null — never throw — in bounded time, and the prototype of
 * plain objects is never touched.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../geodata/prng';
import { checkSiteLimits, DEFAULT_SITE_LIMITS } from '../../src/geo/site-limits';
import { GeoInputError } from '../../src/geo/errors';
import { defaultUrlState, formatHash, parseHash, type UrlState } from '../../src/state/url';
import { decodeSite, encodeSite } from '../../src/state/site-link';

const rnd = mulberry32(20261201);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_~.!*\'()&=#%/:,;@$+?<>"`{}[]|\\^ 长江渝中';
const randomText = (n: number) => Array.from({ length: n }, () => pick([...ALPHABET])).join('');
const KEYS = ['map', 'sel', 'site', 'hide', 'cat', 'd', 'wq', 'lang', '__proto__', 'constructor', 'prototype', 'theme', 'bm', 'pin'];
const VALID: UrlState[] = [
  { ...defaultUrlState(), view: { zoom: 12, lat: 29.56, lon: 106.55 }, selection: { kind: 'unit', id: 'ZH50010120001' } },
  { ...defaultUrlState(), site: encodeSite({ type: 'Polygon', coordinates: [[[106.5, 29.5], [106.6, 29.5], [106.6, 29.6], [106.5, 29.5]]] }), lang: 'en' },
];

/** One mutation of a valid hash: flip, insert, delete or duplicate characters, or splice in a random key. */
function mutate(hash: string): string {
  const chars = [...hash];
  const n = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(rnd() * (chars.length + 1));
    switch (Math.floor(rnd() * 5)) {
      case 0:
        chars[i] = pick([...ALPHABET]);
        break;
      case 1:
        chars.splice(i, 0, ...randomText(1 + Math.floor(rnd() * 8)));
        break;
      case 2:
        chars.splice(i, 1 + Math.floor(rnd() * 4));
        break;
      case 3:
        chars.splice(i, 0, ...chars.slice(i, i + 1 + Math.floor(rnd() * 30)));
        break;
      default:
        chars.splice(i, 0, ...`&${pick(KEYS)}=${randomText(Math.floor(rnd() * 40))}`);
    }
  }
  return chars.join('');
}

describe('link fuzz (seeded)', () => {
  it('5,000 mutated and random hashes parse to a valid state without throwing', () => {
    const t0 = performance.now();
    for (let i = 0; i < 5000; i++) {
      const hash = i % 5 === 0 ? `#${randomText(Math.floor(rnd() * 300))}` : mutate(formatHash(pick(VALID)));
      const state = parseHash(hash);
      // Whatever came in, what goes out is a state the app writes back and reads again unchanged
      // (views are rounded to their zoom's precision once, on the first write).
      const written = formatHash(state);
      expect(formatHash(parseHash(written))).toBe(written);
    }
    expect(performance.now() - t0).toBeLessThan(50_000);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('5,000 mutated and random site texts decode to null or a site the limits accept or refuse by code', () => {
    const valid = VALID[1]!.site!;
    let decoded = 0;
    for (let i = 0; i < 5000; i++) {
      const text = i % 4 === 0 ? pick(['P', 'M', 'L', 'A', 'X']) + randomText(Math.floor(rnd() * 200)) : mutate(valid);
      const site = decodeSite(text);
      if (!site) continue;
      decoded++;
      try {
        checkSiteLimits(site, { ...DEFAULT_SITE_LIMITS, region: [105, 28, 110.5, 32.5] });
      } catch (e) {
        expect(e).toBeInstanceOf(GeoInputError);
      }
    }
    // The mutations must exercise the decoder's success path too, or this test proves little.
    expect(decoded).toBeGreaterThan(100);
  }, 60_000);

  it('a link longer than any shareable site is refused at once', () => {
    const t0 = performance.now();
    expect(decodeSite('L' + '_ibE'.repeat(1_000_000))).toBeNull();
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
