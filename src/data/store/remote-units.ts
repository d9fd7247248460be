/**
 * Exact unit queries over a geometry store read by HTTP Range: candidates come from the compact
 * index, only their records are fetched (merged ranges, cached), and the answer comes from the
 * same spatial core as in memory (`src/geo`), run over the fetched units. The candidate sets
 * are conservative, so the answers equal the in-memory answers over the whole layer:
 *
 * - identify: every unit whose (outward-quantized) box contains the point;
 * - overlaps: every unit whose box meets the site's box;
 * - nearest priority unit: the few priority units with the smallest box lower bound give an
 *   upper bound `d`; then every priority unit whose lower bound is ≤ `d` (the same bound the
 *   core's own best-first walk uses, `geo/nearest.ts`).
 */
import Flatbush from 'flatbush';
import type { Feature, Geometry } from 'geojson';
import {
  buildUnitIndex,
  identifyIndices,
  meridionalRadius,
  nearest,
  prepareSite,
  primeVerticalRadius,
  siteCheck,
  type LonLat,
  type NearestResult,
  type PreparedSite,
  type SiteCheckContext,
  type SiteCheckOptions,
  type SiteCheckResult,
  type UnitIndex,
} from '../../geo/index';
import { CATEGORIES, type UnitFeature, type UnitProperties } from '../contract';
import { decodeUnitRecord, type UnitStoreIndex } from './format';
import { mergeRanges } from './ranges';

/** Read bytes `[start, end)` of the store. */
export type FetchRange = (start: number, end: number) => Promise<Uint8Array>;

/** The small layers a site check needs besides units; held in memory. */
export type SiteCheckExtras = Omit<SiteCheckContext, 'units'>;

/** A unit and its position in the layer (= its feature id in the tiles). */
export interface UnitHit {
  id: number;
  feature: UnitFeature;
}

/** Counters of what the store has cost so far. */
export interface StoreStats {
  requests: number;
  bytes: number;
  cachedUnits: number;
}

const PRIORITY = CATEGORIES.indexOf('priority');
/** Priority units measured first to get an upper bound for the nearest search. */
const FIRST_GUESS = 4;

export class RemoteUnits {
  private readonly tree: Flatbush;
  /**
   * The priority units' boxes with x scaled by `xScale`, so Flatbush's planar box distance is the
   * nearest search's lower bound (before `c` and the site's radius): a k-nearest walk instead of
   * a scan and sort of every priority unit on each query.
   */
  private readonly priorityTree: Flatbush;
  private readonly priorityIds: Uint32Array;
  private readonly cache = new Map<number, Promise<UnitFeature>>();
  private readonly stats = { requests: 0, bytes: 0 };
  /** Scale and metres per scaled degree of the nearest lower bound (see `geo/nearest.ts`). */
  private readonly xScale: number;
  private readonly c: number;

  constructor(
    readonly index: UnitStoreIndex,
    private readonly fetchRange: FetchRange,
    /** Records kept decoded; the oldest are dropped beyond this. */
    private readonly cacheLimit = 20000,
  ) {
    const n = Math.max(1, index.count);
    this.tree = new Flatbush(n);
    for (let i = 0; i < index.count; i++) {
      this.tree.add(index.boxes[i * 4] ?? 0, index.boxes[i * 4 + 1] ?? 0, index.boxes[i * 4 + 2] ?? 0, index.boxes[i * 4 + 3] ?? 0);
    }
    if (index.count === 0) this.tree.add(Infinity, Infinity, Infinity, Infinity);
    this.tree.finish();
    const [, s, , nth] = index.bounds;
    const phi = Math.min(89.9, Math.max(Math.abs(s), Math.abs(nth)) + 1);
    this.xScale = Math.cos((phi * Math.PI) / 180);
    this.c = 0.999 * Math.min(meridionalRadius(0), primeVerticalRadius(phi) * Math.cos((phi * Math.PI) / 180) / this.xScale) * (Math.PI / 180);
    const priority: number[] = [];
    for (let i = 0; i < index.count; i++) if (index.categories[i] === PRIORITY) priority.push(i);
    this.priorityIds = Uint32Array.from(priority);
    this.priorityTree = new Flatbush(Math.max(1, priority.length));
    const k = this.xScale;
    for (const i of priority) {
      this.priorityTree.add((index.boxes[i * 4] ?? 0) * k, index.boxes[i * 4 + 1] ?? 0, (index.boxes[i * 4 + 2] ?? 0) * k, index.boxes[i * 4 + 3] ?? 0);
    }
    if (priority.length === 0) this.priorityTree.add(Infinity, Infinity, Infinity, Infinity);
    this.priorityTree.finish();
  }

