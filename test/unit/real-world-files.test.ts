/**
 * Files shaped like the ones other tools write (issue 11, "Real-world files"). Expected values
 * come from each format's own rules (TCX positions as written, code page 1252 for é, the EPSG
 * zone table), never from our parser.
 */
import { readFileSync } from 'node:fs';
import { strictXmlParser } from '../../src/upload/xml-parser';
import { describe, expect, test } from 'vitest';
import { detectCrs } from '../../src/upload/detect-crs';
import { parseUpload, type ParsedOk, type ParsedUpload } from '../../src/upload/index';
import { readDbf } from '../../src/upload/shapefile';
import { zipStored } from '../fixtures/upload/generate';
import { fileFrom, loadFixture } from '../fixtures/upload/load';
import { tmForward } from './reference/kruger';

const ok = (r: ParsedUpload): ParsedOk => {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${r.status}`);
  return r;
};

describe('real-world files', () => {
  test('a Garmin TCX ride is read as a line through its trackpoints', async () => {
    const bytes = readFileSync('test/fixtures/real-world/garmin-ride.tcx', 'utf8');
    const r = ok(await parseUpload(fileFrom('ride.tcx', bytes), { xmlParser: strictXmlParser() }));
    expect(r.sourceFormat).toBe('tcx');
    const g = r.features.features[0]!.geometry;
    expect(g.type).toBe('LineString');
    const coords = (g as { coordinates: number[][] }).coordinates.map((p) => [p[0], p[1]]);
    expect(coords).toEqual([
      [106.5772, 29.5583],
      [106.5795, 29.5601],
      [106.5821, 29.5619],
    ]);
  });

  test('a zip holding a GeoJSON (no shapefile) is read', async () => {
    const geojson = new Uint8Array(loadFixture('project-wgs84.geojson').bytes);
    const r = ok(await parseUpload(fileFrom('parcels.zip', zipStored([['parcels/project.geojson', geojson]]))));
    expect(r.sourceFormat).toBe('geojson');
    expect(r.features.features).toHaveLength(2);
  });

  test('GeoJSON crs names "WGS84" and "CGCS2000" are recognised, not warned about', async () => {
    for (const [name, crs] of [['WGS84', 'EPSG:4326'], ['CGCS2000', 'EPSG:4490'], ['EPSG:4490', 'EPSG:4490']] as const) {
      const doc = { type: 'FeatureCollection', crs: { type: 'name', properties: { name } }, features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [106.55, 29.56] } }] };
      const r = ok(await parseUpload(fileFrom('a.geojson', JSON.stringify(doc))));
      expect(r.detected).toEqual({ crs, how: 'declared', swapped: false });
      expect(r.warnings).toEqual([]);
    }
  });

  test('a Latin-1 .dbf without .cpg is decoded by its language-driver byte (0x57 = ANSI 1252)', () => {
    // dBASE III: 32-byte header, one 32-byte field descriptor (NAME, C, 10), 0x0D, one record.
    const dbf = new Uint8Array(32 + 32 + 1 + 11 + 1);
    const v = new DataView(dbf.buffer);
    dbf[0] = 0x03;
    dbf.set([124, 1, 1], 1);
    v.setUint32(4, 1, true);
    v.setUint16(8, 32 + 32 + 1, true);
    v.setUint16(10, 1 + 10, true);
    dbf[29] = 0x57;
    dbf.set([...'NAME'].map((c) => c.charCodeAt(0)), 32);
    dbf[32 + 11] = 'C'.charCodeAt(0);
    dbf[32 + 16] = 10;
    dbf[64] = 0x0d;
    // "México" in code page 1252: é is 0xE9.
    dbf.set([0x20, 0x4d, 0xe9, 0x78, 0x69, 0x63, 0x6f, 0x20, 0x20, 0x20, 0x20], 65);
    dbf[76] = 0x1a;
    const warnings: never[] = [];
    const { rows, encoding } = readDbf(dbf, undefined, { warnings }, 'world');
    expect(encoding).toBe('windows-1252');
    expect(rows).toEqual([{ NAME: 'México' }]);
    expect(warnings).toEqual([]);
  });

  test('unprefixed Gauss–Krüger from Xuzhou (CM 117°) is offered EPSG:4548, which puts it back in Xuzhou', () => {
    const xuzhou: [number, number] = [117.18, 34.26];
    const r = detectCrs([tmForward(xuzhou[0], xuzhou[1], 117)]);
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.candidates).toHaveLength(21);
    const c = r.candidates.find((k) => k.crs === 'EPSG:4548')!;
    expect(Math.abs(c.center[0] - xuzhou[0]) + Math.abs(c.center[1] - xuzhou[1])).toBeLessThan(1e-8);
  });
});
