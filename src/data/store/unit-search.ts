/**
 * Search over a tiled units layer (in the units-store worker): the names file gives each unit's
 * name and district in index order, the index gives its code and box. Entries are built once,
 * on the first search, and ranked by the same `search` as the GeoJSON layer's. Pinyin is left
 * out here (it would load pinyin-pro into the worker for tens of thousands of names): codes and
 * Chinese names match.
 */
import { unitEntry, type SearchEntry } from '../search';
import { StoreFormatError, type UnitStoreIndex } from './format';

/** What `<stem>.names.json` holds: `[code, name, district]` per unit, in index order. */
export type UnitNames = [string, string, string][];

export function buildUnitSearch(index: UnitStoreIndex, names: unknown, districtEn: ReadonlyMap<string, string>): SearchEntry[] {
  if (!Array.isArray(names) || names.length !== index.count) throw new StoreFormatError(`the names file does not list the index’s ${index.count} units`);
  return (names as UnitNames).map((row, i) => {
    const [code, name, district] = Array.isArray(row) ? row : [];
    if (typeof code !== 'string' || code !== index.codes[i] || typeof name !== 'string' || typeof district !== 'string') throw new StoreFormatError(`the names file does not match the index at unit #${i}`);
    const b = index.boxes;
    return unitEntry({ code, name, district }, [b[4 * i]!, b[4 * i + 1]!, b[4 * i + 2]!, b[4 * i + 3]!], districtEn, null);
  });
}
