/**
 * Types shared by the upload parsers, the worker and its client. Type-only: importing this file
 * pulls in no code.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PackedGeometry } from '../geo/packed';
import type { CrsId } from './crs';
import type { CrsHow } from './detect-crs';
import type { ChoiceAnalysis, DefaultChoice, FeatureRow } from './feature-choice';
import type { CrsCandidate } from './rank-zones';

export type SourceFormat = 'geojson' | 'kml' | 'kmz' | 'gpx' | 'tcx' | 'csv' | 'shapefile';

/** An uploaded file: its name (for the extension) and its bytes. */
export interface UploadFile {
  name: string;
  bytes: ArrayBuffer;
}

/** Anything that parses XML text into a DOM Document (the browser's DOMParser, or @xmldom/xmldom). */
export interface XmlParser {
  parseFromString(text: string, mimeType: 'text/xml'): unknown;
}

export interface ParseOptions {
  /** The user's CRS; overrides every detection. `GCJ-02` is only ever set this way. */
  crs?: CrsId;
  /** Force the northing-first axis swap on (true) or off (false); default: detect. */
  swapXY?: boolean;
  /** CSV: close the rows (in file order, grouped by a `ring`-like column if any) into polygons. */
  csvPolygon?: boolean;
  /** Largest accepted upload in bytes (default 20 MB). Also bounds unzipped sizes (× 10). */
  maxBytes?: number;
  /** Largest accepted number of features (default 5,000). */
  maxFeatures?: number;
  /** XML parser for KML/GPX. Default: `globalThis.DOMParser` (absent in Web Workers and Node). */
  xmlParser?: XmlParser;
  /** Region used to rank ambiguous CRS candidates; default Chongqing's bbox. */
  region?: readonly [number, number, number, number];
}

/** Options that can cross a worker boundary (functions and parsers cannot). */
export type WorkerParseOptions = Omit<ParseOptions, 'xmlParser'>;

export type UploadWarningCode =
  /** Text/attributes were not valid UTF-8 and were decoded as GB18030 (superset of GBK). */
  | 'encoding-fallback'
  /** The `.cpg` names an encoding we do not know; auto-detection was used. params: cpg */
  | 'cpg-unknown'
  /** The `.prj` was not a CRS we recognize by name; proj4 read it. params: name */
  | 'prj-via-proj4'
  /** The `.prj` could not be read at all and was ignored. params: name */
  | 'prj-ignored'
  /** A legacy GeoJSON `crs` member named a CRS we do not support; it was ignored. params: name */
  | 'declared-crs-ignored'
  /** x/y were written northing-first and have been swapped. */
  | 'axes-swapped'
  /** Features without geometry were dropped. params: count */
  | 'null-geometry-skipped'
  /** Unclosed polygon rings were closed. params: count */
  | 'ring-closed'
  /** CSV rows without usable coordinates were skipped. params: count, firstRow */
  | 'csv-rows-skipped'
  /** A zip held several shapefile layers; all were merged. params: layers */
  | 'multiple-layers'
  /** A shapefile layer had no .dbf (no attributes). params: layer */
  | 'missing-dbf'
  /** The result's centre lies far from the region of interest (a wrong CRS?). params: distanceKm */
  | 'outside-region'
  /** Zero-area rings were dropped (an outer one with its polygon). params: count, features (1-based list) */
  | 'sliver-dropped'
  /** The .dbf header claimed more records than its bytes or the geometries hold. params: layer, declared, kept */
  | 'dbf-records-clamped'
  /** The .prj or declared CRS contradicts the numbers (degrees vs. metres); the numbers won. params: declared, used */
  | 'declared-crs-overruled';

export interface UploadWarning {
  code: UploadWarningCode;
  params: Record<string, string | number>;
}

export interface CrsReport {
  crs: CrsId | 'proj4-wkt';
  how: CrsHow;
  swapped: boolean;
}

/** Properties are kept as plain data (strings, numbers, booleans, null, nested JSON): never HTML. */
export type UploadFeatureCollection = FeatureCollection<Geometry, Record<string, unknown>>;
export type UploadFeature = Feature<Geometry, Record<string, unknown>>;

export interface ParsedOk {
  status: 'ok';
  sourceFormat: SourceFormat;
  /** WGS-84 longitude/latitude. */
  features: UploadFeatureCollection;
  detected: CrsReport;
  warnings: UploadWarning[];
}

/** The CRS could not be decided: ask the user, then parse again with `options.crs`. */
export interface ParsedAmbiguous {
  status: 'ambiguous';
  sourceFormat: SourceFormat;
  /** Ranked, best first. */
  candidates: CrsCandidate[];
  swapped: boolean;
  featureCount: number;
  warnings: UploadWarning[];
}

export type ParsedUpload = ParsedOk | ParsedAmbiguous;

/**
 * What the page is sent of a file read in the upload worker: the rows its dialog lists and the
 * first choice, never the features themselves, which stay in the worker for the choice's later
 * questions (`UploadReader.analyse`, `.site`).
 */
export interface UploadListing {
  status: 'ok';
  sourceFormat: SourceFormat;
  detected: CrsReport;
  warnings: UploadWarning[];
  /** One per feature, in file order. */
  rows: FeatureRow[];
  /** What starts checked, and the places the whole file spans. */
  first: DefaultChoice;
  /** What the first choice makes. */
  analysis: ChoiceAnalysis;
  /** A file of one feature in one place is not listed: its site, made at once from that feature. */
  site?: UploadSite;
}

/** The site of the chosen features (`geo/upload-site`), packed for the trip to the page, and what the choice made. */
export interface UploadSite {
  geometry: PackedGeometry;
  used: 'areas' | 'lines' | 'points';
  counts: { areas: number; lines: number; points: number };
  /** The features it was made of (0-based, ascending) and what they make as a choice. */
  chosen: number[];
  analysis: ChoiceAnalysis;
}

export type UploadReading = UploadListing | ParsedAmbiguous;
