/**
 * The style as the map is created: in the app's state (filters, hidden layers), without what it
 * never draws (readings), and without layers drawn for every feature only to stay transparent.
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import type { Dataset } from '../../src/data/contract';
import { labelPoints } from '../../src/geo/label-points';
import { HIGHLIGHT_SOURCE } from '../../src/map/highlight';
import { buildStyle } from '../../src/map/style';
import { layerStates } from '../../src/map/sync';
import { DEFAULT_FILTERS } from '../../src/state/url';
import { sampleDataset } from './sample-data';

const style = (states = layerStates(structuredClone(DEFAULT_FILTERS), null, [])) =>
  buildStyle({ dataset: sampleDataset, layerStates: states, districtLabels: labelPoints(sampleDataset.districts), lang: 'zh', scheme: 'light' });

const layer = (layers: LayerSpecification[], id: string) => layers.find((l) => l.id === id) as LayerSpecification & { filter?: unknown; layout?: { visibility?: string } };

describe('the map style', () => {
  it('is built in the app state: hidden layers and filters are in the style, so nothing changes once it loads', () => {
    const filters = { categories: ['priority' as const], district: '500101', classes: [1, 2] as (1 | 2)[] };
    const { layers } = style(layerStates(filters, '万州区', ['rivers']));
    expect(layer(layers, 'rivers-line').layout?.visibility).toBe('none');
    expect(layer(layers, 'river-labels').layout?.visibility).toBe('none');
    expect(layer(layers, 'units-fill').layout?.visibility).toBe('visible');
    expect(layer(layers, 'units-fill').filter).toEqual(['all', ['in', ['get', 'category'], ['literal', ['priority']]], ['==', ['get', 'adcode'], '500101']]);
    expect(layer(layers, 'sections-circle').filter).toEqual(['all', ['in', ['get', 'class'], ['literal', [1, 2]]], ['==', ['get', 'adcode'], '500101']]);
    // Yangtze points name their district instead of coding it.
    expect(layer(layers, 'points-circle').filter).toEqual(['all', ['in', ['get', 'class'], ['literal', [1, 2]]], ['==', ['get', 'district'], '万州区']]);
    // The river labels keep their own filter (no empty names).
    expect(layer(layers, 'river-labels').filter).toEqual(['!=', ['get', 'name'], '']);
  });

  it('places the dots\' collision footprints without drawing them (an icon layer at opacity 0 is skipped, shader and all)', () => {
    const { layers } = style();
    const footprints = layers.filter((l) => l.type === 'symbol' && (l.layout as { 'icon-image'?: unknown } | undefined)?.['icon-image'] === 'collision-box');
    expect(footprints.map((l) => l.id).sort()).toEqual(['points-collision', 'sections-collision']);
    for (const l of footprints) expect((l.paint as { 'icon-opacity'?: unknown })['icon-opacity']).toBe(0);
  });

  it('draws no feature twice for selection or hover: those come from a highlight source that starts empty', () => {
    const built = style();
    const text = JSON.stringify(built.layers);
    expect(text).not.toContain('feature-state');
    const highlight = built.sources[HIGHLIGHT_SOURCE] as { data: { features: unknown[] } };
    expect(highlight.data.features).toEqual([]);
    const sourcesDrawn = new Map<string, number>();
    for (const l of built.layers) if ('source' in l) sourcesDrawn.set(l.source as string, (sourcesDrawn.get(l.source as string) ?? 0) + 1);
    // units: the fill and, from zoom 8, the outline; nothing else reads the units source
    expect(sourcesDrawn.get('units')).toBe(2);
  });

  it('gives the map the monitoring points without their readings; the dataset keeps them', () => {
    const sections = (style().sources.sections as unknown as { data: Dataset['sections'] }).data;
    expect(sections.features).toHaveLength(sampleDataset.sections.features.length);
    expect(sections.features.every((f) => !('monthly' in f.properties))).toBe(true);
    expect(sections.features[0]!.properties.name).toBe(sampleDataset.sections.features[0]!.properties.name);
    expect(sampleDataset.sections.features[0]!.properties.monthly!.length).toBeGreaterThan(0);
  });

  it('over tiled units too, draws nothing by feature state: the units layers read the tiles, highlights their own source', () => {
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
    const built = buildStyle({ dataset: tiled, layerStates: layerStates(structuredClone(DEFAULT_FILTERS), null, []), districtLabels: labelPoints(tiled.districts), lang: 'zh', scheme: 'light' });
    expect(JSON.stringify(built.layers)).not.toContain('feature-state');
    const fromUnits = built.layers.filter((l) => 'source' in l && l.source === 'units').map((l) => [l.id, (l as { 'source-layer'?: string })['source-layer']]);
    expect(fromUnits).toEqual([
      ['units-fill', 'units'],
      ['units-outline', 'units'],
      ['unit-labels', 'unit-labels'],
    ]);
    expect(built.layers.filter((l) => 'source' in l && l.source === HIGHLIGHT_SOURCE).map((l) => l.id)).toEqual(['highlight-outline', 'highlight-ring']);
  });

  it('hands MapLibre the URL of a layer’s own bytes where the page kept them, the parsed layer otherwise', () => {
    const withBytes = { ...sampleDataset, layerBytes: { units: 'blob:http://x/units', districts: 'blob:http://x/districts' } };
    const { sources } = buildStyle({ dataset: withBytes, layerStates: layerStates(structuredClone(DEFAULT_FILTERS), null, []), districtLabels: labelPoints(withBytes.districts), lang: 'zh', scheme: 'light' });
    const data = (id: string) => (sources[id] as { data: unknown }).data;
    expect(data('units')).toBe('blob:http://x/units');
    expect(data('districts')).toBe('blob:http://x/districts');
    expect(data('rivers')).toBe(sampleDataset.rivers);
  });

  it('gives area sources a tile buffer of a few pixels, not the default 128 that drew most of the city twice', () => {
    const { sources } = style();
    for (const id of ['units', 'districts', 'context']) expect((sources[id] as { buffer?: number }).buffer).toBeLessThanOrEqual(16);
  });
});
