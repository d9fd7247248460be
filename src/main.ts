import { mount } from 'svelte';
import './ui/theme.css';
import App from './App.svelte';
import { loadMapLibre } from './map/maplibre';
import { webglSupported } from './map/webgl';

// Start MapLibre (its own chunk, preloaded by the HTML) while the data downloads.
if (webglSupported()) void loadMapLibre();

mount(App, { target: document.getElementById('app')! });
