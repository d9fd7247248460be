/**
 * Suite `embed` (`npm run bench -- embed`): what an embedded map costs a news page, beside a bare
 * MapLibre page drawing the same six GeoJSON files (bench/bare/), both from one server that gzips
 * text as docs/hosting.md asks. For each page, in fresh browser contexts taking turns run by run
 * (embed, bare, embed, …), in headless Chromium at an article column's width:
 *
 * - bytes on the wire from navigation to the first map idle (headers included), split into JS,
 *   CSS, data and the rest (HTML, icons);
 * - the time of the first map idle, from navigation start (the page's own clock);
 * - the layout shift summed from first paint to that idle (the embed's budget is ≤ 0.02).
 *
 * Both maps get the same box (the embed's default 400 px map: the bare page's viewport is that
 * box) and frame the data with the same padding, so they draw the same view. Medians of `RUNS`;
 * budget: embed bytes ≤ 1.1 × the bare page's. The machine is shared: compare the embed with the
 * bare page of the same run, not across runs.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launch } from '../../test/e2e/browser';
import { serveDist } from '../../test/e2e/server';
import { median, round } from '../stats';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BARE_OUT = `${root}bench/.out/bare`;
/** An article column; the embed's map is 400 px high by default (`mh`). */
const WIDTH = 700;
const MAP_HEIGHT = 400;
const TIMEOUT_MS = 120_000;

type Kind = 'js' | 'css' | 'data' | 'other';
const KINDS: Kind[] = ['js', 'css', 'data', 'other'];

function kindOf(path: string): Kind {
  if (path.includes('data/')) return 'data';
  const ext = extname(path);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  return 'other';
}

interface Load {
  firstIdleMs: number;
  bytes: Record<Kind | 'total', number>;
  requests: number;
  layoutShift: number;
  failed?: string;
}

/**
 * Runs before the page's own scripts: the first idle (the embed marks its map element, the bare
 * page sets `__idle`) and the layout shifts before it, on the page's clock.
 */
const OBSERVE = `(() => {
  const w = window;
  w.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (w.__idle === undefined && !e.hadRecentInput) w.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver(() => {
    if (w.__idle === undefined && document.querySelector('.map[data-map-idle="true"]')) w.__idle = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-idle'] });
})();`;


async function load(browser: Browser, url: string, viewport: { width: number; height: number }, sent: { path: string; bytes: number }[]): Promise<Load> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  sent.length = 0;
  let failed: string | undefined;
  let firstIdleMs = NaN;
  let layoutShift = NaN;
  try {
    await page.goto(url, { timeout: TIMEOUT_MS });
    await page.waitForFunction(() => (window as unknown as { __idle?: number }).__idle !== undefined, undefined, { timeout: TIMEOUT_MS, polling: 100 });
    ({ firstIdleMs, layoutShift } = await page.evaluate(() => {
      const w = window as unknown as { __idle: number; __shift: number };
      return { firstIdleMs: w.__idle, layoutShift: w.__shift };
    }));
  } catch (e) {
    failed = e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
  // what had arrived when the idle was seen (the poll adds ≤ 100 ms, in which nothing new starts)
  const bytes = { js: 0, css: 0, data: 0, other: 0, total: 0 };
  for (const r of sent) {
    bytes[kindOf(r.path)] += r.bytes;
    bytes.total += r.bytes;
  }
  const requests = sent.length;
  await context.close();
  return { firstIdleMs: round(firstIdleMs), bytes, requests, layoutShift: round(layoutShift, 4), ...(failed ? { failed } : {}) };
}

function summary(ls: Load[]) {
  const ok = ls.filter((l) => !l.failed);
  return {
    runs: ls.length,
    ...(ok.length < ls.length ? { failed: ls.find((l) => l.failed)?.failed } : {}),
    firstIdleMs: median(ok.map((l) => l.firstIdleMs)),
    bytesGzip: Object.fromEntries([...KINDS, 'total' as const].map((k) => [k, median(ok.map((l) => l.bytes[k]))])) as Record<Kind | 'total', number>,
    requests: median(ok.map((l) => l.requests)),
    layoutShift: median(ok.map((l) => l.layoutShift)),
    layoutShiftMax: Math.max(...ok.map((l) => l.layoutShift)),
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const vite = `${root}node_modules/.bin/vite`;
  execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  execFileSync(vite, ['build', '--logLevel', 'warn', '--config', `${root}bench/bare/vite.config.ts`], { cwd: root, stdio: 'inherit' });
  const loadAverageAtStart = loadavg().map((v) => round(v, 1));
  const sent: { path: string; bytes: number }[] = [];
  const { server, url } = await serveDist(`${root}dist`, 0, {
    mounts: { 'bench-bare': BARE_OUT },
    gzip: true,
    log: (path, _status, bytes) => sent.push({ path, bytes }),
  });
  const browser = await launch();
  const pages = {
    // the whole embed page (title, notice, map, legend, footer) in a window as wide as the column
    embed: { url: `${url}embed.html`, viewport: { width: WIDTH, height: 900 } },
    // the bare page is only a map: its window is the embed's map box, framed with the same padding
    bare: { url: `${url}bench-bare/?padding=${WIDTH > 500 ? 40 : 16}`, viewport: { width: WIDTH, height: MAP_HEIGHT } },
  };
  const loads: Record<string, Load[]> = { embed: [], bare: [] };
  try {
    for (let r = 0; r < RUNS; r++) {
      for (const [name, p] of Object.entries(pages)) {
        const l = await load(browser, p.url, p.viewport, sent);
        loads[name]!.push(l);
        console.log(`${name} run ${r + 1}: ${JSON.stringify(l)}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const medians = { embed: summary(loads.embed!), bare: summary(loads.bare!) };
  const bytesRatio = round(medians.embed.bytesGzip.total / medians.bare.bytesGzip.total, 3);
  const idleRatio = round(medians.embed.firstIdleMs / medians.bare.firstIdleMs, 2);
  const result = {
    date: new Date().toISOString().slice(0, 10),
    setting: `headless Debian Chromium, software WebGL; embed.html at ${WIDTH}×900 (map ${WIDTH}×${MAP_HEIGHT}), bare page at ${WIDTH}×${MAP_HEIGHT}; gzip; fresh context per load, pages taking turns`,
    medians,
    ratios: { embedBytesVsBare: bytesRatio, embedFirstIdleVsBare: idleRatio },
    budgets: {
      'embed bytes ≤ 1.1 × bare': bytesRatio <= 1.1,
      'embed layout shift ≤ 0.02 (every run)': medians.embed.layoutShiftMax <= 0.02,
    },
    machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverageAtStart, loadAverageAtEnd: loadavg().map((v) => round(v, 1)), runs: RUNS },
    runs: loads,
  };
  console.log(JSON.stringify({ medians, ratios: result.ratios, budgets: result.budgets }, null, 2));
  return result;
}
