/**
 * A PNG of the map for the printed report, planner overlay included (its layers are the map's
 * own). The map is briefly drawn at a fixed, page-shaped size, so the picture does
 * not depend on how narrow the window is, then given back its own size and view. Read inside a
 * render event, so WebGL's buffer has not been cleared yet and the map needs no
 * preserveDrawingBuffer (which would slow every frame).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export async function snapshotMap(
  map: MapLibreMap,
  bounds: [number, number, number, number],
  size: { width: number; height: number } = { width: 960, height: 600 },
): Promise<string> {
  const container = map.getContainer();
  const before = { center: map.getCenter(), zoom: map.getZoom(), style: container.style.cssText };
  container.style.width = `${size.width}px`;
  container.style.height = `${size.height}px`;
  container.style.right = 'auto';
  container.style.bottom = 'auto';
  map.resize();
  map.fitBounds(bounds, { padding: 40, animate: false, maxZoom: 15 });
  await new Promise<void>((done) => map.once('idle', () => done()));
  const png = await new Promise<string>((done) => {
    map.once('render', () => done(map.getCanvas().toDataURL('image/png')));
    map.triggerRepaint();
  });
  container.style.cssText = before.style;
  map.resize();
  map.jumpTo({ center: before.center, zoom: before.zoom });
  return png;
}
