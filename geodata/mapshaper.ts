/// <reference path="./mapshaper-api.d.ts" />
/** Thin promise wrapper over mapshaper's JS API (applyCommands with in-memory files). */
import mapshaper from 'mapshaper';
import type { FeatureCollection } from 'geojson';

export async function mapshaperRun(
  commands: string,
  inputs: Record<string, FeatureCollection>,
): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) files[k] = JSON.stringify(v);
  const out = (await mapshaper.applyCommands(`${commands} -quiet`, files)) as Record<
    string,
    string | Buffer
  >;
  const res: Record<string, string> = {};
  for (const [k, v] of Object.entries(out)) res[k] = typeof v === 'string' ? v : v.toString('utf8');
  return res;
}

/** Run a command chain on one layer `in.json` and read back `out.json` as GeoJSON. */
export async function mapshaperLayer<T extends FeatureCollection>(
  fc: FeatureCollection,
  commands: string,
  outOpts = 'precision=0.000001',
): Promise<T> {
  const out = await mapshaperRun(
    `-i in.json ${commands} -o out.json format=geojson ${outOpts}`,
    { 'in.json': fc },
  );
  return JSON.parse(out['out.json']!) as T;
}
