/**
 * Source acquisition: the echarts@4.9.0 npm tarball (pinned by sha512) and the committed GMT
 * river dump. Nothing here touches the network unless the tarball is missing from the cache.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GEODATA_DIR = dirname(fileURLToPath(import.meta.url));
export const CACHE_DIR = join(GEODATA_DIR, 'cache');
export const SOURCES_DIR = join(GEODATA_DIR, 'sources');

export const ECHARTS = {
  spec: 'echarts@4.9.0',
  file: 'echarts-4.9.0.tgz',
  /** `npm view echarts@4.9.0 dist.integrity` */
  integrity:
    'sha512-+ugizgtJ+KmsJyyDPxaw2Br5FqzuBnyOWwcxPKO6y0gc5caYcfnEUIlNStx02necw8jmKmTafmpHhGo4XDtEIA==',
} as const;

function integrityOf(buf: Buffer): string {
  return 'sha512-' + createHash('sha512').update(buf).digest('base64');
}

/** The verified echarts tarball bytes; fetched with `npm pack` into geodata/cache/ if absent. */
export function echartsTarball(): Buffer {
  const path = join(CACHE_DIR, ECHARTS.file);
  if (!existsSync(path)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    execFileSync('npm', ['pack', ECHARTS.spec, '--pack-destination', CACHE_DIR, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const buf = readFileSync(path);
  const got = integrityOf(buf);
  if (got !== ECHARTS.integrity) {
    throw new Error(`${path}: integrity ${got} ≠ pinned ${ECHARTS.integrity}`);
  }
  return buf;
}

/** Minimal ustar reader: returns the wanted entries' contents by path. */
export function readTarEntries(tgz: Buffer, wanted: readonly string[]): Map<string, Buffer> {
  const tar = gunzipSync(tgz);
  const want = new Set(wanted);
  const out = new Map<string, Buffer>();
  const str = (o: number, n: number) => {
    const s = tar.subarray(o, o + n);
    const z = s.indexOf(0);
    return s.subarray(0, z === -1 ? n : z).toString('utf8');
  };
  let off = 0;
  while (off + 512 <= tar.length) {
    const name = str(off, 100);
    if (!name) break;
    const size = parseInt(str(off + 124, 12).trim() || '0', 8);
    const prefix = tar.subarray(off + 257, off + 263).toString('latin1').startsWith('ustar')
      ? str(off + 345, 155)
      : '';
    const full = prefix ? `${prefix}/${name}` : name;
    if (want.has(full)) out.set(full, Buffer.from(tar.subarray(off + 512, off + 512 + size)));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  for (const w of wanted) if (!out.has(w)) throw new Error(`${w} not in ${ECHARTS.file}`);
  return out;
}

export interface EchartsMap {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  features: EchartsFeature[];
}
export interface EchartsFeature {
  type: 'Feature';
  id?: string;
  properties: { name: string; cp?: [number, number]; childNum?: number };
  geometry:
    | { type: 'Polygon'; coordinates: unknown[]; encodeOffsets?: number[][] }
    | { type: 'MultiPolygon'; coordinates: unknown[][]; encodeOffsets?: number[][][] };
}

/** echarts province maps by file stem (chongqing, sichuan, hubei, guizhou, hunan, shanxi1). */
export function echartsProvinces(stems: readonly string[]): Map<string, EchartsMap> {
  const paths = stems.map((s) => `package/map/json/province/${s}.json`);
  const entries = readTarEntries(echartsTarball(), paths);
  return new Map(
    stems.map((s, i) => [s, JSON.parse(entries.get(paths[i]!)!.toString('utf8')) as EchartsMap]),
  );
}

/** Committed `gmt coast` output for river level 1..4. */
export function gmtRivers(level: number): string {
  return readFileSync(join(SOURCES_DIR, `gshhg-rivers-L${level}.txt`), 'utf8');
}
