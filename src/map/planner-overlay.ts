/**
 * deck.gl glue for the planner overlay, loaded with import() the first time a planner tool is
 * used, so the explorer's first load does not carry deck.gl. Interleaved: deck draws into
 * MapLibre's own canvas, so a map snapshot for the report includes the overlay.
 */
import { GeoJsonLayer, PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LineKind, OverlayLabel, OverlayLine, OverlayModel } from './overlay-model';

type RGBA = [number, number, number, number];
const SITE: RGBA = [91, 33, 182, 255];
const LINE_COLORS: Record<LineKind, RGBA> = {
  'nearest-priority': [200, 30, 30, 255],
  river: [20, 110, 190, 255],
  draft: [91, 33, 182, 255],
  measure: [230, 120, 0, 255],
};

function layers(model: OverlayModel) {
  return [
    new GeoJsonLayer({
      id: 'planner-areas',
      data: model.areas,
      stroked: true,
      filled: true,
      pointType: 'circle',
      getFillColor: (f) => (f.properties.role === 'site' ? [139, 92, 246, 70] : [139, 92, 246, 18]),
      getLineColor: (f) => (f.properties.role === 'site' ? SITE : [91, 33, 182, 140]),
      getLineWidth: (f) => (f.properties.role === 'site' ? 3 : 1.5),
      lineWidthUnits: 'pixels',
      getPointRadius: 7,
      pointRadiusUnits: 'pixels',
    }),
    new PathLayer<OverlayLine>({
      id: 'planner-lines',
      data: model.lines,
      getPath: (l) => l.path,
      getColor: (l) => LINE_COLORS[l.kind],
      getWidth: (l) => (l.kind === 'river' ? 2 : 3),
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
    }),
    new ScatterplotLayer<OverlayModel['points'][number]>({
      id: 'planner-points',
      data: model.points,
      getPosition: (p) => p.position,
      getRadius: (p) => (p.kind === 'section' ? 11 : 4),
      radiusUnits: 'pixels',
      stroked: true,
      filled: true,
      getFillColor: (p) => (p.kind === 'section' ? [0, 0, 0, 0] : [255, 255, 255, 255]),
      getLineColor: (p) => (p.kind === 'section' ? [20, 110, 190, 255] : SITE),
      lineWidthUnits: 'pixels',
      getLineWidth: 2,
    }),
    new TextLayer<OverlayLabel>({
      id: 'planner-labels',
      data: model.labels,
      getPosition: (l) => l.position,
      getText: (l) => l.text,
      getSize: 13,
      getColor: [29, 43, 54, 255],
      background: true,
      getBackgroundColor: [255, 255, 255, 230],
      backgroundPadding: [4, 2],
      fontFamily: 'system-ui, sans-serif',
    }),
  ];
}

export interface PlannerOverlay {
  update(model: OverlayModel): void;
  destroy(): void;
}

export function createPlannerOverlay(map: MapLibreMap, initial: OverlayModel): PlannerOverlay {
  let latest = initial;
  const overlay = new MapLibreOverlay({
    interleaved: true,
    layers: layers(initial),
    // The map view owns the cursor (a crosshair while drawing); deck.gl would set its own "grab".
    getCursor: () => map.getCanvas().style.cursor,
    // deck attaches to MapLibre's WebGL context asynchronously; until it has, nothing it is given
    // gets drawn, and an idle map draws no further frame by itself. Draw once it is ready.
    onLoad: () => {
      overlay.setProps({ layers: layers(latest) });
      map.triggerRepaint();
    },
  });
  map.addControl(overlay);
  return {
    update: (model) => {
      latest = model;
      overlay.setProps({ layers: layers(model) });
      map.triggerRepaint();
    },
    destroy: () => {
      map.removeControl(overlay);
    },
  };
}
