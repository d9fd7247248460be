// The MapLibre chunk itself: only src/map/maplibre.ts imports it, dynamically.
import 'maplibre-gl/dist/maplibre-gl.css';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { registerPmtilesProtocol } from './pmtiles-protocol';

// Vite does not find MapLibre 6's worker on its own; without this the map never loads.
setWorkerUrl(workerUrl);
registerPmtilesProtocol();

export { AttributionControl, Map, Marker, NavigationControl, ScaleControl } from 'maplibre-gl';
