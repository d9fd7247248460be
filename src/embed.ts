/**
 * Entry of the embed view (embed.html). The static picture and the text summary need no map
 * script: MapLibre and the app load only when the embed is interactive and WebGL works. The
 * page's pre-paint script (ui/embed/prepaint.ts) has already applied the link's flags.
 */
import './ui/theme.css';
import './ui/embed/embed-page.css';
import { parseEmbedFlags } from './state/embed-flags';
import { webglSupported } from './map/webgl';
import { setDocumentScheme } from './ui/document-scheme';
import { listenForHostTheme, postHeights } from './ui/embed/host-link';
import { setEmbedMode } from './ui/embed/prepaint';
import { afterFirstPaint } from './ui/first-paint';

const flags = parseEmbedFlags(location.hash);
const fallback = document.getElementById('fallback')!;

if (flags.static || !webglSupported()) {
  showFallback();
} else {
  // (already so, unless the pre-paint script could not run)
  setEmbedMode('live');
  afterFirstPaint(() => void import('./embed-app').then(({ mountEmbed }) => mountEmbed(document.getElementById('app')!, flags)));
}

/** The picture of the default view above the summary; the page follows theme and height rules. */
function showFallback() {
  setEmbedMode('static');
  document.getElementById('app-shell')?.remove();
  fallback.classList.remove('visually-hidden');
  fallback.querySelector('h1')!.textContent = flags.title;
  listenForHostTheme(flags.id, setDocumentScheme);
  if (flags.height === 'auto') postHeights(fallback, flags.id);
}
