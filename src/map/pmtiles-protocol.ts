/**
 * The `pmtiles://` protocol for MapLibre, registered up front but loading the `pmtiles` reader
 * only when a style first asks for an archive: datasets without tiles pay nothing for it.
 */
import { addProtocol } from 'maplibre-gl';

type Tile = import('pmtiles').Protocol['tile'];
let protocol: Promise<{ tile: Tile }> | null = null;

export function registerPmtilesProtocol(): void {
  addProtocol('pmtiles', async (params, abort) => {
    protocol ??= import('pmtiles').then((m) => new m.Protocol());
    return (await protocol).tile(params, abort);
  });
}
