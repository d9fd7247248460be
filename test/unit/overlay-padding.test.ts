import { describe, expect, it } from 'vitest';
import { overlayPadding } from '../../src/map/overlay-padding';

const map = { left: 300, top: 80, right: 1280, bottom: 800 };

describe('overlayPadding', () => {
  it('a toolbar column at the top left pads the left side by its right edge plus the margin', () => {
    // Toolbar 10 px from the map's corner, 120 px wide and 180 px tall.
    const toolbar = { left: 310, top: 90, right: 430, bottom: 270 };
    expect(overlayPadding(map, [toolbar], 24)).toEqual({ top: 24, right: 24, bottom: 24, left: 130 + 24 });
  });

  it('a toolbar row on a phone pads the top; a hint bar at the bottom pads the bottom', () => {
    const phoneMap = { left: 0, top: 110, right: 390, bottom: 500 };
    const row = { left: 10, top: 120, right: 186, bottom: 164 };
    const hint = { left: 20, top: 440, right: 370, bottom: 490 };
    expect(overlayPadding(phoneMap, [row, hint], 16)).toEqual({ top: 54 + 16, right: 16, bottom: 60 + 16, left: 16 });
  });

  it('ignores overlays outside the map and never pads away more than 80 % of a side', () => {
    const outside = { left: 0, top: 0, right: 290, bottom: 800 };
    expect(overlayPadding(map, [outside], 10)).toEqual({ top: 10, right: 10, bottom: 10, left: 10 });
    const small = { left: 0, top: 0, right: 100, bottom: 100 };
    const pad = overlayPadding(small, [{ left: 0, top: 0, right: 60, bottom: 90 }, { left: 40, top: 0, right: 100, bottom: 95 }], 10);
    expect(pad.left + pad.right).toBeCloseTo(80, 9);
  });
});
