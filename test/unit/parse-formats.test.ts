import type { Geometry } from 'geojson';
import { describe, expect, test } from 'vitest';
import { parseUpload, type ParsedOk, type ParsedUpload, type ParseOptions, type UploadFile } from '../../src/upload/index';
import { normalizeHeader, parseCoordinate } from '../../src/upload/csv';
import { readDbf } from '../../src/upload/shapefile';
import { cpgToEncoding, decodeText } from '../../src/upload/text';
import { readZip } from '../../src/upload/zip';
import { makeZip, PROJECTS, PRJ_4545, zipStored } from '../fixtures/upload/generate';
import { fileFrom, loadFixture, outerRing, ringDeviation } from '../fixtures/upload/load';
import { strictXmlParser } from '../../src/upload/xml-parser';

/** The XML parser of the upload worker. */
const xml = { xmlParser: strictXmlParser() };
/** The acceptance bar: every format/CRS must reproduce the WGS-84 polygons within 1e-7°. */
const TOL = 1e-7;

function ok(r: ParsedUpload): ParsedOk {
  if (r.status !== 'ok') throw new Error(`expected ok, got ${r.status}`);
  return r;
}

/** Max deviation (degrees) of the parsed polygons from the WGS-84 project rings. */
function deviation(r: ParsedOk, count = PROJECTS.length): number {
  const polys = r.features.features.filter((f) => f.geometry.type === 'Polygon');
  expect(polys).toHaveLength(count);
  return Math.max(...polys.map((f, i) => ringDeviation(outerRing(f.geometry), PROJECTS[i]!.ring)));
}

async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Re-packs a fixture zip with every entry deflated (exercises the inflate path). */
async function deflatedCopy(file: UploadFile): Promise<UploadFile> {
  const entries = readZip(new Uint8Array(file.bytes), 1e7);
  const out = [];
  for (const e of entries) {
    const data = e.read();
    out.push({ name: e.name, data, deflated: await deflateRaw(data) });
  }
  return fileFrom(file.name, makeZip(out));
}

