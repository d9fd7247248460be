/**
 * The `pmtiles` reader, shared by the map's `pmtiles://` protocol (`map/maplibre-chunk.ts`) and
 * the data loader. The loader opens a tiled layer's archive as soon as the manifest names it, so
 * its header and root directory (one 16 KB Range read) arrive while MapLibre is still
 * downloading, not after the style asks for them. The module loads on first use: datasets
 * without tiles pay nothing for it.
 */
let reader: Promise<import('pmtiles').Protocol> | null = null;

export const pmtilesProtocol = () => (reader ??= import('pmtiles').then((lib) => new lib.Protocol()));

/**
 * Reads the header of the archive at `url` (absolute, as the style names it after `pmtiles://`)
 * the way the map's first request for it does, which then finds it read. A failure is left to
 * that request to report.
 */
export function openArchive(url: string): void {
  pmtilesProtocol()
    .then((protocol) => protocol.tilev4({ url: `pmtiles://${url}`, type: 'json' }, new AbortController()))
    .catch(() => undefined);
}
