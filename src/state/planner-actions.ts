/**
 * What the planner's gestures do to state: finishing a drawing, submitting a site (from the map,
 * a file or a link), and the keyboard. A failed check leaves the previous site and result as
 * they were: bad input costs the user nothing.
 */
import type { SiteGeometry } from '../geo/upload-site';
import type { AppState } from './app.svelte';
import { draftGeometry, dedupe } from './draft';
import type { Site } from './planner.svelte';
import type { SiteChecker } from './site-checker';
import { decodeSite, encodeSite, siteLink } from './site-link';

export type { SiteChecker };

/**
 * Checks `geometry` and, when it passes, makes it the site. Resolves to true when it replaced the
 * current site. Only the latest submission may land: a slow check that a newer one overtook is
 * dropped.
 */
export async function submitSite(app: AppState, check: SiteChecker, geometry: SiteGeometry, origin: Site['origin']): Promise<boolean> {
  const planner = app.planner;
  const ticket = ++planner.checkTicket;
  planner.checking = true;
  const outcome = await check(geometry);
  if (ticket !== planner.checkTicket) return false;
  planner.checking = false;
  if (!outcome.ok) {
    planner.error = outcome.error;
    return false;
  }
  planner.site = { geometry, origin, link: siteLink(geometry) };
  planner.result = outcome.result;
  planner.error = null;
  app.requestedSite = null;
  app.selection = null;
  return true;
}

/** Ends the current drawing: a site for point/line/area tools, a kept measurement for measure. */
export async function finishDrawing(app: AppState, check: SiteChecker): Promise<void> {
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
  if (await submitSite(app, check, geometry, { kind: 'drawn' })) planner.stop();
}

/** Checks the site a link names, unless it is the one already shown. */
export async function applyRequestedSite(app: AppState, check: SiteChecker): Promise<void> {
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
  app.requestedSite = null;
  await submitSite(app, check, geometry, { kind: 'link' });
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
    if (planner.tool === 'measure') void finishDrawing(app, check);
    else planner.stop();
    return true;
  }
  if (key === 'Enter' && planner.tool !== 'point') {
    void finishDrawing(app, check);
    return true;
  }
  if (key === 'Backspace' && planner.draft.length) {
    planner.undoVertex();
    return true;
  }
  return false;
}
