import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/data/summary';
import { summaryLines } from '../../src/present/data-summary';
import { embed } from '../../src/i18n/embed';
import { DEFAULT_FLAGS, formatEmbedFlags, parseEmbedFlags } from '../../src/state/embed-flags';
import { heightMessages, parseHeightMessage, parseThemeMessage } from '../../src/state/embed-messages';
import { embedUrl, plainSnippet, responsiveSnippet } from '../../src/state/embed-snippet';
import { DEFAULT_FILTERS, defaultUrlState, parseHash } from '../../src/state/url';
import { shownCsv } from '../../src/present/shown-csv';
import { readFileSync } from 'node:fs';
import { sampleDataset } from './sample-data';

const data = sampleDataset;
const tZh = embed.translator('zh');
const tEn = embed.translator('en');

describe('embed render flags', () => {
  it('reads every flag and writes back only the non-default ones', () => {
    const hash = '#plain=1&static=1&transparent=1&ui=pan-zoom&height=fill&mh=640&title=%E6%A0%87%E9%A2%98&desc=A%20note&id=map-2';
    const flags = parseEmbedFlags(hash);
    expect(flags).toEqual({
      plain: true,
      static: true,
      transparent: true,
      interaction: 'pan-zoom',
      height: 'fill',
      mapHeight: 640,
      title: '标题',
      description: 'A note',
      id: 'map-2',
    });
    expect('#' + formatEmbedFlags(flags).join('&')).toBe(hash);
    expect(formatEmbedFlags(DEFAULT_FLAGS)).toEqual([]);
    expect(parseEmbedFlags('')).toEqual(DEFAULT_FLAGS);
  });

  it('falls back to the defaults for misspelt or hostile values, silently', () => {
    const flags = parseEmbedFlags('#plain=yes&ui=everything&height=999&mh=-5&id=<script>&title=%3Cimg%20src%3Dx%3E%0A%0Aok');
    expect(flags.plain).toBe(false);
    expect(flags.interaction).toBe('full');
    expect(flags.height).toBe('auto');
    expect(flags.mapHeight).toBe(400);
    expect(flags.id).toBe('zoning-map');
    // Titles render as text (never HTML); control characters are flattened.
    expect(flags.title).toBe('<img src=x> ok');
    expect(parseEmbedFlags('#mh=99999').mapHeight).toBe(400);
    expect(parseEmbedFlags('#mh=50').mapHeight).toBe(200);
    expect(parseEmbedFlags('#mh=5000').mapHeight).toBe(1200);
    expect(parseEmbedFlags(`#title=${'x'.repeat(500)}`).title).toHaveLength(120);
  });
});

describe('embed messages', () => {
  it('posts our versioned height message, AMP embed-size and the Pym.js height string', () => {
    expect(heightMessages('map-1', 612.2)).toEqual([
      { type: 'zoning-map:height', version: 1, id: 'map-1', height: 613 },
      { sentinel: 'amp', type: 'embed-size', height: 613 },
      // Pym.js: "pym" + X + "PYM" + X + id + X + "PYM" + X + type + X + "PYM" + X + message.
      'pymxPYMxmap-1xPYMxheightxPYMx613',
    ]);
  });

  it('accepts a theme message only in its exact shape', () => {
    expect(parseThemeMessage({ type: 'zoning-map:theme', version: 1, theme: 'dark' })).toBe('dark');
    expect(parseThemeMessage({ type: 'zoning-map:theme', version: 1, theme: 'light' })).toBe('light');
    expect(parseThemeMessage({ type: 'zoning-map:theme', version: 2, theme: 'dark' })).toBeNull();
    expect(parseThemeMessage({ type: 'zoning-map:theme', version: 1, theme: 'purple' })).toBeNull();
    expect(parseThemeMessage('zoning-map:theme')).toBeNull();
    expect(parseThemeMessage(null)).toBeNull();
  });

  it('reads back our own height message (the builder, from its preview), and nothing like it', () => {
    expect(parseHeightMessage({ type: 'zoning-map:height', version: 1, id: 'map-1', height: 1114.2 })).toEqual({ id: 'map-1', height: 1115 });
    expect(parseHeightMessage({ type: 'zoning-map:height', version: 2, id: 'map-1', height: 600 })).toBeNull();
    expect(parseHeightMessage({ type: 'zoning-map:height', version: 1, height: 600 })).toBeNull();
    expect(parseHeightMessage({ type: 'zoning-map:height', version: 1, id: 'map-1', height: '600' })).toBeNull();
    expect(parseHeightMessage({ type: 'zoning-map:height', version: 1, id: 'map-1', height: 1e9 })).toBeNull();
    expect(parseHeightMessage({ sentinel: 'amp', type: 'embed-size', height: 600 })).toBeNull();
    expect(parseHeightMessage('pymxPYMxmap-1xPYMxheightxPYMx613')).toBeNull();
  });
});

