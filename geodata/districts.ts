/**
 * Districts (38 county-level units) and neighbouring provinces from echarts@4.9.0, decoded,
 * converted GCJ-02 → WGS-84, repaired (degenerate rings, winding, per-feature union,
 * `mapshaper -clean`) and measured before/after.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { ContextFeature, DistrictFeature } from '../src/data/contract';
import { decodeGeometry } from './echarts-decode';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../src/geo/gcj02';
import {
  areaKm2,
  isDegenerateRing,
  mapCoords,
  mosaicDefects,
  polygonsOf,
  unionAll,
  type Poly,
} from './geom';
import { mapshaperLayer } from './mapshaper';
import { DISTRICT_EN, NEIGHBOURS, RENAMES } from './names';
import type { EchartsMap } from './sources';
import { ringSignedArea, roundGeometry } from './write';

const toWgs = (p: Position): Position => gcj02ToWgs84(p[0]!, p[1]!);

export interface DistrictsResult {
  features: DistrictFeature[];
  /** District seats (`cp` in the source, converted to WGS-84), by adcode. */
  seats: Map<string, [number, number]>;
  report: Record<string, unknown>;
}

function decodeToWgs(m: EchartsMap): Feature<Poly, { id: string; name: string }>[] {
  return m.features.map((f) => ({
    type: 'Feature',
    properties: { id: String(f.id ?? ''), name: f.properties.name },
    geometry: mapCoords(decodeGeometry(f, m.UTF8Encoding === true), toWgs),
  }));
}

/** Drop degenerate rings, rewind, union the feature's parts with each other. */
function repairFeature(g: Poly): Poly {
  const parts = polygonsOf(g)
    .map((p) => p.filter((r) => !isDegenerateRing(r)))
    .filter((p) => p.length > 0)
    .map((p) => (turf.rewind(turf.polygon(p)) as Feature<Polygon>).geometry);
  return unionAll(parts)!;
}

function rawDefects(fs: Feature<Poly>[]) {
  let rings = 0;
  let clockwiseOuter = 0;
  let degenerate = 0;
  let multiWithKinks = 0;
  for (const f of fs) {
    for (const p of polygonsOf(f.geometry)) {
      p.forEach((r, i) => {
        rings++;
        if (isDegenerateRing(r)) degenerate++;
        if (i === 0 && ringSignedArea(r) < 0) clockwiseOuter++;
      });
    }
    if (f.geometry.type === 'MultiPolygon' && turf.kinks(f as Feature<Poly>).features.length > 0) {
      multiWithKinks++;
    }
  }
  return { rings, clockwiseOuter, degenerate, multiWithKinks };
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;

export async function buildDistricts(m: EchartsMap): Promise<DistrictsResult> {
  const raw = decodeToWgs(m);
  // conversion check: round trip WGS → GCJ of every converted vertex vs the source vertex
  let maxResidualDeg = 0;
  let vertices = 0;
  for (const f of m.features) {
    for (const p of polygonsOf(decodeGeometry(f, m.UTF8Encoding === true))) {
      for (const r of p) {
        for (const v of r) {
          const w = gcj02ToWgs84(v[0]!, v[1]!);
          const back = wgs84ToGcj02(w[0], w[1]);
          maxResidualDeg = Math.max(maxResidualDeg, Math.abs(back[0] - v[0]!), Math.abs(back[1] - v[1]!));
          vertices++;
        }
      }
    }
  }
  const chaotianmenGcj: [number, number] = [106.5886, 29.5658];
  const shiftM = turf.distance(chaotianmenGcj, gcj02ToWgs84(...chaotianmenGcj), { units: 'meters' });
  const seats = new Map<string, [number, number]>();
  const before = { ...rawDefects(raw), ...mosaicDefects(raw) };
  const repaired = raw.map((f) => {
    const rn = RENAMES[f.properties.id];
    const adcode = rn?.adcode ?? f.properties.id;
    const src = m.features.find((s) => String(s.id) === f.properties.id)!;
    const cp = src.properties.cp;
    if (cp) {
      const [x, y] = gcj02ToWgs84(cp[0], cp[1]);
      seats.set(adcode, [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);
    }
    return {
      type: 'Feature' as const,
      properties: { adcode, name: rn?.name ?? f.properties.name },
      geometry: repairFeature(f.geometry),
    };
  });
  const cleaned = await mapshaperLayer<FeatureCollection<Poly, { adcode: string; name: string }>>(
    { type: 'FeatureCollection', features: repaired },
    // -clean: resolve overlaps, fill gaps; then drop detached slivers < 1 km² (source
    // artefacts, 0.04–0.32 km²) and -clean again so the hole they leave goes to the neighbour
    '-clean -filter-slivers min-area=1km2 -clean',
  );
  const features: DistrictFeature[] = cleaned.features
    .map((f) => {
      const en = DISTRICT_EN[f.properties.adcode];
      if (!en) throw new Error(`no English name for ${f.properties.adcode}`);
      return {
        type: 'Feature' as const,
        properties: { adcode: f.properties.adcode, name: f.properties.name, name_en: en },
        geometry: roundGeometry(f.geometry, 6),
      };
    })
    .sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
  if (features.length !== 38) throw new Error(`expected 38 districts, got ${features.length}`);
  const after = mosaicDefects(features);
  const kinks = features.reduce((s, f) => s + turf.kinks(f).features.length, 0);
  return {
    features,
    seats,
    report: {
      gcj02: { vertices, maxRoundTripResidualDeg: Number(maxResidualDeg.toExponential(2)), shiftAtChaotianmenM: Math.round(shiftM) },
      before: {
        ...before,
        overlapKm2: r3(before.overlapKm2),
        gapKm2: r3(before.gapKm2),
        unionKm2: r3(before.unionKm2),
        sumKm2: r3(before.sumKm2),
      },
      after: {
        overlapKm2: r3(after.overlapKm2),
        gapKm2: r3(after.gapKm2),
        gapCount: after.gapCount,
        totalKm2: r3(after.sumKm2),
        kinks,
        invalid: features.filter((f) => !turf.booleanValid(f)).map((f) => f.properties.name),
        multiPolygons: features.filter((f) => f.geometry.type === 'MultiPolygon').length,
      },
      areasKm2: Object.fromEntries(features.map((f) => [f.properties.name, r3(areaKm2(f.geometry))])),
    },
  };
}

/** Neighbouring provinces dissolved to one outline each and simplified (context only). */
export async function buildContext(maps: Map<string, EchartsMap>): Promise<ContextFeature[]> {
  const out: ContextFeature[] = [];
  for (const n of NEIGHBOURS) {
    const raw = decodeToWgs(maps.get(n.stem)!).map((f) => ({
      type: 'Feature' as const,
      properties: { p: n.name },
      geometry: repairFeature(f.geometry),
    }));
    const fc = await mapshaperLayer<FeatureCollection<Poly>>(
      { type: 'FeatureCollection', features: raw },
      '-clean -dissolve p -simplify interval=600 keep-shapes -clean',
      'precision=0.0001',
    );
    for (const f of fc.features) {
      out.push({
        type: 'Feature',
        properties: { name: n.name, name_en: n.name_en },
        geometry: roundGeometry(f.geometry, 4),
      });
    }
  }
  return out;
}
