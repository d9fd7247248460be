/**
 * Layers validated elsewhere (the parse worker) give the same dataset as layers validated on the
 * page, and a broken file fails with the same message naming it. The worker boundary is modelled
 * by what crosses it: a copy of the bytes goes in, only whether they are valid comes out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, type FetchLike, type LayerValidator } from '../../src/data/load';
import { parseLayer } from '../../src/data/validate-layer';

const serve =
  (override: Record<string, string> = {}): FetchLike =>
  async (url) => {
    const name = new URL(url).pathname.replace(/^\/data\//, '');
    const text = override[name] ?? readFileSync(`public/data/${name}`, 'utf8');
    const bytes = new TextEncoder().encode(text);
    return { ok: true, status: 200, json: async () => JSON.parse(text), arrayBuffer: async () => bytes.buffer };
  };
const elsewhere: LayerValidator = async (file, kind, bytes) => void parseLayer(file, kind, structuredClone(bytes));
const base = new URL('http://localhost/data/');

describe('layers parsed off the page', () => {
  it('equal the layers parsed on the page', async () => {
    const here = await loadDataset(base, serve());
    const { layerBytes, ...there } = await loadDataset(base, serve(), elsewhere);
    expect(there).toEqual(here);
    // the map reads the large layers' own bytes
    const units = await (await fetch(layerBytes!.units!)).text();
    expect(JSON.parse(units)).toEqual(here.units);
    expect(Object.keys(layerBytes!).sort()).toEqual(['context', 'districts', 'rivers', 'sections', 'units', 'yangtze-points']);
    expect(there.units.features).toHaveLength(818);
  });

  it('name the broken file and the broken feature', async () => {
    await expect(loadDataset(base, serve({ 'sections.geojson': '{"type": "FeatureCollection", "features": [' }), elsewhere)).rejects.toThrowError(
      'sections.geojson: is not valid JSON',
    );
    const units = JSON.parse(readFileSync('public/data/units.geojson', 'utf8'));
    units.features[3].properties.category = 'somewhat protected';
    await expect(loadDataset(base, serve({ 'units.geojson': JSON.stringify(units) }), elsewhere)).rejects.toThrowError(/^units\.geojson \(feature #3/);
  });

  it('leave a broken context layer empty and report it, when the page asks to keep the rest; units stay required', async () => {
    const failures: string[] = [];
    const broken = { 'rivers.geojson': '{"type": "FeatureCollection", "features": [', 'sections.geojson': '[]' };
    const data = await loadDataset(base, serve(broken), elsewhere, (e) => failures.push(e.message));
    expect(failures.sort()).toEqual(['rivers.geojson: is not valid JSON', 'sections.geojson: not a GeoJSON FeatureCollection']);
    expect(data.rivers.features).toEqual([]);
    expect(data.sections.features).toEqual([]);
    expect(data.units.features).toHaveLength(818);
    expect(data.districts.features).toHaveLength(38);
    await expect(loadDataset(base, serve({ 'units.geojson': '{' }), elsewhere, () => {})).rejects.toThrowError('units.geojson: is not valid JSON');
  });
});
