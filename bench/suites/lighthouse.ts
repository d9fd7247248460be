/**
 * Suite `lighthouse` (`npm run bench -- lighthouse`): Lighthouse 12, mobile preset (simulated
 * slow 4G, 4× CPU slowdown), on the production build of the full app, the embed view (when the
 * build has one) and a bare MapLibre page drawing the same six GeoJSON files with the same labels
 * (bench/bare/), all served by the same server, which gzips text as docs/hosting.md asks. Runs are interleaved (app, embed, bare, app, …)
 * so machine load hits every page alike; medians of each metric go to bench/results.json.
 * Budgets are reported against the bare page of the same run, not asserted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from '../../test/e2e/server';
import { median } from '../stats';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const BARE_OUT = `${root}bench/.out/bare`;

interface Metrics {
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  speedIndexMs: number;
  cls: number;
  performance: number;
  accessibility: number;
}


function build(): void {
  const vite = `${root}node_modules/.bin/vite`;
  execFileSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  execFileSync(vite, ['build', '--logLevel', 'warn', '--config', `${root}bench/bare/vite.config.ts`], { cwd: root, stdio: 'inherit' });
}

async function measure(url: string, report: string): Promise<{ metrics: Metrics; failures: string[] }> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-quic', '--enable-unsafe-swiftshader', '--lang=zh-CN'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { audits, categories, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`lighthouse on ${url}: ${runtimeError.message}`);
    // The last report of each view stays in bench/.out/ (ignored by git) for a closer look.
    writeFileSync(report, JSON.stringify(result.lhr));
    const value = (id: string): number => audits[id]?.numericValue ?? NaN;
    const failures = Object.values(audits)
      .filter((a) => a.score === 0 && categories.accessibility?.auditRefs.some((r) => r.id === a.id))
      .map((a) => a.id);
    return {
      metrics: {
        fcpMs: Math.round(value('first-contentful-paint')),
        lcpMs: Math.round(value('largest-contentful-paint')),
        tbtMs: Math.round(value('total-blocking-time')),
        speedIndexMs: Math.round(value('speed-index')),
        cls: Number(value('cumulative-layout-shift').toFixed(4)),
        performance: Math.round((categories.performance?.score ?? NaN) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? NaN) * 100),
      },
      failures,
    };
  } finally {
    chrome.kill();
  }
}

/** A loaded machine sometimes times out a DevTools call; such a run is repeated, twice at most. */
async function measureWithRetry(url: string, report: string): Promise<Awaited<ReturnType<typeof measure>>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure(url, report);
    } catch (e) {
      if (attempt === 3) throw e;
      console.log(`retrying after: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

export async function run(): Promise<Record<string, unknown>> {
  build();
  const { server, url } = await serveDist(`${root}dist`, 0, { mounts: { 'bench-bare': BARE_OUT }, gzip: true });
  const views: Record<string, string> = { app: url };
  if (existsSync(`${root}dist/embed.html`)) views.embed = `${url}embed.html`;
  views.bare = `${url}bench-bare/`;
  const runs: Record<string, Metrics[]> = Object.fromEntries(Object.keys(views).map((v) => [v, []]));
  const a11yFailures: Record<string, string[]> = {};
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const [view, address] of Object.entries(views)) {
        const r = await measureWithRetry(address, `${root}bench/.out/lighthouse-${view}.json`);
        runs[view]?.push(r.metrics);
        a11yFailures[view] = [...new Set([...(a11yFailures[view] ?? []), ...r.failures])];
        console.log(`${view} run ${i + 1}: ${JSON.stringify(r.metrics)}`);
      }
    }
  } finally {
    server.close();
  }
  const medianOf = (rs: Metrics[]): Metrics => {
    const m = (k: keyof Metrics): number => median(rs.map((r) => r[k]));
    return {
      fcpMs: m('fcpMs'),
      lcpMs: m('lcpMs'),
      tbtMs: m('tbtMs'),
      speedIndexMs: m('speedIndexMs'),
      cls: m('cls'),
      performance: m('performance'),
      accessibility: m('accessibility'),
    };
  };
  const medians = Object.fromEntries(Object.entries(runs).map(([view, rs]) => [view, medianOf(rs)]));
  const bare = medians.bare as Metrics;
  const budgets = Object.fromEntries(
    Object.entries(medians)
      .filter(([view]) => view !== 'bare')
      .map(([view, m]) => [
        view,
        {
          'FCP ≤ bare': m.fcpMs <= bare.fcpMs,
          'LCP ≤ bare': m.lcpMs <= bare.lcpMs,
          'TBT ≤ 0.8 × bare': m.tbtMs <= 0.8 * bare.tbtMs,
          'score ≥ bare + 15': m.performance >= bare.performance + 15,
          'accessibility 100': m.accessibility === 100,
          'CLS ≤ 0.02': m.cls <= 0.02,
        },
      ]),
  );
  console.table(medians);
  console.log(JSON.stringify(budgets, null, 2));
  return {
    date: new Date().toISOString().slice(0, 10),
    lighthouse: '12.2.3, mobile preset (simulated throttling), Debian Chromium headless, software WebGL',
    runsPerView: RUNS,
    // TBT and Speed Index scale with what else the machine runs; compare views within one run.
    machine: { cpus: cpus().length, loadAverageAtEnd: loadavg().map((x) => Number(x.toFixed(1))) },
    medians,
    budgets,
    // Lighthouse 12.2's LCP-element audit fails with this Chromium (TraceElements), so it is not recorded.
    accessibilityFailures: a11yFailures,
    runs,
  };
}
