// The MapLibre chunk itself: only src/map/maplibre.ts imports it, dynamically.
import 'maplibre-gl/dist/maplibre-gl.css';
import { addProtocol, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { pmtilesProtocol } from '../data/pmtiles-archives';

// Vite does not find MapLibre 6's worker on its own; without this the map never loads.
setWorkerUrl(workerUrl);
// The worker starts downloading now, while the page still reads and checks its data, not when
// the map is created once that is done: the map's first tiles wait on it.
prewarm();
// `pmtiles://` for tiled units and PMTiles basemaps. Its reader loads on first use and is shared
// with the data loader, which may have opened the archive already.
addProtocol('pmtiles', async (params, abort) => (await pmtilesProtocol()).tile(params, abort));

export { AttributionControl, Map, Marker, NavigationControl, ScaleControl } from 'maplibre-gl';
