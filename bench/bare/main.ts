/**
 * The baseline of the lighthouse and embed suites: a bare MapLibre page that draws the same six
 * GeoJSON files as the app, by URL, with the same district, river and section labels from local
 * fonts, and nothing else. Built by those suites and served beside dist/, so `../data/` is the
 * app's data folder. `?padding=N` frames the data as a map of that width does (the app pads by
 * 40 px above 500 px, else 16); `window.__idle` is the time of the first idle.
 */
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

const data = (file: string): string => new URL(`../data/${file}`, document.baseURI).href;
const name = ['get', 'name'] as ['get', string];

const padding = Number(new URLSearchParams(location.search).get('padding') ?? 16);

const map = new Map({
  container: 'map',
  bounds: [105.286, 28.164, 110.196, 32.205],
  fitBoundsOptions: { padding },
  style: {
    version: 8,
    sources: {
      context: { type: 'geojson', data: data('context.geojson') },
      districts: { type: 'geojson', data: data('districts.geojson') },
      rivers: { type: 'geojson', data: data('rivers.geojson') },
      units: { type: 'geojson', data: data('units.geojson') },
      sections: { type: 'geojson', data: data('sections.geojson') },
      points: { type: 'geojson', data: data('yangtze-points.geojson') },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe6ea' } },
      { id: 'context', type: 'fill', source: 'context', paint: { 'fill-color': '#eef0ea', 'fill-outline-color': '#b9bfb4' } },
      { id: 'context-labels', type: 'symbol', source: 'context', maxzoom: 8, layout: { 'text-field': name, 'text-size': 14 } },
      {
        id: 'units',
        type: 'fill',
        source: 'units',
        paint: {
          'fill-color': ['match', ['get', 'category'], 'priority', '#3f9d5a', 'key', '#e0663f', '#e9d58a'],
          'fill-opacity': 0.72,
        },
      },
      { id: 'rivers', type: 'line', source: 'rivers', paint: { 'line-color': '#5aa7d6', 'line-width': 1.5 } },
      { id: 'districts', type: 'line', source: 'districts', paint: { 'line-color': '#6f6a62', 'line-dasharray': [3, 2] } },
      {
        id: 'river-labels',
        type: 'symbol',
        source: 'rivers',
        minzoom: 7,
        layout: { 'symbol-placement': 'line', 'text-field': name, 'text-size': 13 },
      },
      {
        id: 'district-labels',
        type: 'symbol',
        source: 'districts',
        layout: { 'text-field': name, 'text-size': 11 },
        paint: { 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
      { id: 'sections', type: 'circle', source: 'sections', paint: { 'circle-radius': 3.5, 'circle-color': '#1f9fe0' } },
      { id: 'points', type: 'circle', source: 'points', paint: { 'circle-radius': 2.5, 'circle-color': '#3cc43c' } },
      {
        id: 'section-labels',
        type: 'symbol',
        source: 'sections',
        minzoom: 9,
        layout: { 'text-field': name, 'text-size': 12, 'text-offset': [0, 1.3], 'text-anchor': 'top' },
      },
    ],
  },
});
map.once('idle', () => ((window as unknown as { __idle?: number }).__idle = performance.now()));
