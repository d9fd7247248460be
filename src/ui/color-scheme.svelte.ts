import type { AppState } from '../state/app.svelte';
import { setDocumentScheme } from './document-scheme';

/** Follows the reader's system setting into `app.systemDark` and the drawn scheme onto the page.
 *  Call during a component's initialisation (it sets up effects). */
export function syncColorScheme(app: AppState): void {
  $effect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const update = () => (app.systemDark = query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  });
  $effect(() => setDocumentScheme(app.scheme));
}
