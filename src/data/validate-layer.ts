/**
 * Validates a layer file against the contract (src/data/contract.ts) and reports the first
 * offending feature, so an official file dropped into public/data/ fails loudly and precisely.
 * Runs in the parse worker (parse-worker.ts); the page imports it only where there are no Workers.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { DataError } from './data-error';
import { CATEGORIES, RULE_DIMENSIONS, type LayerKind, type MonthlyReading } from './contract';
import { isNumber, isPosition, isString } from './validate';

const isWaterClass = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 6;

type Check = (props: Record<string, unknown>) => string | null;

function required(field: string, test: (v: unknown) => boolean, expected: string): Check {
  return (props) => (test(props[field]) ? null : `property “${field}” must be ${expected}`);
}

function monthlyCheck(props: Record<string, unknown>): string | null {
  return readingsProblem(props.monthly, 'property “monthly”', 'monthly');
}

/** What is wrong with a list of monthly readings (`what` names the list, `at` prefixes an entry), or null. */
export function readingsProblem(monthly: unknown, what: string, at: string): string | null {
  if (!Array.isArray(monthly)) return `${what} must be an array`;
  for (const [i, m] of (monthly as Partial<MonthlyReading>[]).entries()) {
    if (typeof m !== 'object' || m === null) return `${at}[${i}] must be an object`;
    if (!isString(m.month) || !/^\d{4}-\d{2}$/.test(m.month)) return `${at}[${i}].month must be YYYY-MM`;
    if (!isWaterClass(m.class)) return `${at}[${i}].class must be 1–6`;
    for (const key of ['do', 'codmn', 'nh3n', 'tp', 'ph'] as const) {
      if (!isNumber(m[key])) return `${at}[${i}].${key} must be a number`;
    }
  }
  return null;
}

function rulesCheck(props: Record<string, unknown>): string | null {
  const rules = props.rules as Record<string, unknown> | undefined;
  if (typeof rules !== 'object' || rules === null) return 'property “rules” must be an object';
  for (const dim of RULE_DIMENSIONS) {
    const list = rules[dim];
    if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) {
      return `rules.${dim} must be an array of strings`;
    }
  }
  return null;
}

const POLYGONAL = ['Polygon', 'MultiPolygon'];
const LINEAR = ['LineString', 'MultiLineString'];
const POINT = ['Point'];

const SCHEMAS: Record<LayerKind, { geometry: string[]; checks: Check[]; idField: string }> = {
  units: {
    geometry: POLYGONAL,
    idField: 'code',
    checks: [
      required('code', (v) => isString(v) && /^ZH\d{6}[123]\d{4}$/.test(v), 'like ZH50010120001'),
      required('name', isString, 'a non-empty string'),
      required('category', (v) => CATEGORIES.includes(v as never), 'priority, key or general'),
      required('subtype', isString, 'a non-empty string'),
      required('adcode', (v) => isString(v) && /^\d{6}$/.test(v), 'a 6-digit code'),
      required('district', isString, 'a non-empty string'),
      required('area_km2', (v) => isNumber(v) && v >= 0, 'a non-negative number'),
      rulesCheck,
      (p) => {
        const digit = { priority: '1', key: '2', general: '3' }[p.category as string];
        return (p.code as string)[8] === digit ? null : `code class digit does not match category “${String(p.category)}”`;
      },
    ],
  },
  sections: {
    geometry: POINT,
    idField: 'id',
    checks: [
      required('id', isString, 'a non-empty string'),
      required('name', isString, 'a non-empty string'),
      required('river', isString, 'a non-empty string'),
      required('basin', isString, 'a non-empty string'),
      required('district', isString, 'a non-empty string'),
      required('adcode', (v) => isString(v) && /^\d{6}$/.test(v), 'a 6-digit code'),
      required('level', (v) => v === 'national', '“national”'),
      required('target_class', isWaterClass, 'a class 1–6'),
      required('class', isWaterClass, 'a class 1–6'),
      required('cross_border', (v) => v === null || isString(v), 'a string or null'),
      monthlyCheck,
    ],
  },
  'yangtze-points': {
    geometry: POINT,
    idField: 'id',
    checks: [
      required('id', isString, 'a non-empty string'),
      required('name', isString, 'a non-empty string'),
      required('km', (v) => isNumber(v) && v >= 0, 'a non-negative number'),
      required('class', isWaterClass, 'a class 1–6'),
      monthlyCheck,
    ],
  },
  districts: {
    geometry: POLYGONAL,
    idField: 'adcode',
    checks: [
      required('adcode', (v) => isString(v) && /^\d{6}$/.test(v), 'a 6-digit code'),
      required('name', isString, 'a non-empty string'),
      required('name_en', (v) => typeof v === 'string', 'a string'),
    ],
  },
  rivers: {
    geometry: LINEAR,
    idField: 'name',
    checks: [
      required('name', (v) => typeof v === 'string', 'a string'),
      required('name_en', (v) => typeof v === 'string', 'a string'),
      required('rank', (v) => Number.isInteger(v), 'an integer'),
    ],
  },
  context: {
    geometry: POLYGONAL,
    idField: 'name',
    checks: [required('name', isString, 'a non-empty string')],
  },
};

