/**
 * One site check, four surfaces: the site panel, the report, the exported CSV and the map's
 * distance labels must show the same figures. The map draws its labels into the WebGL canvas;
 * the planner layer mirrors them in a visually hidden list for screen readers (from the same
 * overlay rows), which is what this test reads. Expected strings are written by hand for this
 * fixed site, and its area and distances are GeographicLib's, worked out here from the data
 * without the app's code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { Rivers } from '../../src/data/contract';
import { encodeSite } from '../../src/state/site-link';
import { parseCsv } from '../read-csv';
import { referenceAreaM2 } from '../unit/reference-area';
import { referenceSiteNearestM } from '../unit/reference-nearest';
import { units } from './data';
import { browserSession } from './session';

const base = inject('baseUrl');
const { open } = browserSession(base);

/** A ≈1.58 km² pentagon in 万州, 1.8 km from the Yangtze, inside one key-control unit. */
const PENTAGON: Polygon = {
  type: 'Polygon',
  coordinates: [[[108.372, 30.79], [108.384, 30.79], [108.386, 30.797], [108.378, 30.803], [108.37, 30.798], [108.372, 30.79]]],
};
const SITE = encodeURIComponent(encodeSite(PENTAGON));

const UNIT = 'ZH50010120005';
const NEAREST = 'ZH50015410014';

describe('the same figures on every surface', () => {
  it("the site's figures written below are GeographicLib's, from the data alone", () => {
    expect(Math.round(referenceAreaM2(PENTAGON))).toBe(1_580_994);
    const priority = units.features.filter((f) => f.properties.category === 'priority');
    expect(referenceSiteNearestM(PENTAGON, priority)).toBeCloseTo(13_308.35, 2);
    const rivers = (JSON.parse(readFileSync('public/data/rivers.geojson', 'utf8')) as Rivers).features;
    const toRiver = (name: string) => referenceSiteNearestM(PENTAGON, rivers.filter((f) => f.properties.name === name));
    expect([toRiver('长江'), toRiver('嘉陵江'), toRiver('乌江')].map((m) => m.toFixed(2))).toEqual(['1799.88', '190911.23', '150565.35']);
  });

  it('site panel, report, CSV and map labels agree for a fixed site', async () => {
    const { page, errors } = await open(`#map=12.5/30.79/108.40&site=${SITE}`);
    const panel = page.getByTestId('site-check');
    await panel.waitFor();

    // Site panel
    await expect(panel.locator('[data-testid=site-units] code').allTextContents()).resolves.toEqual([UNIT]);
    await expect(panel.getByTestId('unit-share').allTextContents()).resolves.toEqual(['100.0%']);
    await expect(panel.locator('[data-testid=site-units] .figure').textContent()).resolves.toContain('1.5810 平方公里');
    await expect(panel.getByTestId('nearest-priority').locator('code').textContent()).resolves.toBe(NEAREST);
    await expect(panel.getByTestId('nearest-distance').textContent()).resolves.toBe('13.31 公里');
    await expect(panel.getByTestId('nearest-exact').textContent()).resolves.toBe('13,308.35 米');
    const rivers = ['1.80 公里', '190.91 公里', '150.57 公里'];
    await expect(panel.getByTestId('river-distance').allTextContents()).resolves.toEqual(rivers);

    // Map labels (the screen-reader mirror of the labels the canvas shows). The site is framed
    // with the one river within 5 km: that label is in view, the nearest priority unit's (its
    // line's middle is 6.7 km away) is not, and the list names only what is drawn.
    await expect.poll(() => page.getByTestId('map-label').allTextContents()).toEqual(['到长江：1.80 km']);
    // Zoomed out over both lines, both labels.
    await page.evaluate(() => (location.hash = location.hash.replace(/map=[^&]+/, 'map=12/30.82/108.36')));
    await expect
      .poll(() => page.getByTestId('map-label').allTextContents())
      .toEqual(['到最近的优先保护单元：13.31 km', '到长江：1.80 km']);

    // Report
    await page.getByRole('button', { name: '打印报告 / 导出' }).click();
    const report = page.getByTestId('report');
    await report.waitFor();
    const unitRow = report.getByTestId('report-units').locator('tbody tr');
    await expect(unitRow.locator('code').allTextContents()).resolves.toEqual([UNIT]);
    await expect(unitRow.locator('td.num').first().textContent()).resolves.toContain('1,580,994 平方米');
    await expect(report.getByTestId('report-unit-share').allTextContents()).resolves.toEqual(['100.0%']);
    await expect(report.getByTestId('report-nearest').locator('code').textContent()).resolves.toBe(NEAREST);
    await expect(report.getByTestId('report-nearest-distance').textContent()).resolves.toBe('13,308.35 米（13.31 公里）');
    await expect(report.getByTestId('report-river-distance').allTextContents()).resolves.toEqual(rivers);

    // CSV, as downloaded
    const [download] = await Promise.all([page.waitForEvent('download'), report.getByTestId('report-csv').click()]);
    const csv = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
    const [header, ...rows] = csv;
    expect(header).toEqual(['类别', '项目', '编码', '名称', '数值', '单位', '说明']);
    const pick = (category: string, name: string) => rows.filter((r) => r[0] === category && (r[2] === name || r[3] === name));
    expect(pick('涉及的管控单元', UNIT).map((r) => [r[4], r[5], r[6]?.endsWith('占场地 100.0%')])).toEqual([['1580994', '平方米', true]]);
    expect(pick('最近的优先保护单元', NEAREST).map((r) => [r[4], r[5]])).toEqual([['13308.35', '米']]);
    const csvRivers = ['长江', '嘉陵江', '乌江'].map((name) => pick('与主要河流的距离', name).map((r) => [r[4], r[5]])[0]);
    expect(csvRivers).toEqual([
      ['1799.88', '米'],
      ['190911.23', '米'],
      ['150565.35', '米'],
    ]);
    // The CSV's exact metres round to the kilometres the panel and the report show.
    expect(csvRivers.map((r) => `${(Number(r![0]) / 1000).toFixed(2)} 公里`)).toEqual(rivers);
    expect(errors).toEqual([]);
  });
});
