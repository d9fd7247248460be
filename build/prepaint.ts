/**
 * The pages' pre-paint scripts (src/app-prepaint.ts, src/embed-prepaint.ts), each compiled to one
 * classic script for its page's <head>: before the first paint they show the shell as the link
 * asks (language; the embed's flags), and once it has painted they start the first view's
 * downloads (docs/architecture.md, "The first view", "The embed"). Files of the site, not inline
 * scripts, so they run under any `script-src 'self'` policy, the one a host copies from
 * index.html into a header included (docs/hosting.md).
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, type HtmlTagDescriptor, type Rollup } from 'vite';
import { DATA_PRELOAD, dataPreloadFiles, type PreloadManifest } from './data-preloads.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One download the script starts, unless the embed is static: a data file or a module. */
export interface PrepaintPreload {
  href: string;
  rel: 'preload' | 'modulepreload';
}

/** A page's pre-paint script (`entry`, a path from the project root) as one self-contained IIFE. */
export async function compilePrepaint(entry: string): Promise<string> {
  const out = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: `${root}${entry}`, formats: ['iife'], name: 'prepaint', fileName: 'prepaint' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((f): f is Rollup.OutputChunk => f.type === 'chunk');
  if (!chunk) throw new Error(`prepaint: compiling ${entry} produced no script`);
  return chunk.code;
}

/** Where the build puts a page's script (`name`: app, embed): content-hashed, beside the other assets. */
export const prepaintFileName = (name: string, code: string): string => `assets/${name}-prepaint-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;

/** The chunk whose entry module is `facade` (a source path suffix). */
export const facadeChunk = (bundle: Rollup.OutputBundle, facade: string): Rollup.OutputChunk | undefined =>
  Object.values(bundle).find((c): c is Rollup.OutputChunk => c.type === 'chunk' && !!c.facadeModuleId?.endsWith(facade));

/** Chunks and CSS files that loading `start` loads, through its static imports. */
export function chunkClosure(bundle: Rollup.OutputBundle, start: Rollup.OutputChunk | undefined): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css = new Set<string>();
  const visit = (file: string) => {
    if (js.includes(file)) return;
    js.push(file);
    const chunk = bundle[file] as Rollup.OutputChunk & { viteMetadata?: { importedCss: Set<string> } };
    for (const c of chunk.viteMetadata?.importedCss ?? []) css.add(c);
    for (const i of chunk.imports) visit(i);
  };
  if (start) visit(start.fileName);
  return { js, css: [...css] };
}

/**
 * The downloads a page's first view needs: the manifest and data files, and the chunks whose
 * entry modules `facades` names (the embed's own, MapLibre's) with what they import. Chunks the
 * page's entry script loads anyway are left out.
 */
export function prepaintPreloads(manifest: PreloadManifest, bundle: Rollup.OutputBundle | undefined, entryJs: string[], facades: string[]): PrepaintPreload[] {
  const data = dataPreloadFiles(manifest).map((f) => ({ href: `./data/${f}`, rel: DATA_PRELOAD.rel }));
  if (!bundle) return data;
  const closure = (facade: string) => chunkClosure(bundle, facadeChunk(bundle, facade)).js;
  const modules = new Set(facades.flatMap(closure));
  for (const f of entryJs) modules.delete(f);
  return [...data, ...[...modules].map((f) => ({ href: `./${f}`, rel: 'modulepreload' as const }))];
}

/**
 * The tags embed.html gets: the stylesheets of the embed's chunk, render-blocking so the shell's
 * boxes (styled by the same components) are right at first paint, and the script.
 */
export function prepaintTags(src: string, preloads: PrepaintPreload[], css: string[]): HtmlTagDescriptor[] {
  return [
    ...css.map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: '', href: `./${href}` }, injectTo: 'head' as const })),
    { tag: 'script', attrs: { src, 'data-preloads': JSON.stringify(preloads) }, injectTo: 'head' },
  ];
}

/**
 * A built page whose pre-paint script lists the data downloads of another manifest (a data
 * folder put in place after the build, as the national bench does); the modules are kept.
 */
export function restampDataPreloads(html: string, manifest: PreloadManifest): string {
  let found = false;
  const out = html.replace(/ data-preloads="([^"]*)"/, (_, json: string) => {
    found = true;
    const modules = (JSON.parse(json.replaceAll('&quot;', '"')) as PrepaintPreload[]).filter((p) => p.rel === 'modulepreload');
    const data = dataPreloadFiles(manifest).map((f): PrepaintPreload => ({ href: `./data/${f}`, rel: DATA_PRELOAD.rel }));
    return ` data-preloads="${JSON.stringify([...data, ...modules]).replaceAll('"', '&quot;')}"`;
  });
  if (!found) throw new Error('the page has no pre-paint script listing its downloads');
  return out;
}
