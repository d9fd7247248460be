/**
 * Readings kept apart from a sections layer (manifest `readings`): one file per adcode, read and
 * validated when a section of that adcode is first opened. Its own module, loaded then: the
 * first view carries none of it.
 */
import type { MonthlyReading } from './contract';
import { READINGS_KEY } from './validate';
import { DataError } from './data-error';
import { fetchJson, type FetchLike } from './load';
import { readingsProblem } from './validate-layer';

/**
 * Validates one file of readings kept apart (manifest `readings`): `{ "<section id>": [...] }`,
 * each list as a section's `monthly`. Throws DataError naming the file, the id and the field.
 */
export function validateReadings(file: string, json: unknown): Record<string, MonthlyReading[]> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new DataError(file, 'must be an object of section id → monthly readings');
  for (const [id, list] of Object.entries(json)) {
    const problem = readingsProblem(list, `the readings of “${id}”`, id);
    if (problem) throw new DataError(file, problem);
  }
  return json as Record<string, MonthlyReading[]>;
}

/** The readings of the sections of `adcode`, validated. */
export async function loadReadings(base: URL, template: string, adcode: string, fetcher: FetchLike = fetch): Promise<Record<string, MonthlyReading[]>> {
  const file = template.replace(READINGS_KEY, adcode);
  return validateReadings(file, await fetchJson(fetcher, base, file));
}