describe('GeoJSON', () => {
  test('WGS-84 FeatureCollection: WGS-84 by spec (how = default), attributes kept', async () => {
    const r = ok(await parseUpload(loadFixture('project-wgs84.geojson')));
    expect(r.sourceFormat).toBe('geojson');
    expect(r.detected).toEqual({ crs: 'EPSG:4326', how: 'default', swapped: false });
    expect(deviation(r)).toBe(0);
    expect(r.features.features[0]!.properties).toEqual({ 名称: '万州示例项目', 编号: 'WZ-001', 类型: '工业项目' });
    expect(r.warnings).toEqual([]);
  });

  test('EPSG:4545 with a legacy crs member → declared; equals the WGS-84 version within 1e-7°', async () => {
    const r = ok(await parseUpload(loadFixture('project-epsg4545.geojson')));
    expect(r.detected).toEqual({ crs: 'EPSG:4545', how: 'declared', swapped: false });
    expect(deviation(r)).toBeLessThan(TOL);
  });

  test('EPSG:4545 without crs member → ambiguous (zone unknown), then the user picks 4545', async () => {
    const doc = JSON.parse(new TextDecoder().decode(loadFixture('project-epsg4545.geojson').bytes)) as Record<string, unknown>;
    delete doc.crs;
    const file = fileFrom('site.geojson', JSON.stringify(doc));
    const first = await parseUpload(file);
    expect(first.status).toBe('ambiguous');
    if (first.status !== 'ambiguous') return;
    expect(first.featureCount).toBe(2);
    expect(first.candidates.map((c) => c.crs).slice(0, 3)).toEqual(['EPSG:4545', 'EPSG:4546', 'EPSG:4544']);
    const r = ok(await parseUpload(file, { crs: first.candidates[0]!.crs }));
    expect(r.detected).toEqual({ crs: 'EPSG:4545', how: 'user', swapped: false });
    expect(deviation(r)).toBeLessThan(TOL);
  });

  test('EPSG:4524 (zone-prefixed eastings) → zone 36 from magnitude, within 1e-7°', async () => {
    const r = ok(await parseUpload(loadFixture('project-epsg4524.geojson')));
    expect(r.detected).toEqual({ crs: 'EPSG:4524', how: 'magnitude', swapped: false });
    expect(deviation(r)).toBeLessThan(TOL);
  });

  test('GCJ-02 looks like WGS-84 (≈ 500 m off) until the user says GCJ-02; then within 1e-7°', async () => {
    const file = loadFixture('project-gcj02.geojson');
    const naive = ok(await parseUpload(file));
    expect(naive.detected.crs).toBe('EPSG:4326');
    const off = deviation(naive);
    expect(off).toBeGreaterThan(0.002); // ≈ 0.0045° of longitude ≈ 440 m
    const r = ok(await parseUpload(file, { crs: 'GCJ-02' }));
    expect(r.detected).toEqual({ crs: 'GCJ-02', how: 'user', swapped: false });
    expect(deviation(r)).toBeLessThan(TOL);
  });

  test('bare Feature, bare Geometry and GeometryCollection are accepted', async () => {
    const ring = PROJECTS[0]!.ring;
    const f = ok(await parseUpload(fileFrom('a.json', JSON.stringify({ type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [ring] } }))));
    expect(f.features.features).toHaveLength(1);
    expect(f.features.features[0]!.properties).toEqual({});
    const g = ok(await parseUpload(fileFrom('b.geojson', JSON.stringify({ type: 'Point', coordinates: [108.38, 30.8] }))));
    expect(g.features.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [108.38, 30.8] });
    const gc = ok(await parseUpload(fileFrom('c.geojson', JSON.stringify({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [108.38, 30.8] }, { type: 'LineString', coordinates: ring }] }))));
    expect(gc.features.features[0]!.geometry.type).toBe('GeometryCollection');
  });

  test('null geometries are skipped and unclosed rings closed, each with a warning', async () => {
    const open = PROJECTS[0]!.ring.slice(0, -1);
    const r = ok(
      await parseUpload(
        fileFrom('x.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: null }, { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [open] } }] })),
      ),
    );
    expect(r.features.features).toHaveLength(1);
    expect(ringDeviation(outerRing(r.features.features[0]!.geometry), PROJECTS[0]!.ring)).toBe(0);
    expect(r.warnings).toEqual([
      { code: 'null-geometry-skipped', params: { count: 1 } },
      { code: 'ring-closed', params: { count: 1 } },
    ]);
  });

  test('HTML in attributes stays an inert string; unknown members are not copied into geometry', async () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const r = ok(await parseUpload(fileFrom('x.geojson', JSON.stringify({ type: 'Feature', properties: { 名称: html, n: 3 }, geometry: { type: 'Point', coordinates: [108.38, 30.8], evil: html } }))));
    expect(r.features.features[0]!.properties).toEqual({ 名称: html, n: 3 });
    expect(r.features.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [108.38, 30.8] });
  });

  test('a lat/lon-swapped GeoJSON is noticed (|lat column| > 90) and fixed', async () => {
    const r = ok(await parseUpload(fileFrom('x.geojson', JSON.stringify({ type: 'Point', coordinates: [30.8, 108.38] }))));
    expect(r.detected).toEqual({ crs: 'EPSG:4326', how: 'magnitude', swapped: true });
    expect(r.features.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [108.38, 30.8] });
    expect(r.warnings).toContainEqual({ code: 'axes-swapped', params: {} });
  });

  test('content sniffing when the name has no known extension', async () => {
    const r = ok(await parseUpload({ name: 'upload', bytes: loadFixture('project-wgs84.geojson').bytes }));
    expect(r.sourceFormat).toBe('geojson');
    const z = ok(await parseUpload({ name: 'upload.bin', bytes: loadFixture('project-epsg4545-gbk.zip').bytes }));
    expect(z.sourceFormat).toBe('shapefile');
    const k = ok(await parseUpload({ name: 'export', bytes: loadFixture('project.kml').bytes }, xml));
    expect(k.sourceFormat).toBe('kml');
  });
});

