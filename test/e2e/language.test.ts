import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from './session';
import { sections, units, unitsAt } from './data';
import { mapCentre } from './browser';
import { encodeSite } from '../../src/state/site-link';

const base = inject('baseUrl');
const { open } = browserSession(base);

const CJK = /[\u3400-\u9fff\uff08\uff09\u3001\uff0c\u3002]/;
/** A proper name may keep its Chinese beside the English, in brackets: "Jiangbei District (江北区)". */
const withoutChineseBeside = (text: string) => text.replace(/\s*\([^()]*\)/g, '');

async function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).allTextContents();
}

describe('English mode: translated fields carry no Chinese', () => {
  it('section panel, legend, chart key, attribution and map controls are English; a unit type and district too', async () => {
    const cuntan = sections.features.find((f) => f.properties.name === '寸滩')!;
    const [lon, lat] = cuntan.geometry.coordinates;
    const { page, errors } = await open(`#lang=en&map=10/${lat}/${lon}&sel=section:${cuntan.properties.id}`);

    const facts = await texts(page, '[data-testid="water-facts"] dd');
    expect(facts.slice(0, 3)).toEqual(['Yangtze River (长江)', 'Yangtze River basin (长江)', 'Jiangbei District (江北区)']);
    for (const f of facts) expect(withoutChineseBeside(f), f).not.toMatch(CJK);
    await expect(page.getByTestId('chart-key').textContent()).resolves.toMatch(/Target class \(dashed line\): Ⅱ/);

    // The sidebar (legend, filters) is all fixed vocabulary: no Chinese at all, 劣Ⅴ included.
    const sidebar = (await page.locator('#sidebar').textContent())!;
    expect(sidebar).not.toMatch(CJK);
    expect(sidebar).toContain('>Ⅴ');

    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('Chongqing (illustrative sample)');
    await expect(page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).resolves.toBe('Zoom in');
    await expect(page.locator('.map canvas').getAttribute('aria-label')).resolves.toBe('Map');

    const mine = units.features.find((f) => f.properties.subtype === '矿产资源开发区')!;
    await page.evaluate((code) => (location.hash = `#lang=en&sel=unit:${code}`), mine.properties.code);
    await expect(page.getByTestId('unit-subtype').textContent()).resolves.toBe('Mineral resource development area');
    const district = (await page.getByTestId('unit-district').textContent())!;
    expect(district).toContain(mine.properties.district);
    expect(withoutChineseBeside(district)).toMatch(/^[A-Z][a-z]+ (District|County)$/);
    expect(errors).toEqual([]);
  });
});

