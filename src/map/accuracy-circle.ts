/**
 * A located position's accuracy circle, loaded with the first one (only "my location" has an
 * accuracy). turf's circle is spherical: well within a pixel for a GPS accuracy radius.
 */
import { circle } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';

export const accuracyCircle = (lonLat: [number, number], radiusM: number): Feature<Polygon> =>
  circle(lonLat, radiusM / 1000, { steps: 64, units: 'kilometers' });