describe('CSV', () => {
  test('经度/纬度 points: one point per row, every column kept as a string', async () => {
    const r = ok(await parseUpload(loadFixture('project-wgs84.csv')));
    expect(r.sourceFormat).toBe('csv');
    expect(r.features.features).toHaveLength(9);
    expect(r.features.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [108.375, 30.795] },
      properties: { 地块: '万州示例项目', 序号: '1', 经度: '108.375', 纬度: '30.795' },
    });
  });

  test('csvPolygon closes the rows into one polygon per 地块, in 序号 order, exactly', async () => {
    const r = ok(await parseUpload(loadFixture('project-wgs84.csv'), { csvPolygon: true }));
    expect(deviation(r)).toBe(0);
    expect(r.features.features.map((f) => f.properties)).toEqual([
      { vertices: 5, 地块: '万州示例项目' },
      { vertices: 4, 地块: '渝中示例项目' },
    ]);
    expect(r.warnings).toEqual([]);
  });

  test('csvPolygon without a ring column: all rows form one polygon; 序号 reorders shuffled rows', async () => {
    const rows = PROJECTS[0]!.ring.slice(0, -1).map(([x, y], i) => `${i + 1},${x},${y}`);
    const shuffled = [rows[3], rows[0], rows[4], rows[2], rows[1]];
    const r = ok(await parseUpload(fileFrom('p.csv', `序号,lon,lat\n${shuffled.join('\n')}\n`), { csvPolygon: true }));
    expect(deviation(r, 1)).toBe(0);
  });

  test('GCJ-02 (lng/lat columns) with the user flag → within 1e-7°', async () => {
    const r = ok(await parseUpload(loadFixture('project-gcj02.csv'), { csvPolygon: true, crs: 'GCJ-02' }));
    expect(deviation(r)).toBeLessThan(TOL);
  });

  test('EPSG:4524 in 东坐标/北坐标 → detected from the zone prefix', async () => {
    const r = ok(await parseUpload(loadFixture('project-epsg4524.csv'), { csvPolygon: true }));
    expect(r.detected).toEqual({ crs: 'EPSG:4524', how: 'magnitude', swapped: false });
    expect(deviation(r)).toBeLessThan(TOL);
  });

  test('EPSG:4524 written X = northing first → swap detected and undone', async () => {
    const r = ok(await parseUpload(loadFixture('project-epsg4524-swapped.csv'), { csvPolygon: true }));
    expect(r.detected).toEqual({ crs: 'EPSG:4524', how: 'magnitude', swapped: true });
    expect(r.warnings).toContainEqual({ code: 'axes-swapped', params: {} });
    expect(deviation(r)).toBeLessThan(TOL);
  });

  test('EPSG:4545 x/y → ambiguous; user choice → within 1e-7°', async () => {
    const file = loadFixture('project-epsg4545.csv');
    expect(await parseUpload(file, { csvPolygon: true })).toMatchObject({ status: 'ambiguous', swapped: false });
    const r = ok(await parseUpload(file, { csvPolygon: true, crs: 'EPSG:4545' }));
    expect(r.detected).toEqual({ crs: 'EPSG:4545', how: 'user', swapped: false });
    expect(deviation(r)).toBeLessThan(TOL);
  });

  test('EPSG:4545 X = northing first → ambiguous but swapped; user CRS keeps the detected swap', async () => {
    const file = loadFixture('project-epsg4545-swapped.csv');
    expect(await parseUpload(file, { csvPolygon: true })).toMatchObject({ status: 'ambiguous', swapped: true });
    const r = ok(await parseUpload(file, { csvPolygon: true, crs: 'EPSG:4545' }));
    expect(r.detected).toEqual({ crs: 'EPSG:4545', how: 'user', swapped: true });
    expect(deviation(r)).toBeLessThan(TOL);
    // …and the user can also force the axis order.
    // Forced the wrong way, the northings become eastings ≈ 2,900 km east of CM 108: valid
    // lon/lat, so no error, but flagged as far from the region.
    const forced = ok(await parseUpload(file, { csvPolygon: true, crs: 'EPSG:4545', swapXY: false }));
    expect(forced.detected.swapped).toBe(false);
    expect(forced.warnings.find((w) => w.code === 'outside-region')?.params.distanceKm).toBeGreaterThan(2000);
  });

  test('GBK-encoded CSV (what Excel writes in China) is decoded via the GB18030 fallback', async () => {
    // "经度,纬度,名称\n108.38,30.8,万州\n" in GBK.
    const gbk = new Uint8Array([0xbe, 0xad, 0xb6, 0xc8, 0x2c, 0xce, 0xb3, 0xb6, 0xc8, 0x2c, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a, ...new TextEncoder().encode('108.38,30.8,'), 0xcd, 0xf2, 0xd6, 0xdd, 0x0a]);
    const r = ok(await parseUpload(fileFrom('gbk.csv', gbk)));
    expect(r.features.features[0]!.properties).toEqual({ 经度: '108.38', 纬度: '30.8', 名称: '万州' });
    expect(r.warnings).toContainEqual({ code: 'encoding-fallback', params: { from: 'utf-8', to: 'gb18030' } });
  });

  test('BOM, tab delimiter, units in headers, DMS values, rows without coordinates skipped', async () => {
    const text = '\uFEFFname\tLongitude (°)\tLatitude (°)\nA\t108°22\'48"E\t30°48\'N\nB\t\t\nC\t108.4\t30.81\n';
    const r = ok(await parseUpload(fileFrom('t.tsv', text)));
    expect(r.features.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [108.38, 30.8] },
      { type: 'Point', coordinates: [108.4, 30.81] },
    ]);
    expect(r.warnings).toEqual([{ code: 'csv-rows-skipped', params: { count: 1, firstRow: 3 } }]);
  });

  test('a column named __proto__ is kept as data (no prototype games)', async () => {
    const r = ok(await parseUpload(fileFrom('p.csv', 'lon,lat,__proto__\n108.38,30.8,{"polluted":true}\n')));
    const props = r.features.features[0]!.properties;
    expect(Object.getOwnPropertyNames(props)).toEqual(['lon', 'lat', '__proto__']);
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('coordinate and header parsing helpers', () => {
    expect(parseCoordinate('108.38')).toBe(108.38);
    expect(parseCoordinate(' 3 408 306.576 ')).toBe(3408306.576);
    expect(parseCoordinate('108°22′48″')).toBeCloseTo(108.38, 12);
    expect(parseCoordinate('30度48分')).toBeCloseTo(30.8, 12);
    expect(parseCoordinate('108:22:48')).toBeCloseTo(108.38, 12);
    expect(parseCoordinate('33°52\'S')).toBeCloseTo(-33.8667, 4);
    expect(parseCoordinate('108°61\'')).toBeNaN();
    expect(parseCoordinate('abc')).toBeNaN();
    expect(normalizeHeader(' X坐标（米） ')).toBe('x坐标');
    expect(normalizeHeader('Lng [deg]')).toBe('lng');
  });
});

