/**
 * Rivers: geodesic distance from a site to named rivers with shoreline bands, and chainage
 * (distance along the river, downstream-positive) for upstream/downstream ordering.
 *
 * Each named river is assembled into one ordered chain: its parts (LineStrings and
 * MultiLineString members of all features with that name) are joined greedily, starting from
 * the longest, always attaching the part whose nearer end is closest to either chain end
 * (reversing it if needed). Gaps are bridged by a geodesic jump that counts in the chainage.
 *
 * **Downstream rule** (vertex order of source data is not trusted):
 * - 长江 (rank 1, or a river with no known receiving river in the index): downstream = the
 *   *eastern* end (larger longitude) — the Yangtze flows from 朱沱 (~105.8°E) to 巫山 (~110°E).
 * - a tributary: downstream = the end nearer (geodesically) to its receiving river: by default
 *   嘉陵江/乌江/綦江/大宁河/… → 长江, 涪江/渠江 → 嘉陵江, 芙蓉江 → 乌江 (see
 *   {@link DEFAULT_RECEIVING}; override with the `receiving` option).
 * - otherwise (receiving river absent from the data): the vertex order as given.
 * Chainage 0 is the upstream end of the chain as stored in the data (not a gauge zero).
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { RiverProperties, Rivers } from '../data/contract';
import { BoundaryDistanceSearch } from './boundary-distance';
import { distance } from './geodesic';
import { intersectWitness } from './intersect';
import { buildPathStore, type PathStore } from './path-store';
import { pointSegmentDistSq } from './planar';
import { prepareSite, type PreparedSite } from './site';
import type { LonLat } from './types';

/** Rivers the site check reports by default. */
export const DEFAULT_RIVERS: readonly string[] = ['长江', '嘉陵江', '乌江'];

/** Receiving river of common tributaries in and around Chongqing. Unlisted rivers: 长江. */
export const DEFAULT_RECEIVING: Readonly<Record<string, string>> = {
  嘉陵江: '长江',
  乌江: '长江',
  綦江: '长江',
  大宁河: '长江',
  小江: '长江',
  龙河: '长江',
  涪江: '嘉陵江',
  渠江: '嘉陵江',
  芙蓉江: '乌江',
  郁江: '乌江',
  阿蓬江: '乌江',
};

/** One river assembled into a single downstream-ordered chain. */
export interface RiverChain {
  name: string;
  name_en: string;
  rank: number;
  /** Vertices from upstream to downstream. */
  path: LonLat[];
  /** Chainage at each vertex of `path`, metres (geodesic, cumulative). */
  cumM: Float64Array;
  /** Total chain length, metres. */
  lengthM: number;
  /** How the downstream direction was decided. */
  orientation: 'east-end' | 'nearest-to-receiving' | 'as-given';
}

/** Index over named rivers (owner i of `store` = `rivers[i]`, one path each). */
export interface RiverIndex {
  rivers: RiverChain[];
  store: PathStore;
  byName: Map<string, number>;
}

/** Options of {@link buildRiverIndex}. */
export interface RiverIndexOptions {
  /** Receiving river per tributary name; merged over {@link DEFAULT_RECEIVING}. */
  receiving?: Record<string, string>;
  /** Names of rivers flowing to the east end (default: `['长江']` and any rank-1 river). */
  eastward?: string[];
}

