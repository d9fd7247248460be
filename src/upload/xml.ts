/** KML, KMZ, GPX and TCX (Garmin) through @tmcw/togeojson, with an injected XML parser. */
import { gpx, kml, tcx } from '@tmcw/togeojson';
import type { Feature, Geometry } from 'geojson';
import { UploadError } from './errors';
import { cleanGeometry } from './geometry';
import { checkVertexCount, MAX_XML_DEPTH, MAX_XML_ELEMENTS, MAX_XML_NODES } from './limits';
import { scanXml } from './nesting';
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
  // Before parsing: what the parser would build, in one linear pass (see nesting.ts, limits.ts).
  const shape = scanXml(text);
  if (shape.dtd) throw new UploadError('invalid-xml', { what: 'dtd' });
  if (shape.depth > MAX_XML_DEPTH) throw new UploadError('too-deep', { what: 'xml', limit: MAX_XML_DEPTH, actual: shape.depth });
  if (shape.elements > MAX_XML_ELEMENTS) throw new UploadError('too-large', { what: 'xml-elements', limit: MAX_XML_ELEMENTS, actual: shape.elements });
  if (shape.nodes > MAX_XML_NODES) throw new UploadError('too-large', { what: 'xml-nodes', limit: MAX_XML_NODES, actual: shape.nodes });
  checkVertexCount(shape.positions);
  let doc: MinimalDoc;
  try {
    doc = p.parseFromString(text, 'text/xml') as MinimalDoc;
  } catch (e) {
    throw new UploadError('invalid-xml', { detail: e instanceof Error ? e.message.trim().slice(0, 200) : 'parse error' });
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
