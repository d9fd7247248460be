/**
 * No label is drawn over another, nor over a monitoring point's dot: the planner's distance
 * labels, district, river, section and context labels all take part in MapLibre's one collision
 * index, and each dot's footprint is in it too.
 *
 * What the map drew is read from MapLibre's own record of the last placement (its collision
 * grid, internal but stable across 2–6): every box and circle of every placed symbol, with the
 * layer it came from. The test then checks, independently of MapLibre's rules, that no two
 * label footprints intersect, that no label footprint intersects a dot's, and that the
 * distance labels the screen-reader list names are exactly those placed.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeSite } from '../../src/state/site-link';
import { waitForMapIdle } from './browser';
import { browserSession } from './session';

const base = inject('baseUrl');
const { open, opened } = browserSession(base);

/** A point site on the 渝中 peninsula: the 长江 (384 m) and 嘉陵江 (2.05 km) lines and the nearest priority unit (4.14 km) start at one spot. */
const SITE = encodeURIComponent(encodeSite({ type: 'Point', coordinates: [106.575, 29.558] }));

/** Layers whose symbols are the invisible footprints of dots (style.ts dotCollision, planner-overlay.ts). */
const DOTS = ['sections-collision', 'points-collision', 'planner-points-collision'];

interface Footprint {
  layer: string;
  /** Same feature of the same layer: a label's text and its box, or a line label's circles. */
  feature: string;
  /** [x1, y1, x2, y2] in collision-grid px (screen + MapLibre's 100 px padding). */
  box: [number, number, number, number];
  circle?: [number, number, number];
}

/** Every placed symbol's boxes and circles from the map's last placement, with their layer. */
async function footprints(page: Page): Promise<Footprint[]> {
  return page.evaluate(() => {
    type Key = { bucketInstanceId: number; featureIndex: number };
    type Grid = { boxKeys: Key[]; bboxes: number[]; circleKeys: Key[]; circles: number[] };
    const map = (document.querySelector('.map') as unknown as { maplibre: { style: { placement: unknown } } }).maplibre;
    const placement = map.style.placement as {
      collisionIndex: { grid: Grid; ignoredGrid: Grid };
      retainedQueryData: Record<number, { featureIndex: { bucketLayerIDs: string[][] }; bucketIndex: number }>;
    };
    const layerOf = (key: Key) => {
      const q = placement.retainedQueryData[key.bucketInstanceId];
      return q ? q.featureIndex.bucketLayerIDs[q.bucketIndex]![0]! : '?';
    };
    const out: Footprint[] = [];
    for (const grid of [placement.collisionIndex.grid, placement.collisionIndex.ignoredGrid]) {
      grid.boxKeys.forEach((key, i) => {
        const [x1, y1, x2, y2] = grid.bboxes.slice(i * 4, i * 4 + 4) as [number, number, number, number];
        out.push({ layer: layerOf(key), feature: `${key.bucketInstanceId}/${key.featureIndex}`, box: [x1, y1, x2, y2] });
      });
      grid.circleKeys.forEach((key, i) => {
        const [x, y, r] = grid.circles.slice(i * 3, i * 3 + 3) as [number, number, number];
        out.push({ layer: layerOf(key), feature: `${key.bucketInstanceId}/${key.featureIndex}`, box: [x - r, y - r, x + r, y + r], circle: [x, y, r] });
      });
    }
    return out;
  });
}

const boxesMeet = (a: Footprint['box'], b: Footprint['box']) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
function meet(a: Footprint, b: Footprint): boolean {
  if (!boxesMeet(a.box, b.box)) return false;
  if (a.circle && b.circle) return Math.hypot(a.circle[0] - b.circle[0], a.circle[1] - b.circle[1]) < a.circle[2] + b.circle[2];
  const c = a.circle ?? b.circle;
  if (!c) return true;
  const box = a.circle ? b.box : a.box;
  const dx = Math.max(box[0] - c[0], 0, c[0] - box[2]);
  const dy = Math.max(box[1] - c[1], 0, c[1] - box[3]);
  return Math.hypot(dx, dy) < c[2];
}

