/**
 * The check of a file of readings kept apart from a sections layer (manifest `readings`), loaded
 * with the first such file (`load.loadReadings`): the first view carries none of it.
 */
import type { MonthlyReading } from './contract';
import { DataError } from './data-error';
import { readingsProblem } from './validate-layer';

/**
 * Validates one file of readings kept apart: `{ "<section id>": [...] }`, each list as a
 * section's `monthly`. Throws DataError naming the file, the id and the field.
 */
export function validateReadings(file: string, json: unknown): Record<string, MonthlyReading[]> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new DataError(file, 'must be an object of section id → monthly readings');
  for (const [id, list] of Object.entries(json)) {
    const problem = readingsProblem(list, `the readings of “${id}”`, id);
    if (problem) throw new DataError(file, problem);
  }
  return json as Record<string, MonthlyReading[]>;
}
