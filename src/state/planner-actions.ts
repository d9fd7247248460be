/**
 * What the planner's gestures do to state: finishing a drawing, submitting a site (from the map,
 * a file or a link), and the keyboard. A failed check leaves the previous site and result as
 * they were: bad input costs the user nothing.
 */
import type { SiteGeometry } from '../geo/upload-site';
import type { AppState } from './app.svelte';
import { draftGeometry, dedupe } from './draft';
import type { Site } from './planner.svelte';
import type { SiteCheckOutcome } from './site-checker';
import { decodeSite, encodeSite } from './site-link';

/** Checks a site: at once in memory, or later (tiled units: the store worker). */
export type SiteChecker = (geometry: SiteGeometry) => SiteCheckOutcome | Promise<SiteCheckOutcome>;

/** Submissions so far: a slow answer for an older site never overwrites a newer one. */
let submissions = 0;

/**
 * Submit a site. Returns false when it is refused at once (bad geometry); a pending check
 * applies its result when it arrives, unless another site was submitted meanwhile.
 */
export function submitSite(app: AppState, check: SiteChecker, geometry: SiteGeometry, origin: Site['origin']): boolean {
  const planner = app.planner;
  const outcome = check(geometry);
  const turn = ++submissions;
  const apply = (o: SiteCheckOutcome): boolean => {
    if (turn !== submissions) return false;
    if (!o.ok) {
      planner.error = o.error;
      return false;
    }
    planner.site = { geometry, origin };
    planner.result = o.result;
    planner.error = null;
    app.requestedSite = null;
    app.selection = null;
    return true;
  };
  if (outcome instanceof Promise) {
    void outcome.then(apply);
    return true;
  }
  return apply(outcome);
}

/** Ends the current drawing: a site for point/line/area tools, a kept measurement for measure. */
export function finishDrawing(app: AppState, check: SiteChecker): void {
  const planner = app.planner;
  const tool = planner.tool;
  if (tool === 'none') return;
  if (tool === 'measure') {
    const vertices = dedupe(planner.draft);
    planner.measured = vertices.length > 1 ? vertices : planner.measured;
    planner.stop();
    return;
  }
  const geometry = draftGeometry(tool, planner.draft);
  if (!geometry) {
    planner.error = { key: 'geoerror.too-few-positions' };
    return;
  }
  if (submitSite(app, check, geometry, { kind: 'drawn' })) planner.stop();
}

/** Checks the site a link names, unless it is the one already shown. */
export function applyRequestedSite(app: AppState, check: SiteChecker): void {
  const requested = app.requestedSite;
  if (!requested) return;
  const current = app.planner.site;
  if (current && encodeSite(current.geometry) === requested) {
    app.requestedSite = null;
    return;
  }
  const geometry = decodeSite(requested);
  if (!geometry) {
    app.requestedSite = null;
    app.planner.error = { key: 'geoerror.invalid-coordinates' };
    return;
  }
  submitSite(app, check, geometry, { kind: 'link' });
  app.requestedSite = null;
}

export function clearSite(app: AppState): void {
  app.planner.clearSite();
  app.requestedSite = null;
}

/** Planner keys while a tool is active; returns true when the key was used. */
export function plannerKey(app: AppState, check: SiteChecker, key: string): boolean {
  const planner = app.planner;
  if (planner.tool === 'none') return false;
  if (key === 'Escape') {
    if (planner.tool === 'measure') finishDrawing(app, check);
    else planner.stop();
    return true;
  }
  if (key === 'Enter' && planner.tool !== 'point') {
    finishDrawing(app, check);
    return true;
  }
  if (key === 'Backspace' && planner.draft.length) {
    planner.undoVertex();
    return true;
  }
  return false;
}
