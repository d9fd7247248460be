/**
 * The current site's 1 km and 5 km bands: drawn by the map's PlannerLayer, which computes them
 * (state/site-bands), and named by the site panel when they could not be drawn. Apart from the
 * planner state so that it loads with the planner kit, not with the first view.
 */
import type { SiteBands } from './site-bands';

class SiteBandsState {
  current = $state.raw<SiteBands>({ status: 'none' });
}

export const siteBands = new SiteBandsState();
