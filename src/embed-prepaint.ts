/**
 * Entry of embed.html's pre-paint script: compiled on its own into a classic script for the
 * page's <head> (build/embed-prepaint.ts), which lists the downloads to start in its
 * `data-preloads` attribute.
 */
import { prepaint, type Preload } from './ui/embed/prepaint';

const script = document.currentScript as HTMLScriptElement | null;
prepaint(location.hash, JSON.parse(script?.dataset.preloads ?? '[]') as Preload[]);
