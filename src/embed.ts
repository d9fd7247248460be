/**
 * Entry of the embed view (embed.html). The static picture and the text summary need no map
 * script: MapLibre and the app load only when the embed is interactive and WebGL works.
 */
import './ui/theme.css';
import { parseEmbedFlags } from './state/embed-flags';
import { parseHash } from './state/url';
import { webglSupported } from './map/webgl';
import { setDocumentScheme } from './ui/document-scheme';
import { listenForHostTheme, postHeights } from './ui/embed/host-link';

const flags = parseEmbedFlags(location.hash);
const fallback = document.getElementById('fallback')!;

if (flags.static || !webglSupported()) {
  showFallback();
} else {
  fallback.classList.add('visually-hidden');
  void import('./embed-app').then(({ mountEmbed }) => mountEmbed(document.getElementById('app')!, flags));
}

/** The picture of the default view above the summary; the page follows theme and height rules. */
function showFallback() {
  const { theme } = parseHash(location.hash);
  const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  setDocumentScheme(theme === 'auto' ? system : theme);
  listenForHostTheme(flags.id, setDocumentScheme);
  if (flags.title) {
    const h1 = document.createElement('h1');
    h1.textContent = flags.title;
    fallback.prepend(h1);
  }
  const img = document.createElement('img');
  img.src = fallback.dataset.image!;
  img.alt = fallback.dataset.imageAlt ?? '';
  img.width = 800;
  img.height = 500;
  fallback.querySelector('noscript')!.after(img);
  if (flags.height === 'auto') postHeights(fallback, flags.id);
}
