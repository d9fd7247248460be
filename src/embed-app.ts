/** The interactive embed view, loaded by embed.ts when it is needed (MapLibre comes as its own chunk). */
import { mount } from 'svelte';
import EmbedApp from './EmbedApp.svelte';
import { loadMapLibre } from './map/maplibre';
import type { EmbedFlags } from './state/embed-flags';

export function mountEmbed(target: HTMLElement, flags: EmbedFlags): void {
  // Start MapLibre's chunk while the data downloads.
  void loadMapLibre();
  mount(EmbedApp, { target, props: { flags } });
}
