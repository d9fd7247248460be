/**
 * Which data files the HTML preloads: the manifest and every layer the first view reads whole.
 * A `tiles+store` units layer is not among them: its archive is read by Range requests only
 * (MapLibre reads the header, the directory and the tiles in view), so preloading it would
 * download the whole archive, tens of MB at national scale, before anything else.
 */
/**
 * The attributes of a data preload. `fetchpriority="low"`: the data downloads from the start,
 * in parallel, but never ahead of the shell's own CSS and scripts, and it is not on the path of
 * the shell's paint (Lighthouse's LCP model leaves low-priority requests out of that path).
 */
export const DATA_PRELOAD = { rel: 'preload', as: 'fetch', crossorigin: '', fetchpriority: 'low' } as const;

export interface PreloadManifest {
  layers: { file: string; format?: string }[];
}

export const dataPreloadFiles = (manifest: PreloadManifest): string[] => [
  'manifest.json',
  ...manifest.layers.filter((l) => l.format !== 'tiles+store').map((l) => l.file),
];
