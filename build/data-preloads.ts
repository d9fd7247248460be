/**
 * Which data files the HTML preloads: the manifest and every layer the first view reads whole.
 * A `tiles+store` units layer is not among them: its archive is read by Range requests only
 * (MapLibre reads the header, the directory and the tiles in view), so preloading it would
 * download the whole archive, tens of MB at national scale, before anything else.
 */
/**
 * The attributes of a data preload. (`fetchpriority="low"` was tried: Lighthouse's LCP stayed
 * at 5.9-7.8 s over three runs, as without it, so the data keeps the default priority.)
 */
export const DATA_PRELOAD = { rel: 'preload', as: 'fetch', crossorigin: '' } as const;

export interface PreloadManifest {
  layers: { file: string; format?: string }[];
}

export const dataPreloadFiles = (manifest: PreloadManifest): string[] => [
  'manifest.json',
  ...manifest.layers.filter((l) => l.format !== 'tiles+store').map((l) => l.file),
];
