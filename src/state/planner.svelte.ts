/**
 * Planner state: the active tool, the vertices being drawn, the checked site and its result.
 * The site is the only part a link carries (see site-link.ts); the result is recomputed from it.
 */
import type { SiteCheckResult } from '../geo/site-check';
import type { LonLat } from '../geo/types';
import type { SiteGeometry } from '../geo/upload-site';
import type { KitKey } from '../i18n/kit';
import type { AreaUnit, LengthUnit } from '../present/quantity';
import type { DrawKind } from './draft';

export type Tool = 'none' | DrawKind | 'measure';

export interface Site {
  geometry: SiteGeometry;
  /** Where it came from: drawn on the map, an uploaded file (its name and what was read), or a link. */
  origin: { kind: 'drawn' } | { kind: 'upload'; fileName: string; summary: string } | { kind: 'link' } | { kind: 'place' };
  /** The site as link text (site-link.ts), or null when it is too detailed for a URL. */
  link: string | null;
}

/** A localized error: a message key of the i18n catalogue and its parameters. */
export interface PlannerError {
  key: KitKey;
  params?: Record<string, string | number>;
}

export class PlannerState {
  tool = $state<Tool>('none');
  /** Vertices clicked so far with the drawing or measuring tool. */
  draft = $state.raw<LonLat[]>([]);
  /** Where the pointer is while drawing: the rubber-band end. */
  cursor = $state.raw<LonLat | null>(null);
  /** A finished measurement stays on the map until the next one or a clear. */
  measured = $state.raw<LonLat[] | null>(null);
  site = $state.raw<Site | null>(null);
  result = $state.raw<SiteCheckResult | null>(null);
  error = $state.raw<PlannerError | null>(null);
  /** True while a site is being checked (in the worker). */
  checking = $state(false);
  /** Numbers submissions, so that only the latest one's result lands. Not reactive. */
  checkTicket = 0;
  uploadOpen = $state(false);
  reportOpen = $state(false);
  lengthUnit = $state<LengthUnit>('km');
  areaUnit = $state<AreaUnit>('ha');

  start(tool: Tool): void {
    this.tool = tool;
    this.draft = [];
    this.cursor = null;
    this.error = null;
    if (tool === 'measure') this.measured = null;
  }

  stop(): void {
    this.tool = 'none';
    this.draft = [];
    this.cursor = null;
  }

  addVertex(v: LonLat): void {
    this.draft = [...this.draft, v];
  }

  undoVertex(): void {
    this.draft = this.draft.slice(0, -1);
  }

  clearSite(): void {
    this.site = null;
    this.result = null;
    this.error = null;
    this.reportOpen = false;
  }
}
