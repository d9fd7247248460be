import { describe, expect, test } from 'vitest';
import { GeoInputError, isGeoInputError } from '../../src/geo/errors';
import { deserializeError, serializeError, type SerializedUploadError, type UploadErrorCode } from '../../src/upload/errors';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_FEATURES, parseUpload, UploadError, type ParseOptions, type UploadFile } from '../../src/upload/index';
import { readZip } from '../../src/upload/zip';
import { makeZip, zipStored } from '../fixtures/upload/generate';
import { fileFrom, loadFixture } from '../fixtures/upload/load';
import { strictXmlParser } from '../../src/upload/xml-parser';

/** The XML parser of the upload worker. */
const xml = { xmlParser: strictXmlParser() };

/** Runs parseUpload and returns the UploadError it must throw. */
async function failure(file: UploadFile, options?: ParseOptions): Promise<UploadError> {
  try {
    await parseUpload(file, options);
  } catch (e) {
    expect(e).toBeInstanceOf(UploadError);
    return e as UploadError;
  }
  throw new Error('expected an UploadError');
}

const points = (n: number): string =>
  JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: n }, (_, i) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [108 + i * 1e-5, 30] } })) });

/** Every code the UI must localize, and at least one test below producing it. */
const seen = new Set<UploadErrorCode>();
async function expectCode(code: UploadErrorCode, file: UploadFile, options?: ParseOptions): Promise<UploadError> {
  const e = await failure(file, options);
  expect(e.code).toBe(code);
  seen.add(code);
  return e;
}

