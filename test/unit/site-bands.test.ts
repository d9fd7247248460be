/** The site's 1 km and 5 km bands: computed apart from the check, with a time limit of their own. */
import { describe, expect, it } from 'vitest';
import { createBandMaker } from '../../src/state/site-bands';
import { referenceAreaM2 } from './reference-area';

const parcel = { type: 'Polygon' as const, coordinates: [[[106.55, 29.55], [106.56, 29.55], [106.56, 29.56], [106.55, 29.56], [106.55, 29.55]]] };

describe('site bands', () => {
  it('in this thread (no Workers): a 1 km and a 5 km band, each larger than the site', async () => {
    const bands = await createBandMaker({ createWorker: null })(parcel);
    expect(bands.status).toBe('drawn');
    if (bands.status !== 'drawn') return;
    expect(bands.bands.map((b) => b.radiusM)).toEqual([1000, 5000]);
    const [one, five] = bands.bands.map((b) => referenceAreaM2(b.geometry));
    // a rectangle grown by r: A + perimeter·r + πr² (0.968 × 1.109 km: 1.07 + 4.15 + 3.14 km²)
    expect(one! / 1e6).toBeCloseTo(8.37, 1);
    expect(five!).toBeGreaterThan(one!);
  });

  it('a worker past the limit is replaced and the bands are "not drawn", saying for how long it tried', async () => {
    const made: { terminated: boolean }[] = [];
    class StalledWorker extends EventTarget {
      terminated = false;
      constructor() {
        super();
        made.push(this);
      }
      postMessage() {}
      terminate() {
        this.terminated = true;
      }
    }
    const make = createBandMaker({ timeLimitMs: 30, createWorker: () => new StalledWorker() as unknown as Worker });
    expect(await make(parcel)).toEqual({ status: 'not-drawn', reason: 'timeout', seconds: 0.03 });
    expect(made.map((w) => w.terminated)).toEqual([true]);
    void make(parcel);
    expect(made).toHaveLength(2);
  });
});
