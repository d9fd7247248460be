/**
 * The first paint, kept free: what a page downloads for its first view (data, MapLibre) starts
 * right after the HTML's shell has painted rather than alongside it, so on a slow connection the
 * shell's own few kilobytes are not queued behind half a megabyte of data. The delay is a frame or two.
 */

/** One download a page starts for its first view: a data file or a module. */
export interface Preload {
  href: string;
  rel: 'preload' | 'modulepreload';
}

/** How long to wait for a first paint that does not come (a tab hidden while loading), in ms. */
const PAINT_WAIT_MS = 1500;

/**
 * Runs `fn` once, when the browser reports the page's first contentful paint (the time its
 * pixels were shown, which is what first-paint metrics measure; a frame callback runs before
 * that), at once in a hidden tab, which paints nothing until shown, or after PAINT_WAIT_MS.
 */
export function afterFirstPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    fn();
  };
  const painted = (entries: PerformanceEntryList) => entries.some((e) => e.name === 'first-contentful-paint');
  const observer = typeof PerformanceObserver === 'undefined' ? null : new PerformanceObserver((list) => painted(list.getEntries()) && run());
  if (document.visibilityState === 'hidden' || !observer || painted(performance.getEntriesByType('paint'))) return void setTimeout(run, 0);
  observer.observe({ type: 'paint' });
  setTimeout(run, PAINT_WAIT_MS);
}

/** Starts the downloads as `<link>` preloads, which the app's own fetch() and import() then find. */
export function startDownloads(preloads: Preload[]): void {
  for (const { href, rel } of preloads) {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    // anonymous and same-origin, as the app's requests are, so they match
    link.crossOrigin = '';
    if (rel === 'preload') link.as = 'fetch';
    document.head.append(link);
  }
}
