/**
 * One label anchor per polygon feature: the centre of mass when it lies inside the shape, else a
 * point guaranteed to be on it (concave districts such as 渝中's peninsula neighbours).
 */
import { booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export function labelPoints<P>(
  polygons: FeatureCollection<Polygon | MultiPolygon, P>,
): FeatureCollection<Point, P> {
  const features = polygons.features.map((feature): Feature<Point, P> => {
    const shape = feature.geometry;
    let anchor = centerOfMass(shape);
    if (!booleanPointInPolygon(anchor, shape)) anchor = pointOnFeature(shape);
    return { type: 'Feature', geometry: anchor.geometry, properties: feature.properties };
  });
  return { type: 'FeatureCollection', features };
}