  storeStats(): StoreStats {
    return { ...this.stats, cachedUnits: this.cache.size };
  }

  /** The units `ids`, fetched (merged ranges) when not cached. */
  async units(ids: Iterable<number>): Promise<Map<number, UnitFeature>> {
    const want = [...new Set(ids)].filter((i) => i >= 0 && i < this.index.count);
    const missing = want.filter((i) => !this.cache.has(i));
    for (const r of mergeRanges(missing, this.index.offsets)) {
      const bytes = this.fetchRange(r.start, r.end);
      this.stats.requests++;
      this.stats.bytes += r.end - r.start;
      for (const i of r.records) {
        const at = (this.index.offsets[i] ?? 0) - r.start;
        const len = (this.index.offsets[i + 1] ?? 0) - (this.index.offsets[i] ?? 0);
        const p = bytes.then((b) => decodeUnitRecord(b, at, at + len));
        p.catch(() => this.cache.delete(i));
        this.cache.set(i, p);
      }
    }
    const out = new Map<number, UnitFeature>();
    for (const i of want) {
      const p = this.cache.get(i);
      if (p) out.set(i, await p);
    }
    this.evict();
    return out;
  }

  private evict(): void {
    for (const key of this.cache.keys()) {
      if (this.cache.size <= this.cacheLimit) break;
      this.cache.delete(key);
    }
  }

  /** Units containing `lonLat` (boundary points belong to both neighbours), in layer order. */
  async identify(lonLat: LonLat): Promise<UnitHit[]> {
    const ids = this.tree.search(lonLat[0], lonLat[1], lonLat[0], lonLat[1]);
    const sub = await this.subset(ids);
    return identifyIndices(sub.index, lonLat)
      .sort((a, b) => a - b)
      .map((k) => ({ id: sub.ids[k] ?? -1, feature: sub.index.features[k] as UnitFeature }));
  }

  /** The nearest priority-protection unit to `site`, exactly as `geo/nearest` over all units. */
  async nearestPriority(site: Feature | Geometry | PreparedSite): Promise<(NearestResult<UnitProperties> & { id: number }) | null> {
    const s = prepareSite(site);
    const sub = await this.subset(await this.nearestCandidates(s));
    const r = nearest(sub.index, s);
    return r ? { ...r, id: sub.ids[r.index] ?? -1 } : null;
  }

  /** The full site check over all units (extras: districts, rivers, sections held in memory). */
  async siteCheck(site: Feature | Geometry | PreparedSite, extras: SiteCheckExtras = {}, options: SiteCheckOptions = {}): Promise<SiteCheckResult> {
    const s = prepareSite(site);
    const [x0, y0, x1, y1] = s.bbox;
    const ids = new Set(this.tree.search(x0, y0, x1, y1));
    for (const i of await this.nearestCandidates(s)) ids.add(i);
    const sub = await this.subset(ids);
    return siteCheck({ ...extras, units: sub.index }, s, options);
  }

  /** Every priority unit that can be the nearest one to `s`. */
  private async nearestCandidates(s: PreparedSite): Promise<number[]> {
    if (this.priorityIds.length === 0) return [];
    const x = s.center[0] * this.xScale;
    const y = s.center[1];
    const ids = (found: number[]) => found.map((j) => this.priorityIds[j] ?? -1);
    const first = await this.subset(ids(this.priorityTree.neighbors(x, y, FIRST_GUESS)));
    const guess = nearest(first.index, s);
    if (!guess) return ids(this.priorityTree.neighbors(x, y));
    // lower bound = box distance × c − radius ≤ the guess's distance; the 1e-9 relative slack
    // keeps a unit whose bound ties it despite rounding in the scaled boxes
    const reach = ((guess.distanceM + s.radiusM) / this.c) * (1 + 1e-9);
    return ids(this.priorityTree.neighbors(x, y, Infinity, reach));
  }

  /** A core index over the units `ids`, kept in layer order so ties break as in memory. */
  private async subset(ids: Iterable<number>): Promise<{ index: UnitIndex; ids: number[] }> {
    const got = await this.units(ids);
    const sorted = [...got.keys()].sort((a, b) => a - b);
    const index = buildUnitIndex({ type: 'FeatureCollection', features: sorted.map((i) => got.get(i) as UnitFeature) });
    return { index, ids: sorted };
  }
}
