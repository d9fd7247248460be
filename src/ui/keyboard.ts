/**
 * The page's keys. While a planner tool is active its keys come first (outside text fields);
 * otherwise Escape closes the inspector, then the sidebar. Dialogs handle their own keys.
 */
import type { AppState } from '../state/app.svelte';
import type { PlannerKit } from './planner/kit.svelte';

export function onPageKey(event: KeyboardEvent, app: AppState, kit: PlannerKit, closeSidebar: () => void): void {
  if (app.planner.reportOpen || app.planner.uploadOpen) return;
  const inField = event.target instanceof HTMLElement && event.target.closest('input, select, textarea');
  if (!inField && kit.key(event.key)) {
    event.preventDefault();
    return;
  }
  if (event.key !== 'Escape') return;
  if (app.selection) app.selection = null;
  else closeSidebar();
}
