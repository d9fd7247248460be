/**
 * A sections layer with its readings apart (geodata/tiles/readings.ts) holds exactly the sample's
 * sections: the points file plus each adcode's readings file give back the sample's file, and
 * the app's loader reads them as the manifest says.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MonthlyReading, Sections } from '../../src/data/contract';
import { loadReadings } from '../../src/data/load';
import { validateLayer } from '../../src/data/validate-layer';
import { writeReadingsApart } from '../../geodata/tiles/readings';

const sample = JSON.parse(readFileSync('public/data/sections.geojson', 'utf8')) as Sections;
const dir = mkdtempSync(join(tmpdir(), 'readings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sections with their readings apart', () => {
  const written = writeReadingsApart(sample, dir);
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown;

  it('writes the points without readings and one readings file per district, which join back to the sample', () => {
    expect(written).toEqual({ file: 'sections.points.geojson', readings: 'sections.readings/{adcode}.json', files: new Set(sample.features.map((f) => f.properties.adcode)).size });
    const points = validateLayer<Sections>(written.file, 'sections', read(written.file), { readingsApart: true });
    const files = readdirSync(join(dir, 'sections.readings')).sort();
    expect(files).toEqual([...new Set(sample.features.map((f) => `${f.properties.adcode}.json`))].sort());
    const byAdcode = Object.fromEntries(files.map((f) => [f.replace('.json', ''), read(`sections.readings/${f}`) as Record<string, MonthlyReading[]>]));
    const joined = points.features.map((f) => ({ ...f, properties: { ...f.properties, monthly: byAdcode[f.properties.adcode]![f.properties.id] } }));
    expect(joined).toEqual(sample.features);
  });

  it('the loader reads one adcode’s file by the manifest’s path', async () => {
    const fetched: string[] = [];
    const fetcher = async (url: string) => {
      fetched.push(url);
      const body = readFileSync(join(dir, new URL(url).pathname.replace('/data/', '')), 'utf8');
      return { ok: true, status: 200, json: async () => JSON.parse(body) as unknown };
    };
    const cuntan = sample.features.find((f) => f.properties.name === '寸滩')!.properties;
    const readings = await loadReadings(new URL('http://host/data/'), written.readings, cuntan.adcode, fetcher);
    expect(fetched).toEqual([`http://host/data/sections.readings/${cuntan.adcode}.json`]);
    expect(readings[cuntan.id]).toEqual(cuntan.monthly);
  });
});
