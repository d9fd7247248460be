/** GeoJSON reader: FeatureCollection, Feature or bare Geometry; legacy `crs` member honoured. */
import { isCrsId, type CrsId } from './crs';
import { UploadError } from './errors';
import { cleanGeometry } from './geometry';
import { checkVertexCount, MAX_JSON_DEPTH } from './limits';
import { scanJson } from './nesting';
import type { RawSource, ReadContext } from './source';
import type { UploadFeature } from './types';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/**
 * `urn:ogc:def:crs:EPSG::4545`, `EPSG:4545`, `urn:ogc:def:crs:OGC:1.3:CRS84` → CrsId; also the
 * bare names tools write: `WGS84` / `WGS 84` (EPSG:4326), `CGCS2000` (EPSG:4490).
 */
export function crsFromName(name: string): CrsId | undefined {
  if (/CRS84$/i.test(name) || /^WGS[\s_-]*(19)?84$/i.test(name.trim())) return 'EPSG:4326';
  if (/^CGCS[\s_-]*2000$/i.test(name.trim())) return 'EPSG:4490';
  const m = /EPSG:{1,2}(\d+)$/i.exec(name.trim());
  const id = m ? `EPSG:${m[1]}` : undefined;
  return id && isCrsId(id) ? id : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function readGeoJson(text: string, ctx: ReadContext): RawSource {
  // Before parsing: validation and the worker's structured clone both recurse, and would overflow.
  const { depth, positions } = scanJson(text);
  if (depth > MAX_JSON_DEPTH) throw new UploadError('too-deep', { what: 'json', limit: MAX_JSON_DEPTH, actual: depth });
  checkVertexCount(positions);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UploadError('invalid-json', { detail: e instanceof Error ? e.message.slice(0, 200) : 'parse error' });
  }
  if (!isObject(doc)) throw new UploadError('invalid-json', { detail: 'not a GeoJSON object' });
  let raw: unknown[];
  if (doc.type === 'FeatureCollection') {
    if (!Array.isArray(doc.features)) throw new UploadError('invalid-json', { detail: 'features is not an array' });
    raw = doc.features;
  } else if (doc.type === 'Feature') {
    raw = [doc];
  } else if (typeof doc.type === 'string' && GEOMETRY_TYPES.has(doc.type)) {
    raw = [{ type: 'Feature', geometry: doc, properties: {} }];
  } else {
    throw new UploadError('invalid-json', { detail: 'not a GeoJSON object' });
  }
  if (raw.length > ctx.maxFeatures) {
    throw new UploadError('too-large', { limit: ctx.maxFeatures, actual: raw.length, what: 'features' });
  }
  const features: UploadFeature[] = [];
  raw.forEach((f, i) => {
    if (!isObject(f) || f.type !== 'Feature') throw new UploadError('invalid-geometry', { feature: i, detail: 'not a Feature' });
    if (f.geometry === null || f.geometry === undefined) {
      ctx.fixes.nullGeometries++;
      return;
    }
    const geometry = cleanGeometry(f.geometry, i, ctx.fixes);
    if (!geometry) return;
    const properties = isObject(f.properties) ? { ...f.properties } : {};
    const out: UploadFeature = { type: 'Feature', geometry, properties };
    if (typeof f.id === 'string' || typeof f.id === 'number') out.id = f.id;
    features.push(out);
  });
  // RFC 7946: GeoJSON is WGS-84 unless the (legacy) crs member says otherwise.
  const source: RawSource = { features, geographicByDefault: true };
  const crs = doc.crs;
  if (isObject(crs) && isObject(crs.properties) && typeof crs.properties.name === 'string') {
    const declared = crsFromName(crs.properties.name);
    if (declared) source.declared = declared;
    else ctx.warnings.push({ code: 'declared-crs-ignored', params: { name: crs.properties.name.slice(0, 100) } });
  }
  return source;
}
