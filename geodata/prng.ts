/** Seeded PRNG (mulberry32): same seed → same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derive an independent stream for a named purpose, so adding one stream never shifts another. */
export function streamFor(seed: number, name: string): () => number {
  let h = seed >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return mulberry32(h);
}

/** Uniform in [lo, hi). */
export const uniform = (rnd: () => number, lo: number, hi: number): number => lo + (hi - lo) * rnd();
