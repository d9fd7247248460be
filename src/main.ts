import { mount } from 'svelte';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/theme.css';
import App from './App.svelte';

// Vite does not find MapLibre 6's worker on its own; without this the map never loads.
setWorkerUrl(workerUrl);

mount(App, { target: document.getElementById('app')! });
