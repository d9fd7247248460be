/**
 * Which byte ranges to request for a set of store records: adjacent or nearly adjacent records
 * share one request, so a site check over 40 neighbouring units costs a handful of round trips.
 */

/** A half-open byte range `[start, end)` and the records it carries. */
export interface ByteRange {
  start: number;
  end: number;
  records: number[];
}

/**
 * Merge the records `ids` (any order) into ranges over `offsets` (record `i` is
 * `[offsets[i], offsets[i + 1])`). Two records join when the bytes between them are at most
 * `gapBytes`: reading a few unneeded kilobytes is cheaper than another round trip.
 */
export function mergeRanges(ids: Iterable<number>, offsets: ArrayLike<number>, gapBytes = 16384): ByteRange[] {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const out: ByteRange[] = [];
  for (const i of sorted) {
    const start = offsets[i] ?? 0;
    const end = offsets[i + 1] ?? start;
    const last = out[out.length - 1];
    if (last && start - last.end <= gapBytes) {
      last.end = end;
      last.records.push(i);
    } else {
      out.push({ start, end, records: [i] });
    }
  }
  return out;
}