describe('size caps', () => {
  test('file over 20 MB (default) → too-large {what: file}', async () => {
    const e = await expectCode('too-large', { name: 'huge.geojson', bytes: new ArrayBuffer(DEFAULT_MAX_BYTES + 1) });
    expect(e.params).toEqual({ limit: 20 * 1024 * 1024, actual: DEFAULT_MAX_BYTES + 1, what: 'file' });
  });
  test('maxBytes option', async () => {
    const e = await expectCode('too-large', loadFixture('project-wgs84.geojson'), { maxBytes: 100 });
    expect(e.params.what).toBe('file');
  });
  test('more than 5,000 features (default) → too-large {what: features}, for GeoJSON and CSV', async () => {
    expect(DEFAULT_MAX_FEATURES).toBe(5000);
    const e = await expectCode('too-large', fileFrom('many.geojson', points(5001)));
    expect(e.params).toEqual({ limit: 5000, actual: 5001, what: 'features' });
    const csv = 'lon,lat\n' + '108,30\n'.repeat(5001);
    expect((await failure(fileFrom('many.csv', csv))).params).toEqual({ limit: 5000, actual: 5001, what: 'features' });
    expect((await parseUpload(fileFrom('ok.geojson', points(5000)))).status).toBe('ok');
  });
  test('zip bomb: declared uncompressed size over 10 × maxBytes is refused before inflating', async () => {
    const zeros = new Uint8Array(1_000_000);
    const deflated = new Uint8Array(await new Response(new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    expect(deflated.length).toBeLessThan(2000);
    const bomb = makeZip([{ name: 'a.shp', data: zeros, deflated }]);
    const e = await expectCode('too-large', fileFrom('bomb.zip', bomb), { maxBytes: 50_000 });
    expect(e.params).toEqual({ limit: 500_000, actual: 1_000_000, what: 'unzipped' });
  });
  test('zip bomb lying about its size: inflation stops at the declared size', async () => {
    const zeros = new Uint8Array(1_000_000);
    const deflated = new Uint8Array(await new Response(new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const liar = makeZip([{ name: 'a.shp', data: zeros, deflated, declaredSize: 100 }]);
    expect(readZip(liar, 1e7)[0]!.read()).toHaveLength(100);
    await expectCode('bad-shapefile', fileFrom('liar.zip', liar));
  });
});

describe('format errors', () => {
  test('unsupported-format: unknown extension and content; a bare .shp', async () => {
    expect((await expectCode('unsupported-format', fileFrom('notes.docx', 'hello'))).params).toEqual({ name: 'notes.docx' });
    await expectCode('unsupported-format', fileFrom('project.shp', new Uint8Array([0, 0, 0x27, 0x0a])));
  });
  test('invalid-json: syntax error, and JSON that is not GeoJSON', async () => {
    const e = await expectCode('invalid-json', fileFrom('bad.geojson', '{"type": "FeatureCollection", "features": ['));
    expect(typeof e.params.detail).toBe('string');
    await expectCode('invalid-json', fileFrom('arr.json', '[1, 2, 3]'));
    await expectCode('invalid-json', fileFrom('obj.json', '{"type": "Topology"}'));
    await expectCode('invalid-json', fileFrom('fc.json', '{"type": "FeatureCollection", "features": {}}'));
  });
  test('invalid-geometry: index of the offending feature and what is wrong', async () => {
    const fc = (geometry: unknown): string => JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [108, 30] } }, { type: 'Feature', properties: {}, geometry }] });
    const e = await expectCode('invalid-geometry', fileFrom('b.geojson', fc({ type: 'Point', coordinates: ['108', 30] })));
    expect(e.params).toEqual({ feature: 1, detail: 'bad position' });
    expect((await failure(fileFrom('c.geojson', fc({ type: 'Circle', coordinates: [108, 30] })))).params.detail).toBe('unknown type Circle');
    expect((await failure(fileFrom('d.geojson', fc({ type: 'LineString', coordinates: [[108, 30]] })))).params.detail).toBe('line with fewer than 2 positions');
    expect((await failure(fileFrom('e.geojson', fc({ type: 'Polygon', coordinates: 5 })))).params.detail).toBe('bad coordinates nesting');
    expect((await failure(fileFrom('f.geojson', fc({ type: 'Point', coordinates: [108, null] })))).code).toBe('invalid-geometry');
  });
  test('no-features: empty collection, only null geometries, CSV with a header only', async () => {
    await expectCode('no-features', fileFrom('a.geojson', '{"type":"FeatureCollection","features":[]}'));
    await expectCode('no-features', fileFrom('b.geojson', '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}'));
    await expectCode('no-features', fileFrom('c.csv', 'lon,lat\n'));
    await expectCode('no-features', fileFrom('d.csv', ''));
  });
  test('csv-no-coordinates: lists the header it saw', async () => {
    const e = await expectCode('csv-no-coordinates', fileFrom('a.csv', '名称,面积\n万州,1.0\n'));
    expect(e.params).toEqual({ columns: '名称,面积' });
  });
  test('coordinates-out-of-range: numbers that fit no CRS; a user CRS that sends them off the globe', async () => {
    const e = await expectCode('coordinates-out-of-range', fileFrom('a.geojson', '{"type":"Point","coordinates":[5000000,5000000]}'));
    expect(e.params).toEqual({ feature: 1, vertex: 1, x: 5000000, y: 5000000 });
    await expectCode('coordinates-out-of-range', loadFixture('project-epsg4545.csv'), { crs: 'EPSG:4326' });
  });
  test('unsupported-crs: a CRS id outside the catalogue', async () => {
    const e = await expectCode('unsupported-crs', loadFixture('project-wgs84.geojson'), { crs: 'EPSG:3857' as never });
    expect(e.params).toEqual({ crs: 'EPSG:3857' });
  });
});

