import { describe, expect, it } from 'vitest';
import { mergeSuite } from '../../bench/results';
import { median } from '../../bench/stats';

describe('bench/results.json merging', () => {
  it('replaces only the suite that ran and keeps every other key', () => {
    const before = { lighthouse: { fcp: 1 }, core: { old: true }, zeta: [1] };
    const after = mergeSuite(before, 'core', { rows: 3 });
    expect(after).toEqual({ core: { rows: 3 }, lighthouse: { fcp: 1 }, zeta: [1] });
    expect(Object.keys(after)).toEqual(['core', 'lighthouse', 'zeta']);
  });

  it('adds a suite that was not there yet', () => {
    expect(mergeSuite({}, 'new', { a: 1 })).toEqual({ new: { a: 1 } });
  });
});

describe('median (bench/stats.ts)', () => {
  it('is the middle of the finite values, the mean of the middle two for an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5, Infinity, 1])).toBe(3);
    expect(median([])).toBeNaN();
  });
});
