/**
 * A PNG of the map as it is drawn now, deck.gl overlay included (it draws interleaved into the
 * same canvas). Read inside a render event, so WebGL's buffer has not been cleared yet and the
 * map needs no preserveDrawingBuffer (which would slow every frame).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export async function snapshotMap(map: MapLibreMap, bounds?: [number, number, number, number]): Promise<string> {
  const before = { center: map.getCenter(), zoom: map.getZoom() };
  if (bounds) {
    map.fitBounds(bounds, { padding: 40, animate: false, maxZoom: 15 });
    await new Promise<void>((done) => map.once('idle', () => done()));
  }
  const png = await new Promise<string>((done) => {
    map.once('render', () => done(map.getCanvas().toDataURL('image/png')));
    map.triggerRepaint();
  });
  // The picture is framed on the site; the user's own view comes back.
  if (bounds) map.jumpTo(before);
  return png;
}
