import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSiteCheckContext, siteCheck } from '../../src/geo/site-check';
import { framedBounds, overlayFeatures, overlayModel, type OverlayInput } from '../../src/map/overlay-model';
import type { LonLat } from '../../src/geo/types';
import type { SiteCheckResult } from '../../src/geo/site-check';

const read = (f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8'));
const context = buildSiteCheckContext({
  units: read('units.geojson'),
  districts: read('districts.geojson'),
  rivers: read('rivers.geojson'),
  sections: read('sections.geojson'),
});
const base: OverlayInput = {
  site: null,
  buffers: [],
  result: null,
  tool: 'none',
  draft: [],
  cursor: null,
  measured: null,
  formatDistance: (m) => `${Math.round(m)} m`,
};

describe('planner overlay model', () => {
  it('is empty when nothing is drawn or checked', () => {
    expect(overlayFeatures(overlayModel(base)).features).toEqual([]);
  });

  it('draws buffers under the site, a labelled line to the nearest priority unit and rivers within 5 km', () => {
    const site = { type: 'Point' as const, coordinates: [108.38, 30.8] };
    const result = siteCheck(context, site);
    const model = overlayModel({
      ...base,
      site,
      result,
      buffers: [
        { radiusM: 1000, geometry: { type: 'Point', coordinates: [0, 0] } },
        { radiusM: 5000, geometry: { type: 'Point', coordinates: [0, 0] } },
      ],
    });
    expect(model.areas.map((a) => [a.properties.role, a.properties.radiusM])).toEqual([
      ['buffer', 5000],
      ['buffer', 1000],
      ['site', undefined],
    ]);
    const nearest = model.lines.filter((l) => l.kind === 'nearest-priority');
    expect(nearest).toHaveLength(result.nearestPriority!.inside ? 0 : 1);
    const riversWithin5km = result.rivers.filter((r) => r.within5km && r.distanceM > 0).length;
    expect(model.lines.filter((l) => l.kind === 'river')).toHaveLength(riversWithin5km);
    expect(model.labels).toHaveLength(nearest.length + riversWithin5km);
    expect(model.points.filter((p) => p.kind === 'section')).toHaveLength(result.sections.length);

    // One map source: each feature says what it is; labels keep their text and their rank.
    const features = overlayFeatures(model).features;
    const kinds = features.map((f) => f.properties.kind);
    expect(kinds.slice(0, 3)).toEqual(['buffer', 'buffer', 'site']);
    const labels = features.filter((f) => f.properties.kind === 'label');
    expect(labels.map((f) => [f.properties.text, f.properties.index, f.geometry])).toEqual(
      model.labels.map((l, i) => [l.text, i, { type: 'Point', coordinates: l.position }]),
    );
    expect(features.filter((f) => f.properties.kind === 'river').map((f) => f.geometry.type)).toEqual(
      model.lines.filter((l) => l.kind === 'river').map(() => 'LineString'),
    );
  });

  it('closes the rubber band of an area being drawn, but not of a line', () => {
    const draft: LonLat[] = [[106.5, 29.5], [106.6, 29.5]];
    const cursor: LonLat = [106.6, 29.6];
    const area = overlayModel({ ...base, tool: 'polygon', draft, cursor });
    expect(area.lines).toEqual([{ kind: 'draft', path: [...draft, cursor, draft[0]] }]);
    const line = overlayModel({ ...base, tool: 'line', draft, cursor });
    expect(line.lines).toEqual([{ kind: 'draft', path: [...draft, cursor] }]);
    expect(line.points).toHaveLength(2);
  });

  it('keeps a finished measurement on the map, with the closing edge of its area', () => {
    const measured: LonLat[] = [[106.5, 29.5], [106.6, 29.5], [106.6, 29.6]];
    const model = overlayModel({ ...base, measured });
    expect(model.lines).toEqual([
      { kind: 'measure', path: measured },
      { kind: 'measure', path: [[106.6, 29.6], [106.5, 29.5]] },
    ]);
    const twoPoints = overlayModel({ ...base, measured: measured.slice(0, 2) });
    expect(twoPoints.lines).toEqual([{ kind: 'measure', path: measured.slice(0, 2) }]);
  });

  it('frames the site with the lines it draws within 5 km, not with farther targets', () => {
    const result = {
      site: { bbox: [108.0, 30.0, 108.01, 30.01] },
      nearestPriority: { distanceM: 13000, inside: false, from: [108.0, 30.01], to: [108.0, 30.13] },
      rivers: [
        { distanceM: 1800, from: [108.01, 30.0], to: [108.03, 29.99] },
        { distanceM: 190000, from: [108.0, 30.0], to: [106.5, 29.6] },
      ],
    } as unknown as SiteCheckResult;
    expect(framedBounds(result)).toEqual([108.0, 29.99, 108.03, 30.01]);
    const near = { ...result, nearestPriority: { ...result.nearestPriority!, distanceM: 4000, to: [107.98, 30.04] } } as SiteCheckResult;
    expect(framedBounds(near)).toEqual([107.98, 29.99, 108.03, 30.04]);
    const inside = { ...near, nearestPriority: { ...near.nearestPriority!, inside: true, distanceM: 0 } } as SiteCheckResult;
    expect(framedBounds(inside)).toEqual([108.0, 29.99, 108.03, 30.01]);
  });
});
