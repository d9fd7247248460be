/**
 * Padding for fitBounds that keeps a framed feature clear of the controls floating over the map
 * (planner toolbar, drawing hint, filter chip, zoom buttons). Each control gives up the strip
 * along the map edge it is nearest to: a toolbar column on the left costs its right edge, the
 * same toolbar as a row on a phone costs its bottom edge. Pure: rectangles in, padding out.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** `map` and `overlays` in the same (page) coordinates; `margin` px is kept on every side. */
export function overlayPadding(map: Rect, overlays: readonly Rect[], margin: number): Padding {
  const pad: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const o of overlays) {
    if (o.right <= map.left || o.left >= map.right || o.bottom <= map.top || o.top >= map.bottom) continue;
    const cost: Padding = {
      left: o.right - map.left,
      right: map.right - o.left,
      top: o.bottom - map.top,
      bottom: map.bottom - o.top,
    };
    const side = (Object.keys(cost) as (keyof Padding)[]).reduce((a, b) => (cost[b] < cost[a] ? b : a));
    pad[side] = Math.max(pad[side], cost[side] + margin);
  }
  // Never pad away more than most of the map: a tiny map still shows the feature.
  const fit = (a: keyof Padding, b: keyof Padding, size: number) => {
    const scale = Math.min(1, (size * 0.8) / (pad[a] + pad[b]));
    pad[a] *= scale;
    pad[b] *= scale;
  };
  fit('left', 'right', width);
  fit('top', 'bottom', height);
  return pad;
}
