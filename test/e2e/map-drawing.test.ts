/**
 * How much the map draws, counted at the WebGL calls (deterministic, unlike timings): the first
 * view draws its data in a couple of full frames, and a selection is drawn from its own small
 * source rather than by repainting every unit. Software WebGL makes each frame cost hundreds of
 * milliseconds of main-thread time on a phone, so these counts are the first view's budget.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mapCentre, waitForMapIdle } from './browser';
import { unitsAt } from './data';
import { browserSession } from './session';

const base = inject('baseUrl');
const { open } = browserSession(base);

/** Counts indices drawn per animation frame; installed before the page's own scripts. */
const COUNT_DRAWS = `(() => {
  const frames = (globalThis.__drawnPerFrame = []);
  globalThis.__programsLinked = 0;
  let drawn = 0;
  const proto = WebGL2RenderingContext.prototype;
  const link = proto.linkProgram;
  proto.linkProgram = function (...args) { globalThis.__programsLinked++; return link.apply(this, args); };
  for (const [name, countArg] of [['drawElements', 1], ['drawArrays', 2]]) {
    const original = proto[name];
    proto[name] = function (...args) { drawn += args[countArg]; return original.apply(this, args); };
  }
  const raf = globalThis.requestAnimationFrame;
  globalThis.requestAnimationFrame = (callback) => raf((t) => {
    const before = drawn;
    callback(t);
    if (drawn > before) frames.push(drawn - before);
  });
})()`;

const framesDrawn = (page: Page) => page.evaluate(() => (globalThis as unknown as { __drawnPerFrame: number[] }).__drawnPerFrame.slice());

describe('map drawing', () => {
  it('first view (phone): the finished view is drawn at most twice, nothing re-laid out once loaded', async () => {
    const { page, errors } = await open('', { width: 412, height: 823 }, base, { deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    // `open` loads before the counter can be installed: load again with it in place.
    await page.addInitScript(COUNT_DRAWS);
    await page.reload();
    await waitForMapIdle(page);
    const frames = await framesDrawn(page);
    const full = frames.at(-1)!;
    expect(full).toBeGreaterThan(0);
    // The finished view is drawn twice at most: once when the last tile is in, once more when the
    // labels are placed. Each source re-laid out after load drew it again (4 times and more before
    // the style was built in the app's state).
    expect(frames.filter((f) => f === full).length).toBeLessThanOrEqual(2);
    // Everything drawn until the first idle, in frames of the finished view: partial frames while
    // tiles arrive vary from run to run (2.2–3.6 here); it was 5.4–6 with the reloads.
    const total = frames.reduce((a, b) => a + b, 0);
    expect(total / full).toBeLessThanOrEqual(4.5);
    // Software WebGL compiles every shader program on the page's thread when first drawn: the
    // first view needs 9 (sky, background, tile clipping, fill, fill outline, line, dashed line,
    // circle, text). The collision footprints drawn, or constant colours beside per-feature
    // ones (two variants of a program), made it 13.
    await expect(page.evaluate(() => (globalThis as unknown as { __programsLinked: number }).__programsLinked)).resolves.toBeLessThanOrEqual(9);
    expect(errors).toEqual([]);
  });

  it('hovering a unit outlines it from the highlight source: a few more indices, not every unit again', async () => {
    const { page, errors } = await open('#map=12/29.56/106.55');
    await page.addInitScript(COUNT_DRAWS);
    await page.reload();
    await waitForMapIdle(page);
    const plain = (await framesDrawn(page)).at(-1)!;
    const centre = await mapCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await expect(page.getByTestId('map-tip').count()).resolves.toBe(1);
    await expect.poll(async () => (await framesDrawn(page)).at(-1), { timeout: 20_000 }).not.toBe(plain);
    const hovered = (await framesDrawn(page)).at(-1)!;
    expect(hovered - plain).toBeGreaterThan(0);
    expect(hovered - plain).toBeLessThan(plain / 4);
    // Off the map: the outline goes, and the frame is the plain one again.
    await page.mouse.move(1, 1);
    await expect.poll(async () => (await framesDrawn(page)).at(-1), { timeout: 20_000 }).toBe(plain);
    expect(errors).toEqual([]);
  });

  it('the selected unit is outlined in the highlight colour', async () => {
    const [unit] = unitsAt(106.55, 29.56);
    const [far] = unitsAt(109.5, 31.0);
    // The same layout twice (the panel open), the selection in view or far out of it.
    const view = '#map=12/29.56/106.55';
    const { page, errors } = await open(`${view}&sel=unit:${far!.properties.code}`);
    const shot = async () => (await page.locator('.map canvas').screenshot()).toString('base64');
    const without = await shot();
    await page.evaluate((hash) => (location.hash = hash), `${view}&sel=unit:${unit!.properties.code}`);
    await expect(page.getByTestId('unit-code').textContent()).resolves.toBe(unit!.properties.code);
    await expect.poll(shot, { timeout: 20_000 }).not.toBe(without);
    await waitForMapIdle(page);
    const withOutline = await shot();
    // Pixels that changed, and how many of them are the light scheme's highlight (#1d2b36).
    const { changed, dark } = await page.evaluate(
      async ([a, b]) => {
        const pixels = async (png: string) => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(bitmap, 0, 0);
          return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        };
        const [p, q] = [await pixels(a!), await pixels(b!)];
        let changed = 0;
        let dark = 0;
        for (let i = 0; i < p.length; i += 4) {
          if (p[i] === q[i] && p[i + 1] === q[i + 1] && p[i + 2] === q[i + 2]) continue;
          changed++;
          if (Math.abs(q[i]! - 0x1d) + Math.abs(q[i + 1]! - 0x2b) + Math.abs(q[i + 2]! - 0x36) < 60) dark++;
        }
        return { changed, dark };
      },
      [without, withOutline],
    );
    // A 3 px outline around a unit of a few km at zoom 12: hundreds of pixels, mostly the highlight.
    expect(changed).toBeGreaterThan(300);
    expect(dark / changed).toBeGreaterThan(0.5);
    expect(errors).toEqual([]);
  });
});
