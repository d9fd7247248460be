/** Computes a site's 1 km and 5 km bands off the page's thread (site-bands.ts gives it a time limit). */
import { serveCalls } from '../data/worker-rpc';
import { unpackGeometry, type PackedGeometry } from '../geo/packed';
import { bandsOf, packBands, type PackedBands } from './site-bands';

serveCalls<PackedGeometry, PackedBands, string>(
  async (site) => packBands(await bandsOf(unpackGeometry(site))),
  (e) => (e instanceof Error ? e.message : String(e)),
  { transfer: (bands) => bands.map((b) => b.geometry.coords.buffer) },
);
