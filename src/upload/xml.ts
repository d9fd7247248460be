/** KML, KMZ, GPX and TCX (Garmin) through @tmcw/togeojson, with an injected XML parser. */
import { gpx, kml, tcx } from '@tmcw/togeojson';
import type { Feature, Geometry } from 'geojson';
import { UploadError } from './errors';
import { cleanGeometry } from './geometry';
import { checkVertexCount, MAX_XML_DEPTH } from './limits';
import { xmlDepth, xmlPositions } from './nesting';
import type { RawSource, ReadContext } from './source';
import type { UploadFeature, XmlParser } from './types';

type TogeojsonInput = Parameters<typeof kml>[0];

interface MinimalDoc {
  documentElement?: { localName?: string | null; nodeName?: string } | null;
  getElementsByTagName(name: string): { length: number };
}

function defaultParser(): XmlParser | undefined {
  const P = (globalThis as { DOMParser?: new () => XmlParser }).DOMParser;
  return P ? new P() : undefined;
}

function parseXml(text: string, parser: XmlParser | undefined): MinimalDoc {
  const p = parser ?? defaultParser();
  if (!p) throw new UploadError('xml-parser-unavailable');
  const depth = xmlDepth(text);
  if (depth > MAX_XML_DEPTH) throw new UploadError('too-deep', { what: 'xml', limit: MAX_XML_DEPTH, actual: depth });
  checkVertexCount(xmlPositions(text));
  let doc: MinimalDoc;
  try {
    doc = p.parseFromString(text, 'text/xml') as MinimalDoc;
  } catch (e) {
    throw new UploadError('invalid-xml', { detail: e instanceof Error ? e.message.slice(0, 200) : 'parse error' });
  }
  if (!doc || !doc.documentElement || doc.getElementsByTagName('parsererror').length > 0) {
    throw new UploadError('invalid-xml', { detail: 'parser error' });
  }
  return doc;
}

function rootName(doc: MinimalDoc): string {
  const el = doc.documentElement;
  return (el?.localName ?? el?.nodeName ?? '').replace(/^.*:/, '').toLowerCase();
}

/**
 * togeojson wraps KML descriptions as `{ "@type": "html", value }`; keep just the string (it is
 * data for text rendering, never markup to interpret).
 */
function flattenProperties(props: Record<string, unknown> | null): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props ?? {}).map(([k, v]) => {
      const typed = v as { '@type'?: unknown; value?: unknown } | null;
      return [k, typed && typeof typed === 'object' && typeof typed['@type'] === 'string' && typeof typed.value === 'string' ? typed.value : v];
    }),
  );
}

function collect(fs: Feature<Geometry | null>[], ctx: ReadContext): RawSource {
  if (fs.length > ctx.maxFeatures) {
    throw new UploadError('too-large', { limit: ctx.maxFeatures, actual: fs.length, what: 'features' });
  }
  const features: UploadFeature[] = [];
  fs.forEach((f, i) => {
    if (!f.geometry) {
      ctx.fixes.nullGeometries++;
      return;
    }
    const geometry = cleanGeometry(f.geometry, i, ctx.fixes);
    if (geometry) features.push({ type: 'Feature', geometry, properties: flattenProperties(f.properties) });
  });
  return { features, geographicByDefault: true };
}

export function readKml(text: string, ctx: ReadContext, parser?: XmlParser): RawSource {
  const doc = parseXml(text, parser);
  if (rootName(doc) !== 'kml') throw new UploadError('invalid-xml', { detail: 'root is not <kml>' });
  return collect(kml(doc as unknown as TogeojsonInput).features, ctx);
}

export function readGpx(text: string, ctx: ReadContext, parser?: XmlParser): RawSource {
  const doc = parseXml(text, parser);
  if (rootName(doc) !== 'gpx') throw new UploadError('invalid-xml', { detail: 'root is not <gpx>' });
  return collect(gpx(doc as unknown as TogeojsonInput).features, ctx);
}

export function readTcx(text: string, ctx: ReadContext, parser?: XmlParser): RawSource {
  const doc = parseXml(text, parser);
  if (rootName(doc) !== 'trainingcenterdatabase') throw new UploadError('invalid-xml', { detail: 'root is not <TrainingCenterDatabase>' });
  return collect(tcx(doc as unknown as TogeojsonInput).features, ctx);
}
