/**
 * "Copy link" for the current site: the link text (null when the site is too detailed for a URL)
 * and what the last copy said, which belongs to one site and clears when the site changes.
 * Create in a component's setup.
 */
import { t } from '../../i18n/index.svelte';
import type { AppState } from '../../state/app.svelte';
import { siteLink } from '../../state/site-link';

export class LinkCopy {
  note = $state<string | null>(null);
  readonly #app: AppState;
  link = $derived.by(() => {
    const site = this.#app.planner.site;
    return site ? siteLink(site.geometry) : null;
  });

  constructor(app: AppState) {
    this.#app = app;
    $effect(() => {
      void app.planner.site;
      this.note = null;
    });
  }

  copy = async (): Promise<void> => {
    if (!this.link) {
      this.note = t('planner.linkTooLong');
      return;
    }
    try {
      await navigator.clipboard.writeText(location.href);
      this.note = t('planner.linkCopied');
    } catch {
      this.note = location.href;
    }
  };
}