describe('Chinese mode: no English interface', () => {
  it('sources list in Chinese, titles not doubled, ARIA labels in Chinese; switching language relabels the map controls', async () => {
    const { page, errors } = await open('');
    await page.getByRole('button', { name: '数据来源' }).click();
    const sources = (await page.locator('#provenance').textContent())!;
    expect(sources).toContain('仅供定位参考');
    expect(sources).toContain('非官方数据');
    expect(sources).not.toMatch(/generated|orientation|readings|not official/);
    expect(sources).not.toContain('（示例）');
    await expect(page.locator('#provenance li').filter({ hasText: '环境管控单元' }).textContent()).resolves.toMatch(/^环境管控单元\s*示意/);

    await expect(page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).resolves.toBe('放大');
    await expect(page.locator('.maplibregl-ctrl-zoom-out').getAttribute('aria-label')).resolves.toBe('缩小');
    await expect(page.locator('.map canvas').getAttribute('aria-label')).resolves.toBe('地图');
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('重庆市（示例数据）');

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).resolves.toBe('Zoom in');
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('Chongqing (illustrative sample)');
    await expect(page.locator('.maplibregl-ctrl-attrib').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('legend and explanations', () => {
  it('counts each water layer under its own heading, explains the purple ring and the zoning terms; hovering names a unit', async () => {
    const [unit] = unitsAt(106.55, 29.56);
    const { page } = await open('#map=12/29.56/106.55');
    const sum = async (group: string) =>
      (await texts(page, `[data-testid="${group}"] .classes .count`)).reduce((a, b) => a + Number(b), 0);
    // 74 national sections and 20 Yangtze points are two layers, never added up under one heading
    await expect(page.getByTestId('legend-sections').textContent()).resolves.toContain('国控断面 74 个');
    expect(await sum('legend-sections')).toBe(74);
    expect(await sum('legend-points')).toBe(20);
    await expect(page.getByTestId('legend-sections').textContent()).resolves.toContain('紫色外圈');

    const glossary = page.locator('#sidebar').getByTestId('glossary');
    await glossary.locator('summary').click();
    // the definitions load when the reader reaches for the button
    await glossary.locator('dt').first().waitFor();
    const terms = await glossary.locator('dt').allTextContents();
    expect(terms).toEqual(['环境管控单元', '优先保护单元', '重点管控单元', '一般管控单元', '生态环境准入清单']);
    await expect(glossary.locator('dd').nth(1).textContent()).resolves.toContain('生态保护红线');
    await expect(glossary.locator('.source').textContent()).resolves.toContain('环环评〔2021〕108 号');

    const centre = await mapCentre(page);
    await page.mouse.move(centre.x, centre.y);
    const tip = page.getByTestId('map-tip');
    await expect(tip.locator('strong').textContent()).resolves.toBe(unit!.properties.name);
    await expect(tip.textContent()).resolves.toContain({ priority: '优先保护单元', key: '重点管控单元', general: '一般管控单元' }[unit!.properties.category]);
    await page.mouse.move(5, 300);
    await expect(tip.count()).resolves.toBe(0);

    // the unit panel explains its own category and the access list
    await page.mouse.click(centre.x, centre.y);
    const panelGlossary = page.getByTestId('inspector').getByTestId('glossary');
    await panelGlossary.locator('summary').click();
    await panelGlossary.locator('dt').first().waitFor();
    await expect(panelGlossary.locator('dt').allTextContents()).resolves.toHaveLength(2);
  });
});

describe('on a phone (360 px), each language all through', () => {
  const narrow = { width: 360, height: 740 };
  const SITE = encodeURIComponent(
    encodeSite({ type: 'Polygon', coordinates: [[[108.372, 30.79], [108.384, 30.79], [108.386, 30.797], [108.378, 30.803], [108.37, 30.798], [108.372, 30.79]]] }),
  );
  /** Interface text of the phone screens: the header's controls (bar the language switch, which names the other language), the toolbar, a tool's hint, the site sheet's headings, labels and buttons, the upload dialog. */
  async function interfaceTexts(page: Page, other: string): Promise<string[]> {
    await page.getByTestId('site-check').waitFor();
    const out: string[] = [];
    const header = page.locator('header.bar').locator('button:visible, select:visible, input:visible');
    for (const el of await header.all()) {
      const text = ((await el.innerText().catch(() => '')) || (await el.getAttribute('aria-label')) || (await el.getAttribute('placeholder')) || '').trim();
      if (text && text !== other) out.push(text);
    }
    out.push(...(await page.locator('.toolbar .tool').allInnerTexts()));
    out.push(...(await page.locator('[data-testid=site-check] :is(h2, h3, dt, .actions button)').allInnerTexts()));
    out.push((await page.getByTestId('sheet-handle').getAttribute('aria-label'))!);
    await page.locator('[data-tool="measure"]').click();
    out.push((await page.getByTestId('tool-hint').innerText()));
    out.push(...(await page.locator('.hint button').allInnerTexts()));
    await page.locator('[data-tool="measure"]').click();
    await page.locator('[data-tool="upload"]').click();
    out.push((await page.getByTestId('upload-dialog').innerText()));
    return out.map((s) => s.trim()).filter(Boolean);
  }

  it('English: no Chinese in the interface', async () => {
    const { page, errors } = await open(`#lang=en&map=12/30.79/108.39&site=${SITE}`, narrow);
    const all = await interfaceTexts(page, '中文');
    expect(all.length).toBeGreaterThan(20);
    for (const text of all) expect(withoutChineseBeside(text), text).not.toMatch(CJK);
    expect(errors).toEqual([]);
  });

  it('Chinese: no English words in the interface but the names of file formats, systems and keys', async () => {
    const { page, errors } = await open(`#map=12/30.79/108.39&site=${SITE}`, narrow);
    const all = await interfaceTexts(page, 'English');
    expect(all.length).toBeGreaterThan(20);
    const NAMES = /\b(GeoJSON|KML|KMZ|GPX|TCX|CSV|Shapefile|zip|prj|cpg|WGS|CGCS2000|GCJ|EPSG|PDF|Esc|Enter)\b/g;
    for (const text of all) expect(text.replace(NAMES, ''), text).not.toMatch(/[A-Za-z]{3,}/);
    expect(errors).toEqual([]);
  });
});
