import { mount } from 'svelte';
import './ui/theme.css';
import App from './App.svelte';
import { loadMapLibre } from './map/maplibre';
import { webglSupported } from './map/webgl';
import { afterFirstPaint } from './ui/first-paint';

// The page's pre-paint script starts the data and MapLibre downloads once the shell from the HTML
// has painted; the app asks for them then too, and so finds those requests (ui/first-paint.ts).
afterFirstPaint(() => {
  if (webglSupported()) void loadMapLibre();
  mount(App, { target: document.getElementById('app')! });
});
