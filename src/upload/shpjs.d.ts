// shpjs 6 ships no types; these cover the two low-level functions we use.
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Parses a .shp. With a falsy `prj`, coordinates are returned as stored. Null shapes are null. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView | DataView, prj?: string | false): (Geometry | null)[];
  /** Parses a .dbf; `cpg` is passed to `new TextDecoder(cpg)` (unknown labels silently become UTF-8). */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView | DataView, cpg?: string): Record<string, unknown>[];
}
