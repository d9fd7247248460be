/** bench/results.json: one top-level key per suite; writing one suite keeps every other key. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RESULTS_FILE = fileURLToPath(new URL('./results.json', import.meta.url));

export function readResults(): Record<string, unknown> {
  return existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>) : {};
}

/** `all` with `suite`'s entry replaced and keys sorted, so the file diffs cleanly. */
export function mergeSuite(all: Record<string, unknown>, suite: string, result: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...all, [suite]: result };
  return Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
}

export function recordSuite(suite: string, result: Record<string, unknown>): void {
  writeFileSync(RESULTS_FILE, `${JSON.stringify(mergeSuite(readResults(), suite, result), null, 2)}\n`);
  console.log(`bench/results.json: wrote "${suite}"`);
}
