/**
 * `npm run bench` runs every suite in bench/suites/; `npm run bench -- core lighthouse` runs the
 * ones named. A suite is a module exporting `run(): Promise<Record<string, unknown>>`; what it
 * returns replaces the suite's own key in bench/results.json, and every other key is kept, so
 * suites can be run (and re-run) one at a time.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { recordSuite } from './results';

interface Suite {
  run(): Promise<Record<string, unknown>>;
}

const dir = fileURLToPath(new URL('./suites/', import.meta.url));
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`unknown bench suite(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}

for (const name of asked.length > 0 ? asked : available) {
  console.log(`\n## bench suite: ${name}\n`);
  const suite = (await import(pathToFileURL(`${dir}${name}.ts`).href)) as Suite;
  recordSuite(name, await suite.run());
}
