/**
 * The embed page's pre-paint script (src/embed-prepaint.ts), compiled to one classic script for
 * embed.html's <head>: it applies the link's flags to the build-time shell before the first paint
 * and starts the downloads the interactive embed needs (docs/architecture.md, "The embed"). A file
 * of the site, not an inline script, so it runs under any `script-src 'self'` policy, the one a
 * host copies from index.html into a header included (docs/hosting.md).
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

/** The script as one self-contained IIFE (validation and all: it shares the app's flag parsing). */
export async function compilePrepaint(): Promise<string> {
  const out = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: `${root}src/embed-prepaint.ts`, formats: ['iife'], name: 'embedPrepaint', fileName: 'embed-prepaint' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((f): f is Rollup.OutputChunk => f.type === 'chunk');
  if (!chunk) throw new Error('embed-prepaint: the compile produced no script');
  return chunk.code;
}

/** Where the build puts the script: content-hashed, beside the other assets. */
export const prepaintFileName = (code: string): string => `assets/embed-prepaint-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;

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
 * The downloads the interactive embed's first view needs: the manifest and data files (as
 * index.html preloads them), the embed's own chunk and MapLibre's with what they import. Chunks
 * the page's entry script loads anyway are left out.
 */
export function prepaintPreloads(manifest: PreloadManifest, bundle: Rollup.OutputBundle | undefined, entryJs: string[]): PrepaintPreload[] {
  const data = dataPreloadFiles(manifest).map((f) => ({ href: `./data/${f}`, rel: DATA_PRELOAD.rel }));
  if (!bundle) return data;
  const closure = (facade: string) => chunkClosure(bundle, facadeChunk(bundle, facade)).js;
  const modules = new Set([...closure('/src/embed-app.ts'), ...closure('/src/map/maplibre-chunk.ts')]);
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
