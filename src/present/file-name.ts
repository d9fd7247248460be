/** Download names of the report's exports. */
import type { SiteCheckResult } from '../geo/site-check';
import { plainNumber } from './number';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A download name such as `site-check-20240630-1405-108.3900E-30.8100N.csv`: local date and
 * time of `date`, then the site's centroid to 4 decimals. ASCII only, safe on every OS.
 */
export function reportFileName(result: SiteCheckResult, ext: string, date: Date): string {
  const stamp = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
  const [lon, lat] = result.site.centroid;
  const where = Number.isFinite(lon) && Number.isFinite(lat)
    ? `-${plainNumber(Math.abs(lon), 4)}${lon < 0 ? 'W' : 'E'}-${plainNumber(Math.abs(lat), 4)}${lat < 0 ? 'S' : 'N'}`
    : '';
  return `site-check-${stamp}${where}.${ext.replace(/^\./, '').replace(/[^A-Za-z0-9]/g, '')}`;
}