/** Sections whose readings are apart: the same properties, and no `monthly` (it would be read twice). */
const SECTIONS_APART = {
  ...SCHEMAS.sections,
  checks: [
    ...SCHEMAS.sections.checks.filter((c) => c !== monthlyCheck),
    (p: Record<string, unknown>) => ('monthly' in p ? 'property “monthly” must be left out: the manifest keeps this layer’s readings apart' : null),
  ],
};

/** Checks nesting depth and that every position is a finite lon/lat pair in range. */
function geometryProblem(geometry: Geometry): string | null {
  const check = (coords: unknown, depth: number): boolean => {
    if (depth === 0) return isPosition(coords);
    return Array.isArray(coords) && coords.length > 0 && coords.every((c) => check(c, depth - 1));
  };
  const depth: Record<string, number> = {
    Point: 0,
    LineString: 1,
    MultiPoint: 1,
    Polygon: 2,
    MultiLineString: 2,
    MultiPolygon: 3,
  };
  const d = depth[geometry.type];
  if (d === undefined || !('coordinates' in geometry)) return `unsupported geometry type ${geometry.type}`;
  if (!check(geometry.coordinates, d)) return 'coordinates must be WGS-84 [lon, lat] pairs within range';
  return null;
}

/** Validates one data file; returns it typed when it meets the contract, throws DataError otherwise. */
export interface LayerOptions {
  /** Sections whose readings are in files of their own (manifest `readings`): features carry no `monthly`. */
  readingsApart?: boolean;
}

export function validateLayer<T extends FeatureCollection>(file: string, kind: LayerKind, json: unknown, { readingsApart = false }: LayerOptions = {}): T {
  const fc = json as Partial<FeatureCollection>;
  if (typeof json !== 'object' || json === null || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataError(file, 'not a GeoJSON FeatureCollection');
  }
  const schema = kind === 'sections' && readingsApart ? SECTIONS_APART : SCHEMAS[kind];
  const seen = new Set<string>();
  fc.features.forEach((feature: Feature | null, i) => {
    const props = (feature?.properties ?? null) as Record<string, unknown> | null;
    const id = props && typeof props[schema.idField] === 'string' ? (props[schema.idField] as string) : null;
    const fail = (problem: string) => {
      throw new DataError(file, problem, i, id);
    };
    if (!feature || feature.type !== 'Feature' || !feature.geometry) fail('not a Feature with a geometry');
    if (!props) fail('has no properties');
    if (!schema.geometry.includes(feature!.geometry.type)) {
      fail(`geometry must be ${schema.geometry.join(' or ')}, found ${feature!.geometry.type}`);
    }
    const geomProblem = geometryProblem(feature!.geometry);
    if (geomProblem) fail(geomProblem);
    for (const check of schema.checks) {
      const problem = check(props!);
      if (problem) fail(problem);
    }
    if (kind === 'units' || kind === 'sections' || kind === 'yangtze-points') {
      if (seen.has(id!)) fail(`duplicate ${schema.idField} “${id}”`);
      seen.add(id!);
    }
  });
  return json as T;
}

/** One layer file's bytes as validated data (run by the parse worker). */
export function parseLayer(file: string, kind: LayerKind, bytes: ArrayBuffer, options: LayerOptions = {}): unknown {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DataError(file, 'is not valid JSON');
  }
  return validateLayer(file, kind, json, options);
}
