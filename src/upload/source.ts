/** What each format reader produces: features with raw (untransformed) coordinates. */
import type { CrsId } from './crs';
import type { GeometryFixes } from './geometry';
import type { UploadFeature, UploadWarning } from './types';

export interface RawSource {
  /** Features with validated geometry, coordinates as written in the file. */
  features: UploadFeature[];
  /** Shapefile .prj WKT. */
  prj?: string;
  /** CRS declared inside the file (legacy GeoJSON `crs`). */
  declared?: CrsId;
  /** The format mandates WGS-84 (KML, GPX). */
  geographicByDefault?: boolean;
}

export interface ReadContext {
  maxFeatures: number;
  maxUnzipped: number;
  warnings: UploadWarning[];
  /** Counts dropped null geometries, closed rings and dropped slivers across the upload. */
  fixes: GeometryFixes & { nullGeometries: number };
}
