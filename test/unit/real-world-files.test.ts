/**
 * Files shaped like the ones other tools write (issue 11, "Real-world files"), committed in
 * test/fixtures/real-world/ (written by its generate.ts). Expected values come from each format's
 * own rules and the positions and names written by hand there (TCX positions as written, code page
 * 1252 for é, the EPSG zone table), never from our parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strictXmlParser } from '../../src/upload/xml-parser';
import { describe, expect, test } from 'vitest';
import { parseUpload, type ParsedOk, type ParsedUpload } from '../../src/upload/index';
import { buildRealWorld, CRS_NAMES, CSV_POINTS, GPX_TRACK, LATIN1_RECORDS, PARCEL, XUZHOU } from '../fixtures/real-world/generate';
import { fileFrom, outerRing, ringDeviation } from '../fixtures/upload/load';

const DIR = 'test/fixtures/real-world';
const real = (name: string) => fileFrom(name, new Uint8Array(readFileSync(join(DIR, name))));

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

  test('every file is what generate.ts writes (the fixtures do not drift from the script)', () => {
    for (const [name, content] of Object.entries(buildRealWorld())) {
      const want = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
      expect(readFileSync(join(DIR, name)).equals(want), name).toBe(true);
    }
  });

  describe('a zip holding something other than a shapefile is read for what it holds (macOS junk beside it)', () => {
    test('GeoJSON', async () => {
      const r = ok(await parseUpload(real('zip-holding-geojson.zip')));
      expect(r.sourceFormat).toBe('geojson');
      expect(r.features.features.map((f) => f.properties.name)).toEqual([PARCEL.name]);
      expect(ringDeviation(outerRing(r.features.features[0]!.geometry), PARCEL.ring)).toBeLessThan(1e-12);
    });
    test('KML (not named doc.kml), as in a KMZ', async () => {
      const r = ok(await parseUpload(real('zip-holding-kml.zip'), { xmlParser: strictXmlParser() }));
      expect(r.sourceFormat).toBe('kmz');
      expect(r.features.features.map((f) => f.properties.name)).toEqual([PARCEL.name]);
      expect(ringDeviation(outerRing(r.features.features[0]!.geometry), PARCEL.ring)).toBeLessThan(1e-12);
    });
    test('GPX track', async () => {
      const r = ok(await parseUpload(real('zip-holding-gpx.zip'), { xmlParser: strictXmlParser() }));
      expect(r.sourceFormat).toBe('gpx');
      const line = r.features.features[0]!.geometry as GeoJSON.LineString;
      expect(line.coordinates.map((p) => [p[0], p[1]])).toEqual(GPX_TRACK);
    });
    test('CSV of points (Excel: BOM, CRLF)', async () => {
      const r = ok(await parseUpload(real('zip-holding-csv.zip')));
      expect(r.sourceFormat).toBe('csv');
      expect(r.features.features.map((f) => [f.properties['点名'], (f.geometry as GeoJSON.Point).coordinates])).toEqual(
        CSV_POINTS.map((p) => [p.name, p.at]),
      );
      expect(r.warnings).toEqual([]);
    });
  });

  test.each(CRS_NAMES)('GeoJSON crs name "$name" is recognised as $means, not warned about', async ({ file, means }) => {
    const r = ok(await parseUpload(real(file)));
    expect(r.detected).toEqual({ crs: means, how: 'declared', swapped: false });
    expect(r.warnings).toEqual([]);
  });

  test('a Latin-1 world shapefile without .cpg is decoded by its DBF language-driver byte (0x57 = ANSI 1252)', async () => {
    const r = ok(await parseUpload(real('world-latin1-ldid57.zip')));
    expect(r.sourceFormat).toBe('shapefile');
    expect(r.features.features.map((f) => [f.properties.NAME, (f.geometry as GeoJSON.Point).coordinates])).toEqual(
      LATIN1_RECORDS.map((c) => [c.name, c.at]),
    );
    // No word about the encoding (no GB18030 fallback); only that the capitals lie far from Chongqing.
    expect(r.warnings.map((w) => w.code)).toEqual(['outside-region']);
  });

  test('a Xuzhou 界址点 table (X north, Y east, no zone number) is offered all 21 unprefixed CGCS2000 3° zones, ranked; EPSG:4548 puts it back in Xuzhou', async () => {
    const file = real('xuzhou-cgcs2000-cm117-no-zone.csv');
    const r = await parseUpload(file);
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.swapped).toBe(true);
    // EPSG:4534–4554 are the 3° zones with central meridians 75°–135°, written without the zone number.
    const every = Array.from({ length: 21 }, (_, i) => `EPSG:${4534 + i}`);
    expect(r.candidates.map((c) => c.crs).sort()).toEqual(every);
    // Ranked by distance from Chongqing: CM 105° and 108° (Chongqing's own zones) before the rest.
    expect(r.candidates.slice(0, 2).map((c) => c.crs).sort()).toEqual(['EPSG:4544', 'EPSG:4545']);
    const distances = r.candidates.map((c) => c.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const xuzhou = r.candidates.find((c) => c.crs === 'EPSG:4548')!;
    expect(Math.abs(xuzhou.center[0] - 117.183)).toBeLessThan(1e-3);
    expect(Math.abs(xuzhou.center[1] - 34.2625)).toBeLessThan(1e-3);

    const chosen = ok(await parseUpload(file, { crs: 'EPSG:4548' }));
    const got = chosen.features.features.map((f) => [f.properties['点号'], (f.geometry as GeoJSON.Point).coordinates]);
    expect(got.map(([name]) => name)).toEqual(XUZHOU.map((p) => p.name));
    got.forEach(([, at], i) => {
      const want = XUZHOU[i]!.at;
      // 1 mm in the file is ≈ 1e-8°.
      expect(Math.abs((at as number[])[0]! - want[0]) + Math.abs((at as number[])[1]! - want[1])).toBeLessThan(1e-7);
    });
  });
});
