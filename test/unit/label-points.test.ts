import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, centerOfMass } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoints } from '../../src/geo/label-points';

const districts = JSON.parse(readFileSync(join(__dirname, '../../public/data/districts.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;

describe('label points', () => {
  it('is turf’s centre of mass for every district whose centre lies inside it, and on the district otherwise', () => {
    const points = labelPoints(districts);
    let centred = 0;
    districts.features.forEach((d, i) => {
      const p = points.features[i]!.geometry.coordinates;
      expect(points.features[i]!.properties.name).toBe(d.properties.name);
      expect(booleanPointInPolygon(p, d), d.properties.name).toBe(true);
      const reference = centerOfMass(d.geometry).geometry.coordinates;
      if (booleanPointInPolygon(reference, d)) {
        centred++;
        expect(p[0]!, d.properties.name).toBeCloseTo(reference[0]!, 9);
        expect(p[1]!, d.properties.name).toBeCloseTo(reference[1]!, 9);
      }
    });
    expect(centred).toBeGreaterThan(30);
  });

  it('takes the largest part of a MultiPolygon', () => {
    const square = (x: number, y: number, s: number) => [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]];
    const fc: FeatureCollection<MultiPolygon, null> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: null, geometry: { type: 'MultiPolygon', coordinates: [square(0, 0, 1), square(10, 10, 2)] } }],
    };
    expect(labelPoints(fc).features[0]!.geometry.coordinates).toEqual([11, 11]);
  });
});