describe('KML, KMZ, GPX', () => {
  test('KML polygons: WGS-84 by spec; name/description/ExtendedData kept as plain strings', async () => {
    const r = ok(await parseUpload(loadFixture('project.kml'), xml));
    expect(r.sourceFormat).toBe('kml');
    expect(r.detected).toEqual({ crs: 'EPSG:4326', how: 'default', swapped: false });
    expect(deviation(r)).toBe(0);
    const p = r.features.features[0]!.properties;
    expect(p.name).toBe('万州示例项目');
    expect(p['编号']).toBe('WZ-001');
    expect(p.description).toBe('<b>WZ-001</b><img src=x onerror="alert(1)">');
  });

  test('KMZ (deflated doc.kml in a zip) → same polygons', async () => {
    const kmlBytes = new Uint8Array(loadFixture('project.kml').bytes);
    const kmz = makeZip([{ name: 'doc.kml', data: kmlBytes, deflated: await deflateRaw(kmlBytes) }]);
    const r = ok(await parseUpload(fileFrom('project.kmz', kmz), xml));
    expect(r.sourceFormat).toBe('kmz');
    expect(deviation(r)).toBe(0);
  });

  test('KML from AMap is GCJ-02: the user flag converts it', async () => {
    const kml = new TextDecoder().decode(loadFixture('project.kml').bytes);
    const r = ok(await parseUpload(fileFrom('amap.kml', kml), { ...xml, crs: 'GCJ-02' }));
    expect(r.detected.crs).toBe('GCJ-02');
    expect(deviation(r)).toBeGreaterThan(0.002);
  });

  test('GPX track → LineString along the project boundary (elevation kept), waypoint → Point', async () => {
    const r = ok(await parseUpload(loadFixture('project.gpx'), xml));
    expect(r.sourceFormat).toBe('gpx');
    expect(r.detected.how).toBe('default');
    const line = r.features.features.find((f) => f.geometry.type === 'LineString')!;
    expect(ringDeviation(outerRing(line.geometry), PROJECTS[0]!.ring)).toBe(0);
    expect((line.geometry as Extract<Geometry, { type: 'LineString' }>).coordinates[0]).toEqual([108.375, 30.795, 200]);
    expect(line.properties.name).toBe('万州示例项目边界');
    const wpt = r.features.features.find((f) => f.geometry.type === 'Point')!;
    expect(wpt.properties.name).toBe('起点');
  });
});

