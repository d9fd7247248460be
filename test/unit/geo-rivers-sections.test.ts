import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Rivers, Sections, Units } from '../../src/data/contract';
import {
  buildRiverIndex,
  buildSectionIndex,
  buildSiteCheckContext,
  chainage,
  distance,
  nearestSections,
  riverDistance,
  riversNear,
  siteCheck,
  type LonLat,
} from '../../src/geo/index';
import { fixture } from '../fixtures/geo/load';

const rivers = fixture<Rivers>('rivers-small.geojson');
const sections = fixture<Sections>('sections-small.geojson');
const ri = buildRiverIndex(rivers);
const si = buildSectionIndex(sections);
const siteFc = fixture<
  FeatureCollection<Point, { expected_changjiang_m: number; expected_relations: Record<string, string> }>
>('river-site.geojson');
const site = siteFc.features[0] as Feature<Point, { expected_changjiang_m: number; expected_relations: Record<string, string> }>;

describe('river assembly and downstream rule', () => {
  it('长江: parts joined, flows east (downstream = eastern end)', () => {
    const cj = ri.rivers[ri.byName.get('长江') ?? -1];
    expect(cj?.orientation).toBe('east-end');
    expect(cj?.path[0]).toEqual([106.0, 29.0]);
    expect(cj?.path[cj.path.length - 1]).toEqual([106.6, 29.0]);
    expect(cj?.path).toHaveLength(4); // shared joint vertex (106.3, 29) not duplicated
    const len = cj?.lengthM ?? 0;
    expect(len).toBeCloseTo(distance([106, 29], [106.3, 29]) + distance([106.3, 29], [106.45, 29]) + distance([106.45, 29], [106.6, 29]), 6);
  });

  it('嘉陵江: downstream = end nearest the 长江 (data stored confluence-first is flipped)', () => {
    const jl = ri.rivers[ri.byName.get('嘉陵江') ?? -1];
    expect(jl?.orientation).toBe('nearest-to-receiving');
    expect(jl?.path[jl.path.length - 1]).toEqual([106.3, 29.0]);
  });

  it('chainage increases downstream', () => {
    const a = chainage(ri, '长江', [106.1, 29.01]);
    const b = chainage(ri, '长江', [106.5, 29.01]);
    expect((b?.chainageM ?? 0) - (a?.chainageM ?? 0)).toBeGreaterThan(38000);
    expect(a?.offsetM).toBeGreaterThan(1100);
    expect(chainage(ri, '黄河', [106, 29])).toBeNull();
  });
});

describe('river distance and bands', () => {
  it('distance to 长江 equals the meridian arc to the joint vertex (independent Simpson value)', () => {
    const r = riverDistance(ri, site, '长江');
    expect(Math.abs((r?.distanceM ?? NaN) - site.properties.expected_changjiang_m)).toBeLessThan(0.01);
    expect(r?.within1km).toBe(false);
    expect(r?.within5km).toBe(true);
  });

  it('site on the 嘉陵江 line: 0 and inside both bands; missing 乌江 is skipped', () => {
    const all = riversNear(ri, site);
    expect(all.map((r) => r.name)).toEqual(['长江', '嘉陵江']);
    expect(all[1]?.distanceM).toBeLessThan(1e-6);
    expect(all[1]?.within1km).toBe(true);
  });

  it('a line crossing the river has distance 0 at the crossing', () => {
    const r = riverDistance(ri, { type: 'LineString', coordinates: [[106.2, 28.9], [106.2, 29.1]] }, '长江');
    expect(r?.distanceM).toBe(0);
    expect(r?.to[0]).toBeCloseTo(106.2, 9);
    expect(r?.to[1]).toBeCloseTo(29.0, 9);
  });

  it('a polygon containing part of the river has distance 0', () => {
    const r = riverDistance(
      ri,
      { type: 'Polygon', coordinates: [[[106.1, 28.9], [106.2, 28.9], [106.2, 29.1], [106.1, 29.1], [106.1, 28.9]]] },
      '长江',
    );
    expect(r?.distanceM).toBe(0);
  });
});

describe('nearest sections with upstream/downstream', () => {
  it('sorted by geodesic distance, k and radius respected, relations by chainage', () => {
    const hits = nearestSections(si, site, { rivers: ri, k: 5, maxDistanceM: 40000 });
    expect(hits.map((h) => h.id)).toEqual(['S1', 'S2', 'S3']);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.distanceM).toBeGreaterThanOrEqual(hits[i - 1]!.distanceM);
    for (const h of hits) {
      expect(h.distanceM).toBeCloseTo(distance(site.geometry.coordinates as LonLat, h.position), 6);
      expect(h.relation).toBe(site.properties.expected_relations[h.id]);
    }
    expect(hits.find((h) => h.id === 'S1')?.alongRiverM).toBeLessThan(0);
    expect(hits.find((h) => h.id === 'S2')?.alongRiverM).toBeGreaterThan(0);
  });

  it('returns at least the nearest section even beyond the radius', () => {
    const hits = nearestSections(si, { type: 'Point', coordinates: [108.5, 30.5] }, { maxDistanceM: 1000 });
    expect(hits.map((h) => h.id)).toEqual(['S4']);
    expect(hits[0]?.relation).toBeUndefined();
  });

  it('area site containing a section: distance 0', () => {
    const hits = nearestSections(si, {
      type: 'Polygon',
      coordinates: [[[106.09, 29.0], [106.11, 29.0], [106.11, 29.01], [106.09, 29.01], [106.09, 29.0]]],
    });
    expect(hits[0]?.id).toBe('S1');
    expect(hits[0]?.distanceM).toBe(0);
  });

  it('siteCheck reports rivers and sections', () => {
    const units = fixture<Units>('units-small.geojson');
    const ctx = buildSiteCheckContext({ units, rivers, sections });
    const r = siteCheck(ctx, { type: 'Point', coordinates: [106.15, 29.03] });
    expect(r.rivers.map((x) => x.name)).toEqual(['长江', '嘉陵江']);
    expect(r.rivers[0]?.within5km).toBe(true);
    expect(r.sections.length).toBeGreaterThanOrEqual(1);
    expect(r.verdict.reasons).toContainEqual(expect.objectContaining({ kind: 'within-5km-river', river: '长江' }));
  });
});
