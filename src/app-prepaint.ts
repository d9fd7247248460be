/**
 * index.html's pre-paint script, compiled on its own into a small classic script for the page's
 * <head> (build/prepaint.ts). Before the first paint, the shell painted from HTML shows in the
 * link's language; after it, the first view's downloads (listed in the script's `data-preloads`)
 * start, before the app's own script has arrived.
 */
import { afterFirstPaint, startDownloads, type Preload } from './ui/first-paint';

const script = document.currentScript as HTMLScriptElement | null;
// #…&lang=en or ?lang=en; a regular expression rather than the app's link parser keeps this script tiny
if (/(?:^|[#?&])lang=en(?:&|$)/.test(`${location.search}&${location.hash.replace(/^#/, '')}`)) {
  document.documentElement.lang = 'en';
  document.documentElement.dataset.lang = 'en';
}
const preloads = JSON.parse(script?.dataset.preloads ?? '[]') as Preload[];
afterFirstPaint(() => startDownloads(preloads));
