import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { detectCrs } from '../../src/upload/detect-crs';
import { tmForward } from './reference/kruger';
import { parseUpload, UploadError, type ParseOptions } from '../../src/upload/index';
import { loadFixture } from '../fixtures/upload/load';
import { mulberry32 as prng } from '../../geodata/prng';

const xml = { xmlParser: new DOMParser({ onError: () => {} }) as unknown as NonNullable<ParseOptions['xmlParser']> };

describe('hostile input fuzz (seeded)', () => {
  const fixtures = ['project-epsg4545-gbk.zip', 'project-wgs84.geojson', 'project-epsg4524-swapped.csv', 'project.kml', 'project.gpx'];
  test.each(fixtures)('%s: 200 random mutations either parse or throw an UploadError — nothing else', async (name) => {
    const rand = prng(0x5eed ^ name.length);
    const original = new Uint8Array(loadFixture(name).bytes);
    const others: string[] = [];
    let ok = 0;
    let rejected = 0;
    for (let i = 0; i < 200; i++) {
      const bytes = original.slice();
      const edits = 1 + Math.floor(rand() * 8);
      for (let k = 0; k < edits; k++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      const cut = rand() < 0.2 ? Math.floor(rand() * bytes.length) : bytes.length;
      try {
        await parseUpload({ name, bytes: bytes.slice(0, cut).buffer }, { ...xml, csvPolygon: rand() < 0.5 });
        ok++;
      } catch (e) {
        if (e instanceof UploadError) rejected++;
        else others.push(`${i}: ${String(e).slice(0, 120)}`);
      }
    }
    expect(others).toEqual([]);
    expect(ok + rejected).toBe(200);
  });
});

describe('detection fuzz (seeded)', () => {
  test('1,000 random Chongqing sites: zone-prefixed eastings are always detected, with or without the swap', () => {
    const rand = prng(42);
    for (let i = 0; i < 1000; i++) {
      const lon = 105.28 + rand() * (110.2 - 105.28);
      const lat = 28.16 + rand() * (32.21 - 28.16);
      const zone = Math.round(lon / 3);
      const [e, n] = tmForward(lon, lat, zone * 3, zone * 1e6 + 500000);
      const pts = [0, 1, 2].map((j): [number, number] => [e + j * 300, n + j * 200]);
      const id = `EPSG:${4513 + zone - 25}`;
      expect(detectCrs(pts)).toEqual({ status: 'detected', crs: id, how: 'magnitude', swapped: false });
      expect(detectCrs(pts.map(([x, y]) => [y, x]))).toEqual({ status: 'detected', crs: id, how: 'magnitude', swapped: true });
      // Unprefixed: always ambiguous, and the true zone is always among the candidates.
      const plain = pts.map(([x, y]): [number, number] => [x - zone * 1e6, y]);
      const r = detectCrs(plain);
      expect(r.status === 'ambiguous' && r.candidates.some((c) => c.crs === `EPSG:${4534 + zone - 25}`)).toBe(true);
    }
  });
});