describe('text summary of the data (static fallback)', () => {
  const summary = summarize(data);

  it('matches the published aggregates the sample is built on', () => {
    expect(summary.units.total).toBe(818);
    expect(summary.sections).toEqual({ total: 74, good: 73 });
    expect(summary.toSichuan).toEqual({ total: 7, good: 7 });
    // National area shares: priority 54.4 %, key 14.1 %, general 31.5 %.
    expect(summary.units.areaShare.priority).toBeCloseTo(0.544, 2);
    expect(summary.units.areaShare.key).toBeCloseTo(0.141, 2);
    expect(summary.units.areaShare.general).toBeCloseTo(0.315, 2);
  });

  it('words the figures in both languages', () => {
    const [, zhSections, zhSichuan] = summaryLines(summary, tZh, 'zh-CN');
    expect(zhSections).toBe('74 个国控断面中 73 个水质为 Ⅰ–Ⅲ 类（98.6%）。');
    expect(zhSichuan).toBe('7 个出境（重庆→四川）断面中 7 个达标（100%）。');
    const [enUnits, enSections] = summaryLines(summary, tEn, 'en-GB');
    expect(enUnits).toMatch(/^818 environmental control units: \d+ priority protection \(54\.\d% of the area\)/);
    expect(enSections).toBe('73 of 74 national monitoring sections are in water class Ⅰ–Ⅲ (98.6%).');
  });
});

describe('"Get the data" CSV', () => {
  it('holds what the embed shows, after provenance lines, as UTF-8 with a BOM', () => {
    // 渝中区 has 1 priority and 1 key unit in the published example the sample reproduces.
    const csv = shownCsv(data, { ...DEFAULT_FILTERS, district: '500103' }, ['sections', 'points'], tZh, 'zh');
    expect(csv.startsWith('\uFEFF数据来源,')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines.filter((l) => l.startsWith('数据来源,'))).toHaveLength(data.manifest.layers.length);
    expect(lines.some((l) => l.startsWith('说明,示例数据'))).toBe(true);
    expect(lines).toContain('类型,编号,名称,管控类别/水质类别,区县,面积（平方公里）,经度,纬度');
    // Written out from public/data/units.geojson; km² to 4 decimals, as the unit panel shows them.
    expect(lines.filter((l) => l.startsWith('管控单元,'))).toEqual([
      '管控单元,ZH50010310001,渝中区生态保护红线优先保护单元,优先保护单元,渝中区,9.4770,,',
      '管控单元,ZH50010320001,渝中区城镇重点管控单元,重点管控单元,渝中区,13.2850,,',
    ]);
    expect(lines.some((l) => l.startsWith('国控断面,'))).toBe(false);
  });

  it('lists the 74 sections and 20 Yangtze points with coordinates when their layers show', () => {
    const csv = shownCsv(data, DEFAULT_FILTERS, ['units'], tEn, 'en');
    const lines = csv.split('\r\n');
    expect(lines.filter((l) => l.startsWith('Section,'))).toHaveLength(74);
    // The first section of public/data/sections.geojson, by hand: class Ⅱ, degrees to 6 decimals.
    expect(lines).toContain('Section,CQ-S001,朱沱,Ⅱ,永川区,,105.852226,29.009226');
    expect(lines.filter((l) => l.startsWith('Yangtze point,'))).toHaveLength(20);
    expect(lines.some((l) => l.startsWith('Control unit,'))).toBe(false);
  });
});

describe('embed snippets', () => {
  const config = {
    base: 'https://example.org/maps/',
    state: { ...defaultUrlState(), view: { zoom: 9, lat: 29.56, lon: 106.55 } },
    flags: { ...DEFAULT_FLAGS, title: '重庆主城区环境管控单元' },
    fallbackTitle: tZh('app.title'),
  };

  it('docs/embedding.md shows the responsive snippet exactly as the builder writes it', () => {
    const doc = readFileSync('docs/embedding.md', 'utf8');
    const block = doc.match(/```html\n([\s\S]*?)\n```/)?.[1];
    expect(block).toBe(responsiveSnippet(config));
  });

  it('reserves the height and names the iframe; the URL round-trips state and flags', () => {
    const snippet = responsiveSnippet(config);
    expect(snippet).toMatch(/^<iframe data-zoning-map src="https:\/\/example\.org\/maps\/embed\.html#map=9\/29\.560\/106\.550&amp;title=/);
    expect(snippet).toContain('title="重庆主城区环境管控单元"');
    expect(snippet).toMatch(/height:\d+px/);
    // a height the builder's preview reported replaces the estimate
    expect(responsiveSnippet(config, 1480)).toContain('height:1480px');
    expect(plainSnippet(config, 1480)).toContain('height="1480"');
    expect(snippet).toContain('<script src="https://example.org/maps/embed.js" async></script>');
    const url = embedUrl({ ...config, flags: { ...config.flags, interaction: 'pan-zoom', plain: true } });
    const hash = url.slice(url.indexOf('#'));
    expect(parseHash(hash).view).toEqual({ zoom: 9, lat: 29.56, lon: 106.55 });
    expect(parseEmbedFlags(hash)).toMatchObject({ interaction: 'pan-zoom', plain: true, title: '重庆主城区环境管控单元' });
  });

  it('escapes what it writes into attributes', () => {
    const hostile = { ...config, flags: { ...config.flags, title: '"><script>alert(1)</script>' } };
    const snippet = plainSnippet(hostile);
    expect(snippet).not.toContain('<script>');
    expect(snippet).toContain('title="&quot;>&lt;script>alert(1)&lt;/script>"');
    expect(snippet).toContain('height=fill');
  });
});
