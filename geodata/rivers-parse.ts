/** Parser for `gmt coast -I<level> -M` multisegment text and bin-edge stitching. */
import type { Position } from 'geojson';

export interface RawLine {
  level: number;
  coords: Position[];
}

export function parseGmtMultisegment(text: string, level: number): RawLine[] {
  const out: RawLine[] = [];
  let cur: Position[] | null = null;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (t.startsWith('>')) {
      if (cur && cur.length) out.push({ level, coords: cur });
      cur = [];
      continue;
    }
    const [x, y] = t.split(/\s+/).map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`bad gmt line: ${line}`);
    (cur ??= []).push([x!, y!]);
  }
  if (cur && cur.length) out.push({ level, coords: cur });
  return out;
}

const key = (p: Position) => `${p[0]!.toFixed(6)},${p[1]!.toFixed(6)}`;

/** Remove consecutive duplicate vertices; a line with < 2 distinct vertices (a bin-edge stub) is dropped. */
export function dropStubs(lines: RawLine[]): { kept: RawLine[]; dropped: number } {
  const kept: RawLine[] = [];
  let dropped = 0;
  for (const l of lines) {
    const c: Position[] = [];
    for (const p of l.coords) if (!c.length || key(c[c.length - 1]!) !== key(p)) c.push(p);
    if (c.length < 2 || (l.coords.length === 2 && c.length === 2 && isTiny(c))) dropped++;
    else kept.push({ level: l.level, coords: c });
  }
  return { kept, dropped };
}

/** A 2-vertex piece shorter than ~50 m is a stub left by the bin cut. */
function isTiny(c: Position[]): boolean {
  const dx = c[1]![0]! - c[0]![0]!;
  const dy = c[1]![1]! - c[0]![1]!;
  return Math.hypot(dx, dy) < 5e-4;
}

/**
 * Join lines of the same level end to end where an endpoint coincides (bin edges cut lines into
 * pieces that share their cut vertex) and only two pieces meet there. Deterministic order.
 */
export function mergeAtEndpoints(lines: RawLine[]): RawLine[] {
  const byLevel = new Map<number, Position[][]>();
  for (const l of lines) {
    if (!byLevel.has(l.level)) byLevel.set(l.level, []);
    byLevel.get(l.level)!.push(l.coords.slice());
  }
  const out: RawLine[] = [];
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const pieces = byLevel.get(level)!;
    const alive = pieces.map(() => true);
    const ends = new Map<string, number[]>();
    const addEnd = (k: string, i: number) => {
      const a = ends.get(k);
      if (a) a.push(i);
      else ends.set(k, [i]);
    };
    pieces.forEach((c, i) => {
      addEnd(key(c[0]!), i);
      addEnd(key(c[c.length - 1]!), i);
    });
    let changed = true;
    while (changed) {
      changed = false;
      for (const [k, idx] of ends) {
        const live = idx.filter((i) => alive[i]);
        if (live.length !== 2 || live[0] === live[1]) continue;
        const [i, j] = live as [number, number];
        let a = pieces[i]!;
        let b = pieces[j]!;
        if (key(a[a.length - 1]!) !== k) a = a.reverse();
        if (key(b[0]!) !== k) b = b.reverse();
        const merged = a.concat(b.slice(1));
        pieces[i] = merged;
        alive[j] = false;
        ends.delete(k);
        const other = key(merged[merged.length - 1]!);
        const arr = ends.get(other);
        if (arr) ends.set(other, arr.map((x) => (x === j ? i : x)));
        const start = key(merged[0]!);
        const arr2 = ends.get(start);
        if (arr2) ends.set(start, arr2.map((x) => (x === j ? i : x)));
        changed = true;
      }
    }
    pieces.forEach((c, i) => {
      if (alive[i]) out.push({ level, coords: c });
    });
  }
  return out;
}
