/**
 * The tiled units store wired to the page: kept apart from the store itself (unit-store.svelte.ts),
 * which loads only when the data has tiled units.
 */
import type { AppState } from './app.svelte';
import type { UnitStoreState } from './unit-store.svelte';

/** What the store needs of the map: its first idle. */
interface DrawnMap {
  once(type: 'idle', listener: () => void): unknown;
}

/**
 * Call during a component's initialisation, where tiled units may be shown: the store opens once
 * the map has drawn its first view (so it never competes with it), and each selected unit is read.
 */
export function followUnitStore(app: AppState, store: () => UnitStoreState | null, map: () => DrawnMap | null): void {
  $effect(() => {
    const s = store();
    const m = map();
    if (s && m) m.once('idle', () => s.open());
  });
  $effect(() => {
    const s = store();
    const sel = app.selection;
    if (s && sel?.kind === 'unit') void s.select(app, sel.id);
  });
}