describe('zip and shapefile errors', () => {
  test('bad-zip: not a zip, truncated, garbage after the signature', async () => {
    await expectCode('bad-zip', fileFrom('a.zip', 'this is not a zip'));
    const fixture = new Uint8Array(loadFixture('project-epsg4545-gbk.zip').bytes);
    expect((await failure(fileFrom('b.zip', fixture.slice(0, 200)))).params.detail).toBe('invalid zip data');
    await expectCode('bad-zip', fileFrom('c.zip', new Uint8Array([0x50, 0x4b, 3, 4, ...new Uint8Array(100).fill(7)])));
  });
  test('bad-zip: corrupt deflate stream, unknown method', async () => {
    const data = new TextEncoder().encode('hello');
    await expectCode('bad-zip', fileFrom('d.zip', makeZip([{ name: 'x.shp', data, deflated: new Uint8Array([0xff, 0xff, 0xff]) }])));
    const stored = zipStored([['x.shp', data]]);
    const method = stored.slice();
    const cd = stored.length - 22 - (46 + 5);
    method[cd + 10] = 14; // LZMA
    expect((await failure(fileFrom('e.zip', method))).params.detail).toBe('compression method 14');
  });
  test('missing-shp: a zip without any .shp (or .kml) names what it holds', async () => {
    const e = await expectCode('missing-shp', fileFrom('a.zip', zipStored([['readme.txt', new TextEncoder().encode('hi')], ['project.dbf', new Uint8Array(10)]])));
    expect(e.params).toEqual({ entries: 'readme.txt,project.dbf' });
  });
  test('bad-shapefile: a .shp that is not one', async () => {
    const e = await expectCode('bad-shapefile', fileFrom('a.zip', zipStored([['x.shp', new Uint8Array([1, 2, 3])]])));
    expect(e.params.layer).toBe('x');
  });
  test('a .shp without .dbf still parses, with a warning', async () => {
    const entries = readZip(new Uint8Array(loadFixture('project-epsg4545-gbk.zip').bytes), 1e7);
    const files: [string, Uint8Array][] = [];
    for (const e of entries) if (/\.(shp|prj)$/.test(e.name)) files.push([e.name, await e.read()]);
    const r = await parseUpload(fileFrom('geom-only.zip', zipStored(files)));
    expect(r.status === 'ok' && r.features.features[0]!.properties).toEqual({});
    expect(r.warnings).toContainEqual({ code: 'missing-dbf', params: { layer: 'project' } });
  });
});

describe('XML errors', () => {
  test('invalid-xml: malformed, or a root that is not <kml>/<gpx>', async () => {
    await expectCode('invalid-xml', fileFrom('a.kml', '<kml><Placemark>'), xml);
    expect((await failure(fileFrom('b.kml', '<gpx></gpx>'), xml)).params.detail).toBe('root is not <kml>');
    expect((await failure(fileFrom('c.gpx', '<kml></kml>'), xml)).params.detail).toBe('root is not <gpx>');
  });
  test('xml-parser-unavailable: KML where there is no DOMParser (a Web Worker, Node) and none injected', async () => {
    expect((globalThis as { DOMParser?: unknown }).DOMParser).toBeUndefined();
    await expectCode('xml-parser-unavailable', loadFixture('project.kml'));
  });
});

describe('UploadError', () => {
  test('carries code and params; survives postMessage as a plain object', () => {
    const e = new UploadError('too-large', { limit: 1, actual: 2, what: 'file' });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('UploadError');
    const wire = structuredClone(serializeError(e));
    expect(wire).toEqual({ code: 'too-large', params: { limit: 1, actual: 2, what: 'file' }, message: e.message });
    const back = deserializeError(wire as SerializedUploadError);
    expect(back).toBeInstanceOf(UploadError);
    expect([back.code, back.params]).toEqual([e.code, e.params]);
  });
  test('a site the chosen features cannot make (a GeoInputError in the worker) comes back with its code and figures', () => {
    const e = new GeoInputError('too-many-vertices', 'too many', { limit: 50_000, found: 60_000 });
    const back = deserializeError(structuredClone(serializeError(e)));
    expect(back).toBeInstanceOf(Error);
    expect(isGeoInputError(back)).toBe(true);
    expect(back).toMatchObject({ code: 'too-many-vertices', details: { limit: 50_000, found: 60_000 } });
  });
  test('unexpected exceptions are reported with a code too', () => {
    expect(serializeError(new TypeError('boom'))).toMatchObject({ code: 'unsupported-format', params: { detail: 'boom' } });
  });

  test('every error code has been produced above', () => {
    const all: UploadErrorCode[] = [
      'too-large', 'unsupported-format', 'invalid-json', 'invalid-xml', 'xml-parser-unavailable', 'invalid-geometry', 'no-features',
      'missing-shp', 'bad-zip', 'bad-shapefile', 'csv-no-coordinates', 'coordinates-out-of-range', 'unsupported-crs',
    ];
    expect([...seen].sort()).toEqual(all.sort());
  });
});
