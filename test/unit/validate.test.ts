import { describe, expect, it } from 'vitest';
import { DataError, validateManifest } from '../../src/data/validate';
import { validateLayer } from '../../src/data/validate-layer';
import { validateReadings } from '../../src/data/readings';
import { loadDataset } from '../../src/data/load';
import { readFileSync } from 'node:fs';

const square = [[[106, 29], [106.1, 29], [106.1, 29.1], [106, 29.1], [106, 29]]];
const rules = { spatial_layout: ['a'], pollutant_discharge: [], risk_prevention: [], resource_efficiency: [] };
const unit = (props: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: square },
  properties: {
    code: 'ZH50010110001', name: '示例', category: 'priority', subtype: '生态保护红线', adcode: '500101',
    district: '万州区', area_km2: 1, rules, ...props,
  },
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('contract validation', () => {
  it('accepts a valid unit', () => {
    expect(validateLayer('units.geojson', 'units', fc(unit({}))).features).toHaveLength(1);
  });

  it('names the first offending feature, its id and the field', () => {
    const bad = fc(unit({}), unit({ code: 'ZH50010110002', category: 'critical' }));
    expect(() => validateLayer('units.geojson', 'units', bad)).toThrowError(
      'units.geojson (feature #1 “ZH50010110002”): property “category” must be priority, key or general',
    );
  });

  it('rejects a class digit that contradicts the category, duplicates, bad coordinates and wrong geometry', () => {
    expect(() => validateLayer('u', 'units', fc(unit({ category: 'key' })))).toThrowError(/class digit/);
    expect(() => validateLayer('u', 'units', fc(unit({}), unit({})))).toThrowError(/duplicate code/);
    const swapped = { ...unit({}), geometry: { type: 'Polygon', coordinates: [[[29, 106], [29, 107], [30, 107], [29, 106]]] } };
    expect(() => validateLayer('u', 'units', fc(swapped))).toThrowError(/WGS-84/);
    const point = { ...unit({}), geometry: { type: 'Point', coordinates: [106, 29] } };
    expect(() => validateLayer('u', 'units', fc(point))).toThrowError(/must be Polygon or MultiPolygon, found Point/);
    expect(() => validateLayer('u', 'units', { type: 'Feature' })).toThrowError(DataError);
  });

  it('checks monthly readings of sections', () => {
    const section = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.6, 29.6] },
      properties: {
        id: 'S1', name: '寸滩', river: '长江', basin: '长江', district: '江北区', adcode: '500105', level: 'national',
        target_class: 3, class: 2, cross_border: null,
        monthly: [{ month: '2024-01', class: 2, do: 8, codmn: 2.5, nh3n: 0.2, tp: 'high', ph: 7.8 }],
      },
    };
    expect(() => validateLayer('s', 'sections', fc(section))).toThrowError('s (feature #0 “S1”): monthly[0].tp must be a number');
  });

  it('rejects manifests that point outside data/ or miss a layer kind', () => {
    const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8'));
    expect(validateManifest(manifest).layers.length).toBeGreaterThanOrEqual(6);
    const escaping = structuredClone(manifest);
    escaping.layers[0].file = 'https://evil.example/units.geojson';
    expect(() => validateManifest(escaping)).toThrowError(/relative path/);
    const missing = structuredClone(manifest);
    missing.layers = missing.layers.filter((l: { kind: string }) => l.kind !== 'sections');
    expect(() => validateManifest(missing)).toThrowError('manifest.json: no layer of kind “sections”');
  });

  it('loads and validates the whole bundled dataset', async () => {
    const fetcher = async (url: string) => {
      const path = new URL(url).pathname.replace(/^\/data\//, 'public/data/');
      return { ok: true, status: 200, json: async () => JSON.parse(readFileSync(path, 'utf8')) };
    };
    const data = await loadDataset(new URL('http://localhost/data/'), fetcher);
    expect(data.units.features).toHaveLength(818);
    expect(data.sections.features).toHaveLength(74);
    expect(data.districts.features).toHaveLength(38);
  });

  it('reports a missing file with its name and HTTP status', async () => {
    const fetcher = async (url: string) =>
      url.endsWith('manifest.json')
        ? { ok: true, status: 200, json: async () => JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) }
        : { ok: false, status: 404, json: async () => null };
    await expect(loadDataset(new URL('http://localhost/data/'), fetcher)).rejects.toThrowError(/could not be downloaded \(HTTP 404\)/);
  });
});
