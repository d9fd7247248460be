/**
 * Names of the built chunks, from what they hold. The bundler names a shared chunk after its first
 * module, so MapLibre used to ship as `LayerLegend-*.js` and the Svelte runtime as
 * `index.svelte-*.js`. Chunking itself is unchanged: this only picks the file names.
 */
import type { Rolldown } from 'vite';

type Chunk = Pick<Rolldown.PreRenderedChunk, 'name' | 'facadeModuleId' | 'moduleIds'>;

const NPM = /.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/;
/** The top folder of a module of ours under src/ (`ui`, `state`…), `app` for the root files. */
const folderOf = (id: string): string | null => {
  const m = id.match(/[\\/]src[\\/](?:([^\\/]+)[\\/])?[^\\/]+$/);
  return m ? (m[1] ?? 'app') : null;
};

/** `@turf/meta` → `turf-meta`; a module of ours → null. */
const packageOf = (id: string): string | null => id.match(NPM)?.[1]?.replace(/^@/, '').replace(/[\\/]/g, '-') ?? null;

/** Generic file names that say nothing without their folder: `ui/planner/lazy.ts` → `planner-lazy`. */
const GENERIC = new Set(['index', 'lazy', 'client', 'worker', 'errors']);

function moduleName(id: string): string {
  const pkg = packageOf(id);
  if (pkg) return pkg;
  const parts = id.replace(/\?.*$/, '').split(/[\\/]/);
  const base = parts.at(-1)!.replace(/(\.svelte)?\.(ts|js|svelte)$/, '');
  return GENERIC.has(base) ? `${parts.at(-2)}-${base}` : base;
}

const isCss = (id: string) => /\.css($|\?)/.test(id);

/** A worker bundle's entry (`upload/worker.ts` → `upload-worker`); its assets keep Vite's naming. */
export const workerEntryFileNames = (chunk: Chunk): string => `assets/${chunkName(chunk)}-[hash].js`;

/** The chunk's name: its entry module, its one package, or what most of it is. */
export function chunkName(chunk: Chunk): string {
  if (chunk.facadeModuleId) return moduleName(chunk.facadeModuleId);
  const ids = chunk.moduleIds.filter((id) => !id.startsWith('\0') && !isCss(id) && !/[\\/]vite[\\/]|^rolldown[:/]/.test(id));
  if (ids.length === 0) return chunk.name;
  if (ids.length === 1) return moduleName(ids[0]!);
  const packages = new Set(ids.map(packageOf));
  if (packages.size === 1 && !packages.has(null)) return [...packages][0]!;
  if (packages.has('svelte')) return 'svelte-runtime';
  // anything else: after the package, or the folder of ours, most of its modules come from
  const count = new Map<string, number>();
  for (const id of ids) {
    const owner = packageOf(id) ?? `shared-${folderOf(id) ?? 'app'}`;
    count.set(owner, (count.get(owner) ?? 0) + 1);
  }
  const [top, next] = [...count].sort((a, b) => b[1] - a[1]);
  return top && (!next || next[1] < top[1]) ? top[0] : 'shared';
}

/**
 * `output.chunkFileNames` and `output.assetFileNames` for one build. A shared chunk's stylesheet
 * is named by the bundler after the chunk's first module too (`LayerLegend.css`), so it gets the
 * name its chunk got.
 */
export function chunkNaming(): Pick<Rolldown.OutputOptions, 'chunkFileNames' | 'assetFileNames'> {
  // the bundler's name of a chunk that holds styles → ours; null where two such chunks share a name
  const renamed = new Map<string, string | null>();
  return {
    chunkFileNames(chunk) {
      const name = chunkName(chunk);
      if (chunk.moduleIds.some(isCss)) renamed.set(chunk.name, renamed.has(chunk.name) ? null : name);
      return `assets/${name}-[hash].js`;
    },
    assetFileNames(asset) {
      const css = asset.names[0]?.match(/^(.*)\.css$/)?.[1];
      const from = asset.originalFileNames[0];
      const name = css === undefined ? null : from ? (/\.(ts|svelte)$/.test(from) ? moduleName(from) : null) : renamed.get(css);
      return name ? `assets/${name}-[hash][extname]` : 'assets/[name]-[hash][extname]';
    },
  };
}