/** Pairs of footprints that overlap where at least one is a label: what the user would see as a collision. */
function collisions(all: Footprint[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i]!, all[j]!];
      if (a.layer === b.layer && a.feature === b.feature) continue;
      if (DOTS.includes(a.layer) && DOTS.includes(b.layer)) continue; // dots may touch dots
      if (meet(a, b)) found.push(`${a.layer} ${a.box.map(Math.round).join(',')} × ${b.layer} ${b.box.map(Math.round).join(',')}`);
    }
  }
  return found;
}

/**
 * Grid positions of the section dots the map drew (their centres, by MapLibre's own projection,
 * plus the grid's 100 px padding).
 */
async function sectionDots(page: Page): Promise<[number, number][]> {
  return page.evaluate(() => {
    type P = { x: number; y: number };
    const map = (document.querySelector('.map') as unknown as {
      maplibre: { queryRenderedFeatures(o: object): { geometry: { coordinates: [number, number] } }[]; project(c: [number, number]): P };
    }).maplibre;
    return map.queryRenderedFeatures({ layers: ['sections-circle'] }).map((f) => {
      const p = map.project(f.geometry.coordinates);
      return [p.x + 100, p.y + 100] as [number, number];
    });
  });
}

const placedOf = (all: Footprint[], layer: string) => new Set(all.filter((f) => f.layer === layer).map((f) => f.feature)).size;

async function viewAt(page: Page, view: string) {
  await page.evaluate((v) => (location.hash = location.hash.replace(/map=[^&]+/, `map=${v}`)), view);
  await page.waitForTimeout(600);
  await waitForMapIdle(page);
}

async function expectNoOverlap(page: Page, view: string) {
  await viewAt(page, view);
  const all = await footprints(page);
  expect(collisions(all), view).toEqual([]);
  // The distance labels are in the index, and the screen-reader list names the placed ones.
  const listed = await page.getByTestId('map-label').count();
  expect(placedOf(all, 'planner-labels'), view).toBe(listed);
  return all;
}

describe('labels never overlap', () => {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    it(`distance, district, river and section labels and the dots keep clear of each other (${device})`, async () => {
      const { page, errors } = await open(`#map=12/29.56/106.57&site=${SITE}`, viewport);
      await page.getByTestId('site-check').waitFor();
      await page.waitForTimeout(1000);
      await waitForMapIdle(page);

      // Close in: the distance labels have room beside the 渝中区, river and section labels.
      const near = await expectNoOverlap(page, '12/29.56/106.56');
      if (device === 'desktop') {
        await expect(page.getByTestId('map-label').allTextContents()).resolves.toEqual([
          '到最近的优先保护单元：4.14 km',
          '到长江：384 m',
          '到嘉陵江：2.05 km',
        ]);
      }
      expect(placedOf(near, 'planner-labels')).toBeGreaterThanOrEqual(2);
      expect(placedOf(near, 'district-labels')).toBeGreaterThan(0);

      // Further out the three lines are a few pixels long: labels give way rather than pile up,
      // and the screen-reader list follows what is drawn.
      const far = await expectNoOverlap(page, '9/29.7/106.6');
      expect(placedOf(far, 'planner-labels')).toBeLessThan(3);
      expect(placedOf(far, 'district-labels')).toBeGreaterThan(2);
      expect(placedOf(far, 'sections-collision')).toBeGreaterThan(5);
      // Each drawn dot lies inside a footprint of its own: at zoom 9 a dot is 5.5 px in radius
      // with a ring of at least 1 px (the style's stops, written here by hand).
      const dots = await sectionDots(page);
      expect(dots.length).toBeGreaterThan(5);
      const footprintsOfDots = far.filter((f) => f.layer === 'sections-collision').map((f) => f.box);
      for (const [x, y] of dots) {
        const r = 5.5 + 1;
        expect(footprintsOfDots.some((b) => b[0] <= x - r + 0.5 && b[1] <= y - r + 0.5 && b[2] >= x + r - 0.5 && b[3] >= y + r - 0.5), `dot at ${x},${y}`).toBe(true);
      }

      // The whole municipality: district labels beside 74 section dots and 20 Yangtze points.
      const whole = await expectNoOverlap(page, '7.5/30.0/107.8');
      expect(placedOf(whole, 'district-labels')).toBeGreaterThan(device === 'desktop' ? 10 : 3);
      expect(errors).toEqual([]);
    });
  }

  it('no page asked another origin for anything', () => {
    expect(opened.flatMap((o) => o.foreignRequests)).toEqual([]);
  });
});
