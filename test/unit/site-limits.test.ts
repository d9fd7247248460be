/**
 * Links and files that describe absurd sites end in a clear refusal, fast, before any heavy work
 * (the links are the ones that crashed or froze the page before these limits existed).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import geographiclib from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/contract';
import { GeoInputError } from '../../src/geo/errors';
import { checkSiteLimits, DEFAULT_SITE_LIMITS, regionAround } from '../../src/geo/site-limits';
import { createSiteChecker } from '../../src/state/site-checker';
import { decodeSite } from '../../src/state/site-link';
import type { SiteGeometry } from '../../src/geo/upload-site';

const dir = fileURLToPath(new URL('../../public/data/', import.meta.url));
const load = (name: string) => JSON.parse(readFileSync(dir + name, 'utf8'));
const dataset = {
  units: load('units.geojson'),
  districts: load('districts.geojson'),
  rivers: load('rivers.geojson'),
  sections: load('sections.geojson'),
} as Dataset;
/** Chongqing lies within 105.2–110.2° E, 28.1–32.3° N (its published extent). */
const chongqing = regionAround([105.28, 28.16, 110.2, 32.2]);

function refusal(g: SiteGeometry | null, limits = { ...DEFAULT_SITE_LIMITS, region: chongqing }): GeoInputError {
  expect(g).not.toBeNull();
  try {
    checkSiteLimits(g!, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(GeoInputError);
    return e as GeoInputError;
  }
  throw new Error('site was not refused');
}

/** A zig-zag between two corners of Chongqing, n vertices. */
function zigzag(n: number): SiteGeometry {
  const coordinates = Array.from({ length: n }, (_, i) => (i % 2 ? [109.9, 31.9] : [105.6, 28.5]));
  return { type: 'LineString', coordinates };
}

describe('site limits', () => {
  it('a pole-to-pole link is refused as outside the region, naming the point', () => {
    const e = refusal(decodeSite('L~bcwhD_oov}D_ggorI?'));
    expect(e.code).toBe('outside-region');
    expect(String(e.details.found)).toMatch(/^-?\d+\.\d{4}, -?\d+\.\d{4}$/);
  });

  it('the link that froze the renderer for 40 s is refused', () => {
    expect(refusal(decodeSite('L?~jhltI?_wqyiT')).code).toBe('outside-region');
  });

  it('a zig-zag across the region is refused with its total length in km', () => {
    const g = zigzag(800);
    const e = refusal(g);
    expect(e.code).toBe('site-too-long');
    // Independent figure: GeographicLib's ellipsoidal length of one leg, times the legs.
    const leg = geographiclib.Geodesic.WGS84.Inverse(28.5, 105.6, 31.9, 109.9).s12! / 1000;
    const found = Number(e.details.found);
    expect(found).toBeGreaterThan(799 * leg);
    expect(found).toBeLessThan(799 * leg * 1.02);
    expect(e.details.limit).toBe(200_000);
  });

  it('too many vertices are refused with the count found and the limit', () => {
    const ring = Array.from({ length: 60_000 }, (_, i) => {
      const a = (i / 60_000) * 2 * Math.PI;
      return [106.5 + 0.01 * Math.cos(a), 29.5 + 0.01 * Math.sin(a)];
    });
    ring.push(ring[0]!);
    const e = refusal({ type: 'Polygon', coordinates: [ring] });
    expect(e.code).toBe('too-many-vertices');
    expect(e.details).toEqual({ limit: 50_000, found: 60_001 });
  });

  it('an ordinary site passes', () => {
    expect(() =>
      checkSiteLimits({ type: 'LineString', coordinates: [[106.5, 29.5], [106.6, 29.6]] }, { ...DEFAULT_SITE_LIMITS, region: chongqing }),
    ).not.toThrow();
  });
});

describe('site checker', () => {
  const inThread = createSiteChecker(dataset, { createWorker: null });

  it('refuses each absurd link within 2 s with a localized key and its figures', async () => {
    for (const [text, key] of [
      ['L~bcwhD_oov}D_ggorI?', 'geoerror.outside-region'],
      ['L?~jhltI?_wqyiT', 'geoerror.outside-region'],
    ] as const) {
      const t0 = performance.now();
      const outcome = await inThread(decodeSite(text)!);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error.key).toBe(key);
    }
    const t0 = performance.now();
    const outcome = await inThread(zigzag(1500));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(outcome.ok ? null : outcome.error.key).toBe('geoerror.site-too-long');
  });

  it('checks an ordinary site (万州, inside the data)', async () => {
    const outcome = await inThread({ type: 'Point', coordinates: [108.38, 30.81] });
    expect(outcome.ok && outcome.result.units.length).toBe(1);
  });

  it('stops a check that runs past the time limit, replaces the worker, and says so', async () => {
    const made: StalledWorker[] = [];
    class StalledWorker extends EventTarget {
      terminated = false;
      posts: unknown[] = [];
      postMessage(message: unknown) {
        this.posts.push(message);
      }
      terminate() {
        this.terminated = true;
      }
    }
    const checker = createSiteChecker(dataset, {
      timeLimitMs: 50,
      createWorker: () => {
        const w = new StalledWorker();
        made.push(w);
        return w as unknown as Worker;
      },
    });
    const site: SiteGeometry = { type: 'Point', coordinates: [108.38, 30.81] };
    const first = await checker(site);
    expect(first).toEqual({ ok: false, error: { key: 'geoerror.timeout', params: { seconds: 0.05 } } });
    expect(made[0]!.terminated).toBe(true);
    await checker(site);
    expect(made).toHaveLength(2);
    // The fresh worker is given the layers before the check.
    expect((made[1]!.posts[0] as { body: { kind: string } }).body.kind).toBe('layers');
  });
});
