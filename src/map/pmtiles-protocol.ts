/**
 * The `pmtiles://` protocol for MapLibre, registered up front; its reader is shared with the
 * data loader, which may have opened the archive already (`data/pmtiles-archives.ts`).
 */
import { addProtocol } from 'maplibre-gl';
import { pmtilesProtocol } from '../data/pmtiles-archives';

export function registerPmtilesProtocol(): void {
  addProtocol('pmtiles', async (params, abort) => (await pmtilesProtocol()).tile(params, abort));
}
