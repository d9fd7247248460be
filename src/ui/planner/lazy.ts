/**
 * Everything the planner tools need beyond the toolbar, loaded with import() on first use (or
 * when a link carries a site). Keeps the site check, GeographicLib, the map overlay (whose 1 km
 * and 5 km bands are computed in their own worker, state/site-bands) and the report out of the
 * explorer's first load.
 */
export { default as PlannerLayer } from './PlannerLayer.svelte';
export { default as ToolHint } from './ToolHint.svelte';
export { default as SitePanel } from './SitePanel.svelte';
export { default as MeasurePanel } from './MeasurePanel.svelte';
export { default as UploadDialog } from './UploadDialog.svelte';
export { default as ReportView } from '../report/ReportView.svelte';
export { createSiteChecker, createTiledSiteChecker } from '../../state/site-checker';
export { applyRequestedSite, clearSite, finishDrawing, plannerKey, submitSite } from '../../state/planner-actions';
export { snapshotMap } from '../../map/snapshot';
export { plannerErrorText } from './upload-messages';
export { framedBounds } from '../../map/overlay-model';
