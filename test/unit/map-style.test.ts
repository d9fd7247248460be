/**
 * The style as the map is created: in the app's state (filters, hidden layers), without what it
 * never draws (readings), and, for tiled units, without layers that would be built for every
 * unit in a national view only to stay transparent.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/contract';
import { labelPoints } from '../../src/geo/label-points';
import { layerFilters } from '../../src/map/filters';
import { buildStyle, LAYERS } from '../../src/map/style';
import { applyVisibility, hiddenLayerIds } from '../../src/map/sync';
import { SELECTED_UNIT_SOURCE } from '../../src/map/tiled-units';
import { sampleDataset } from './sample-data';

const districtLabels = labelPoints(sampleDataset.districts);
const layer = (style: ReturnType<typeof buildStyle>, id: string) => style.layers.find((l) => l.id === id)!;

describe('the style the map starts with', () => {
  it('carries the link’s filters and hidden layers, so the first sync changes nothing', () => {
    const filters = { categories: ['key' as const], classes: [1, 2] as (1 | 2)[], district: '500101' };
    const style = buildStyle({
      dataset: sampleDataset,
      districtLabels,
      lang: 'zh',
      scheme: 'light',
      filters: layerFilters(filters, '万州区'),
      hidden: hiddenLayerIds(['sections']),
    });
    // written out by hand: what the map must draw for "key units and class Ⅰ–Ⅱ sections in 500101"
    const units = ['all', ['in', ['get', 'category'], ['literal', ['key']]], ['==', ['get', 'adcode'], '500101']];
    expect((layer(style, LAYERS.unitsFill) as { filter?: unknown }).filter).toEqual(units);
    expect((layer(style, LAYERS.unitsSelected) as { filter?: unknown }).filter).toEqual(units);
    expect((layer(style, LAYERS.points) as { filter?: unknown }).filter).toEqual(['all', ['in', ['get', 'class'], ['literal', [1, 2]]], ['==', ['get', 'district'], '万州区']]);
    expect((layer(style, 'background') as { filter?: unknown }).filter).toBeUndefined();
    for (const id of [LAYERS.sections, LAYERS.sectionsSelected, LAYERS.sectionLabels]) expect(layer(style, id).layout?.visibility).toBe('none');
    expect(layer(style, LAYERS.unitsFill).layout?.visibility).toBeUndefined();
  });

  it('sets a layer’s visibility only when it changes (a style leaves visible layers unset)', () => {
    const style = buildStyle({ dataset: sampleDataset, districtLabels, lang: 'zh', scheme: 'light', hidden: hiddenLayerIds(['rivers']) });
    const calls: string[] = [];
    const map = {
      getLayoutProperty: (id: string) => layer(style, id).layout?.visibility,
      setLayoutProperty: (id: string, _name: string, value: string) => calls.push(`${id}=${value}`),
    } as unknown as MapLibreMap;
    applyVisibility(map, ['rivers']);
    expect(calls).toEqual([]);
    applyVisibility(map, ['sections']);
    expect(calls.sort()).toEqual([
      'rivers-line=visible',
      'river-labels=visible',
      'section-labels=none',
      'sections-circle=none',
      'sections-selected=none',
    ].sort());
  });

  it('gives the map the monitoring points without their readings; the dataset keeps them', () => {
    const style = buildStyle({ dataset: sampleDataset, districtLabels, lang: 'zh', scheme: 'light' });
    const sections = (style.sources.sections as unknown as { data: Dataset['sections'] }).data;
    expect(sections.features).toHaveLength(sampleDataset.sections.features.length);
    expect(sections.features.every((f) => !('monthly' in f.properties))).toBe(true);
    expect(sections.features[0]!.properties.name).toBe(sampleDataset.sections.features[0]!.properties.name);
    expect(sampleDataset.sections.features[0]!.properties.monthly.length).toBeGreaterThan(0);
  });

  it('selection rings draw nothing around points that are not selected', () => {
    const style = buildStyle({ dataset: sampleDataset, districtLabels, lang: 'zh', scheme: 'light' });
    for (const id of [LAYERS.sectionsSelected, LAYERS.pointsSelected]) {
      const radius = JSON.stringify((layer(style, id).paint as Record<string, unknown>)['circle-radius']);
      // each stop is "the ring's radius when selected, else 0"
      expect(radius).toMatch(/^\["interpolate",\["linear"\],\["zoom"\],6,\["case",\["boolean",\["feature-state","selected"\],false\],\d+,0\],12,\["case",.*,\d+,0\]\]$/);
    }
  });
});

describe('the style over tiled units', () => {
  const tiled: Dataset = {
    ...sampleDataset,
    units: { type: 'FeatureCollection', features: [] },
    tiledUnits: {
      tiles: 'http://x/data/units.pmtiles',
      index: 'http://x/data/units.index.bin.gz',
      store: 'http://x/data/units.store.bin',
      tileZooms: { minzoom: 2, maxzoom: 9, labelMinzoom: 8 },
      summary: { count: 0, byCategory: { priority: { count: 0, areaKm2: 0 }, key: { count: 0, areaKm2: 0 }, general: { count: 0, areaKm2: 0 } } },
    },
  };
  const style = buildStyle({ dataset: tiled, districtLabels, lang: 'zh', scheme: 'light' });

  it('draws no unit outline from the tiles below the zoom where unit outlines start', () => {
    const outlineFrom = layer(style, LAYERS.unitsOutline).minzoom ?? 0;
    expect(outlineFrom).toBeGreaterThan(0);
    const tiledLines = style.layers.filter((l) => 'source' in l && l.source === 'units' && l.type === 'line');
    expect(tiledLines.map((l) => l.id).sort()).toEqual([LAYERS.unitsHover, LAYERS.unitsOutline].sort());
    for (const l of tiledLines) expect(l.minzoom ?? 0).toBeGreaterThanOrEqual(outlineFrom);
  });

  it('outlines the selected unit from its own source, drawn opaque', () => {
    const selected = layer(style, LAYERS.unitsSelected) as { source: string; paint: Record<string, unknown> };
    expect(selected.source).toBe(SELECTED_UNIT_SOURCE);
    expect(selected.paint['line-opacity']).toBe(1);
    expect(style.sources[SELECTED_UNIT_SOURCE]).toEqual({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  });
});