function partsOf(g: Geometry | null): Position[][] {
  if (!g) return [];
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

function assemble(parts: LonLat[][]): LonLat[] {
  const rest = parts.filter((p) => p.length >= 2).map((p) => p.slice());
  if (rest.length === 0) return [];
  rest.sort((a, b) => b.length - a.length);
  let chain = rest.shift() ?? [];
  while (rest.length) {
    let best = { k: 0, d: Infinity, atEnd: true, rev: false };
    const head = chain[0] as LonLat;
    const tail = chain[chain.length - 1] as LonLat;
    rest.forEach((p, k) => {
      const s = p[0] as LonLat;
      const e = p[p.length - 1] as LonLat;
      const opts: [number, boolean, boolean][] = [
        [distance(tail, s), true, false],
        [distance(tail, e), true, true],
        [distance(head, e), false, false],
        [distance(head, s), false, true],
      ];
      for (const [d, atEnd, rev] of opts) if (d < best.d) best = { k, d, atEnd, rev };
    });
    const [part] = rest.splice(best.k, 1);
    const q = best.rev ? (part ?? []).reverse() : (part ?? []);
    const dup = (a: LonLat | undefined, b: LonLat | undefined): boolean => !!a && !!b && a[0] === b[0] && a[1] === b[1];
    if (best.atEnd) chain = chain.concat(dup(chain[chain.length - 1], q[0]) ? q.slice(1) : q);
    else chain = (dup(q[q.length - 1], chain[0]) ? q.slice(0, -1) : q).concat(chain);
  }
  return chain;
}

function minDistanceToPath(p: LonLat, path: LonLat[]): number {
  // vertex-wise minimum: enough to tell which end of a tributary is nearer its receiving river
  let d = Infinity;
  for (const v of path) d = Math.min(d, distance(p, v));
  return d;
}

/**
 * Build the river index from `rivers.geojson` (features without a name are skipped).
 * Downstream orientation follows the rule in this module's header.
 */
export function buildRiverIndex(fc: Rivers, options: RiverIndexOptions = {}): RiverIndex {
  const receiving = { ...DEFAULT_RECEIVING, ...(options.receiving ?? {}) };
  const eastward = new Set(options.eastward ?? ['长江']);
  const groups = new Map<string, { props: RiverProperties; parts: LonLat[][] }>();
  for (const f of fc.features) {
    const name = f.properties?.name;
    if (!name) continue;
    const g = groups.get(name) ?? { props: f.properties, parts: [] };
    for (const p of partsOf(f.geometry)) g.parts.push(p.map((q) => [q[0] ?? NaN, q[1] ?? NaN] as LonLat));
    groups.set(name, g);
  }
  const chains = new Map<string, { props: RiverProperties; path: LonLat[] }>();
  for (const [name, g] of groups) chains.set(name, { props: g.props, path: assemble(g.parts) });
  const rivers: RiverChain[] = [];
  for (const [name, c] of chains) {
    let path = c.path;
    if (path.length < 2) continue;
    const first = path[0] as LonLat;
    const last = path[path.length - 1] as LonLat;
    let orientation: RiverChain['orientation'] = 'as-given';
    const recv = receiving[name] ?? '长江';
    const recvPath = recv !== name ? chains.get(recv)?.path : undefined;
    if (eastward.has(name) || c.props.rank === 1) {
      orientation = 'east-end';
      if (first[0] > last[0]) path = path.slice().reverse();
    } else if (recvPath && recvPath.length >= 2) {
      orientation = 'nearest-to-receiving';
      if (minDistanceToPath(first, recvPath) < minDistanceToPath(last, recvPath)) path = path.slice().reverse();
    }
    const cumM = new Float64Array(path.length);
    for (let i = 1; i < path.length; i++) cumM[i] = (cumM[i - 1] ?? 0) + distance(path[i - 1] as LonLat, path[i] as LonLat);
    rivers.push({
      name,
      name_en: c.props.name_en,
      rank: c.props.rank,
      path,
      cumM,
      lengthM: cumM[cumM.length - 1] ?? 0,
      orientation,
    });
  }
  const store = buildPathStore(rivers.map((r) => [r.path]), false);
  return { rivers, store, byName: new Map(rivers.map((r, i) => [r.name, i])) };
}

/** Distance from a site to one river. */
export interface RiverDistance {
  name: string;
  /** Geodesic distance, metres; 0 when the site crosses or contains part of the river. */
  distanceM: number;
  /** Closest position on the site. */
  from: LonLat;
  /** Closest position on the river. */
  to: LonLat;
  /** Chainage of `to` along the river, metres from its upstream end. */
  chainageM: number;
  within1km: boolean;
  within5km: boolean;
}

function chainageAt(index: RiverIndex, owner: number, vertex: number, at: LonLat): number {
  const r = index.rivers[owner];
  if (!r) return NaN;
  const v0 = index.store.pathStart[index.store.ownerPaths[owner] ?? 0] ?? 0;
  const i = Math.min(Math.max(vertex - v0, 0), r.path.length - 1);
  return (r.cumM[i] ?? 0) + distance(r.path[i] as LonLat, at);
}

/** Index of the edge start of `path` whose lon/lat segment passes closest to `p` (planar). */
function edgeNear(path: LonLat[], p: LonLat): number {
  let best = 0;
  let bd = Infinity;
  for (let i = 0; i < path.length - 1; i++) {
    const a = path[i] as LonLat;
    const b = path[i + 1] as LonLat;
    const d = pointSegmentDistSq(p[0], p[1], a[0], a[1], b[0], b[1]);
    if (d < bd) {
      bd = d;
      best = i;
    }
  }
  return best;
}

/**
 * Geodesic distance from a site (Point/LineString/Polygon/Multi*) to the river `name`, with
 * the 1 km and 5 km shoreline bands (distance ≤ band). The river is its centre line.
 * @returns null when the index has no river of that name
 */
export function riverDistance(index: RiverIndex, site: Feature | Geometry | PreparedSite, name: string): RiverDistance | null {
  const owner = index.byName.get(name);
  if (owner === undefined) return null;
  const s = prepareSite(site);
  const w = s.kind === 'point' ? null : intersectWitness(s, index.store, owner, false);
  const river = index.rivers[owner] as RiverChain;
  if (w) {
    const v0 = index.store.pathStart[index.store.ownerPaths[owner] ?? 0] ?? 0;
    const e = edgeNear(river.path, w);
    return { name, distanceM: 0, from: w, to: w, chainageM: chainageAt(index, owner, v0 + e, w), within1km: true, within5km: true };
  }
  const search = new BoundaryDistanceSearch(s, index.store);
  search.add(owner);
  const r = search.finish();
  if (!r) return null;
  return {
    name,
    distanceM: r.distanceM,
    from: r.from,
    to: r.to,
    chainageM: chainageAt(index, owner, r.targetVertex, r.to),
    within1km: r.distanceM <= 1000,
    within5km: r.distanceM <= 5000,
  };
}

/** {@link riverDistance} for several rivers (default 长江, 嘉陵江, 乌江; missing names are skipped). */
export function riversNear(
  index: RiverIndex,
  site: Feature | Geometry | PreparedSite,
  names: readonly string[] = DEFAULT_RIVERS,
): RiverDistance[] {
  const s = prepareSite(site);
  const out: RiverDistance[] = [];
  for (const n of names) {
    const r = riverDistance(index, s, n);
    if (r) out.push(r);
  }
  return out;
}

/** Where a point projects onto a river. */
export interface Chainage {
  name: string;
  /** Metres along the river from its upstream end (downstream-positive). */
  chainageM: number;
  /** Geodesic distance from the point to the river, metres. */
  offsetM: number;
  /** The foot point on the river. */
  at: LonLat;
}

/** Chainage of `point` projected onto river `name`; null if the river is unknown. */
export function chainage(index: RiverIndex, name: string, point: LonLat): Chainage | null {
  const r = riverDistance(index, { type: 'Point', coordinates: point }, name);
  if (!r) return null;
  return { name, chainageM: r.chainageM, offsetM: r.distanceM, at: r.to };
}

/**
 * Relation of `b` to `a` along the same river: 'downstream' when b's chainage is larger.
 * Equal chainage (within 1 m) is 'same'.
 */
export function flowRelation(a: number, b: number): 'upstream' | 'downstream' | 'same' {
  if (Math.abs(b - a) <= 1) return 'same';
  return b > a ? 'downstream' : 'upstream';
}
