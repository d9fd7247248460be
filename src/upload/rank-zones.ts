/** Ranking the 3° zones for Gauss–Krüger coordinates written without their zone number. */
import proj4 from 'proj4';
import { gaussKrugerId, gaussKrugerProj4, GK_ZONES } from '../geo/gauss-kruger';
import type { CrsId } from './crs';
import { CHONGQING_BBOX, distanceToBoxKm } from './region';

export interface CrsCandidate {
  crs: CrsId;
  /** Where the centre of the data lands under this CRS, WGS-84 [lon, lat]. */
  center: [number, number];
  /** True when that centre is inside the region of interest. */
  insideRegion: boolean;
  /** Great-circle distance (km, spherical, for ranking only) from the centre to the region box; 0 inside. */
  distanceKm: number;
}

/**
 * Every unprefixed CGCS2000 3° zone (other cities use this site too), most plausible first: the
 * zones that put the data's centre inside `region` (nearest the region's centre first), then by
 * distance from the region.
 */
export function rankPlainZones(
  centerE: number,
  centerN: number,
  region: readonly [number, number, number, number] = CHONGQING_BBOX,
): CrsCandidate[] {
  const rc: [number, number] = [(region[0] + region[2]) / 2, (region[1] + region[3]) / 2];
  const ranked = GK_ZONES.map((zone) => {
    const cm = zone * 3;
    const center = proj4(gaussKrugerProj4(cm, false), 'WGS84').forward([centerE, centerN]) as [number, number];
    const distanceKm = distanceToBoxKm(center[0], center[1], region);
    const toCenter = distanceToBoxKm(center[0], center[1], [rc[0], rc[1], rc[0], rc[1]]);
    return { crs: gaussKrugerId(cm, false), center, insideRegion: distanceKm === 0, distanceKm, toCenter };
  });
  ranked.sort((a, b) => a.distanceKm - b.distanceKm || a.toCenter - b.toCenter);
  return ranked.map(({ crs, center, insideRegion, distanceKm }) => ({ crs, center, insideRegion, distanceKm }));
}