describe('zipped Shapefile', () => {
  test('.prj (EPSG:4545 WKT) + .cpg = GBK: CRS from prj, Chinese attributes decoded, within 1e-7°', async () => {
    const r = ok(await parseUpload(loadFixture('project-epsg4545-gbk.zip')));
    expect(r.sourceFormat).toBe('shapefile');
    expect(r.detected).toEqual({ crs: 'EPSG:4545', how: 'prj', swapped: false });
    expect(r.features.features.map((f) => f.properties)).toEqual([
      { 名称: '万州示例项目', 编号: 'WZ-001', 类型: '工业项目' },
      { 名称: '渝中示例项目', 编号: 'YZ-002', 类型: '市政项目' },
    ]);
    expect(r.warnings).toEqual([]);
    expect(deviation(r)).toBeLessThan(TOL);
  });

  test('GBK without .cpg: UTF-8 yields U+FFFD → re-decoded as GB18030, with a warning', async () => {
    const r = ok(await parseUpload(loadFixture('project-epsg4545-gbk-nocpg.zip')));
    expect(r.features.features[0]!.properties).toEqual({ 名称: '万州示例项目', 编号: 'WZ-001', 类型: '工业项目' });
    expect(r.warnings).toEqual([{ code: 'encoding-fallback', params: { from: 'utf-8', to: 'gb18030', layer: 'project' } }]);
    expect(deviation(r)).toBeLessThan(TOL);
  });

  test('deflate-compressed entries (what real zippers write) parse the same', async () => {
    const r = ok(await parseUpload(await deflatedCopy(loadFixture('project-epsg4545-gbk.zip'))));
    expect(r.features.features[0]!.properties['名称']).toBe('万州示例项目');
    expect(deviation(r)).toBeLessThan(TOL);
  });

  test('no .prj → magnitude detection (ambiguous for unprefixed eastings)', async () => {
    const entries = readZip(new Uint8Array(loadFixture('project-epsg4545-gbk.zip').bytes), 1e7);
    const files: [string, Uint8Array][] = [];
    for (const e of entries) if (!e.name.endsWith('.prj')) files.push([e.name, e.read()]);
    const r = await parseUpload(fileFrom('noprj.zip', zipStored(files)));
    expect(r).toMatchObject({ status: 'ambiguous', sourceFormat: 'shapefile', featureCount: 2 });
  });

  test('a .prj we do not recognize by name (Xian 1980 GK) goes through proj4', async () => {
    const xian = PRJ_4545.replace('GCS_China_Geodetic_Coordinate_System_2000', 'GCS_Xian_1980')
      .replace('D_China_2000', 'D_Xian_1980')
      .replace('SPHEROID["CGCS2000",6378137.0,298.257222101]', 'SPHEROID["Xian_1980",6378140.0,298.257]')
      .replace('CGCS2000_3_Degree', 'Xian_1980_3_Degree');
    const entries = readZip(new Uint8Array(loadFixture('project-epsg4545-gbk.zip').bytes), 1e7);
    const files: [string, Uint8Array][] = [];
    for (const e of entries) files.push([e.name, e.name.endsWith('.prj') ? new TextEncoder().encode(xian) : e.read()]);
    const r = ok(await parseUpload(fileFrom('xian.zip', zipStored(files))));
    expect(r.detected).toEqual({ crs: 'proj4-wkt', how: 'prj', swapped: false });
    expect(r.warnings).toContainEqual({ code: 'prj-via-proj4', params: { name: 'Xian_1980_3_Degree_GK_CM_108E' } });
    // Different ellipsoid, no datum shift: within a few metres of the CGCS2000 reading.
    const d = deviation(r);
    expect(d).toBeGreaterThan(TOL);
    expect(d).toBeLessThan(1e-3);
  });

  test('an unreadable .prj is ignored with a warning; the user CRS still works', async () => {
    const entries = readZip(new Uint8Array(loadFixture('project-epsg4545-gbk.zip').bytes), 1e7);
    const files: [string, Uint8Array][] = [];
    for (const e of entries) files.push([e.name, e.name.endsWith('.prj') ? new TextEncoder().encode('garbage') : e.read()]);
    const file = fileFrom('bad-prj.zip', zipStored(files));
    const r = await parseUpload(file);
    expect(r).toMatchObject({ status: 'ambiguous', warnings: [{ code: 'prj-ignored', params: { name: 'garbage' } }] });
    expect(deviation(ok(await parseUpload(file, { crs: 'EPSG:4545' })))).toBeLessThan(TOL);
  });

  test('two layers in one zip are merged, with a warning', async () => {
    const entries = readZip(new Uint8Array(loadFixture('project-epsg4545-gbk.zip').bytes), 1e7);
    const files: [string, Uint8Array][] = [];
    for (const e of entries) {
      const data = e.read();
      files.push([e.name, data], [e.name.replace('project', 'sub/second'), data]);
    }
    const r = ok(await parseUpload(fileFrom('two.zip', zipStored(files))));
    expect(r.features.features).toHaveLength(4);
    expect(r.warnings).toContainEqual({ code: 'multiple-layers', params: { layers: 2 } });
  });

  test('DBF decoding: .cpg variants, the language-driver byte, and a lying "UTF-8" .cpg', async () => {
    const entries = readZip(new Uint8Array(loadFixture('project-epsg4545-gbk-nocpg.zip').bytes), 1e7);
    const dbf = await entries.find((e) => e.name.endsWith('.dbf'))!.read();
    for (const cpg of ['GBK', 'gbk\r\n', '936', 'ANSI 936', 'CP936', 'GB2312', 'GB18030']) {
      const warnings: never[] = [];
      const { rows, encoding } = readDbf(dbf, cpg, { warnings }, 'l');
      expect(encoding, cpg).toBe('gb18030');
      expect(rows[0]!['名称']).toBe('万州示例项目');
      expect(warnings).toEqual([]);
    }
    const ldid = dbf.slice();
    ldid[29] = 0x4d; // code page 936
    const w1: { code: string }[] = [];
    expect(readDbf(ldid, undefined, { warnings: w1 as never[] }, 'l')).toMatchObject({ encoding: 'gb18030' });
    expect(w1).toEqual([]);
    const w2: { code: string }[] = [];
    expect(readDbf(dbf, 'UTF-8', { warnings: w2 as never[] }, 'l').rows[0]!['名称']).toBe('万州示例项目');
    expect(w2).toEqual([{ code: 'encoding-fallback', params: { from: 'utf-8', to: 'gb18030', layer: 'l' } }]);
    const w3: { code: string }[] = [];
    readDbf(dbf, 'no-such-encoding', { warnings: w3 as never[] }, 'l');
    expect(w3.map((w) => w.code)).toEqual(['cpg-unknown', 'encoding-fallback']);
  });

  test('cpgToEncoding / decodeText', () => {
    expect(cpgToEncoding('UTF-8')).toBe('utf-8');
    expect(cpgToEncoding('65001')).toBe('utf-8');
    expect(cpgToEncoding('1252')).toBe('windows-1252');
    expect(cpgToEncoding('ANSI 1251')).toBe('windows-1251');
    expect(cpgToEncoding('System')).toBeUndefined();
    expect(cpgToEncoding('')).toBeUndefined();
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8', fellBack: false });
    expect(decodeText(new Uint8Array([0xcd, 0xf2]))).toEqual({ text: '万', encoding: 'gb18030', fellBack: true });
  });
});
