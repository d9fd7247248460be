/**
 * The URL hash and the app state follow each other: state → hash with replaceState (so map
 * panning stays out of the back-button history), and a hash typed or pasted later → state.
 * Call from a component's setup; the effects live as long as it does.
 */
import type { AppState } from './app.svelte';

export function syncUrl(app: AppState): void {
  $effect(() => {
    const hash = app.toHash();
    if (hash !== location.hash) history.replaceState(history.state, '', hash || location.pathname + location.search);
  });
  $effect(() => {
    const onHashChange = () => app.applyHash(location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  });
}
