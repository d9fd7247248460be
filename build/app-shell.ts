/**
 * Vite plugin: paints the first view from HTML. In every page holding `<!--app-shell-->` (or
 * `<!--app-shell:NAME-->` for another view src/shell.ts names) it puts
 * the shell that src/shell.ts renders from public/data (title, illustrative-data notice, legend
 * with its counts, map placeholder; Chinese and English copies), and the page's pre-paint script
 * (build/prepaint.ts), which starts the downloads of the first view (the manifest, the data files
 * it reads whole, the MapLibre chunk) as soon as the shell has painted, without waiting for the
 * app's script. Counts are computed at each build from the data itself, so they cannot drift.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type HtmlTagDescriptor, type IndexHtmlTransformContext, type Plugin, type Rollup, type ViteDevServer } from 'vite';
import type { PreloadManifest } from './data-preloads.ts';
import { chunkClosure, compilePrepaint, facadeChunk, prepaintFileName, prepaintPreloads, prepaintTags } from './prepaint.ts';

/** `<!--app-shell-->` (the full app) or `<!--app-shell:NAME-->` (a view src/shell.ts names). */
const MARKER = /<!--app-shell(?::(\w+))?-->/;
const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = `${root}public/data/`;

type Shells = Record<'zh' | 'en', string>;

/** Shell copies per language; the one not asked for is hidden by a rule on `html[data-lang]`. */
const SHELL_CSS =
  '#app-shell,.app-shell{height:100%}' +
  'html:not([data-lang="en"]) .app-shell[data-shell-lang="en"],html[data-lang="en"] .app-shell[data-shell-lang="zh"]{display:none}';

async function renderShells(server: ViteDevServer, view: string): Promise<Shells> {
  const shell = (await server.ssrLoadModule('/src/shell.ts')) as typeof import('../src/shell');
  if (!(view in shell.SHELLS)) throw new Error(`app-shell: no shell named "${view}" in src/shell.ts`);
  return shell.renderShell(view as keyof typeof shell.SHELLS, async (url) => {
    const file = url.slice(shell.SHELL_DATA_BASE.length);
    const text = await readFile(`${dataDir}${file}`, 'utf8');
    return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
  });
}

/** A throw-away SSR loader for `vite build`, with only the Svelte plugin. */
async function withBuildLoader<T>(fn: (server: ViteDevServer) => Promise<T>): Promise<T> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    plugins: [svelte()],
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

const readManifest = async () => JSON.parse(await readFile(`${dataDir}manifest.json`, 'utf8')) as PreloadManifest;



/**
 * The shell is rendered on the server, where Svelte's `style:` directives become `style="…"`
 * attributes, which a CSP without `'unsafe-inline'` refuses (the app itself sets styles through
 * the CSSOM, which CSP allows). Each attribute becomes a `data-shell-style` hook and a rule with
 * `!important`, so it still beats the components' class rules as the inline style did.
 */
export function hoistStyleAttributes(html: string): { html: string; css: string } {
  const hooks = new Map<string, number>();
  const out = html.replace(/ style="([^"]*)"/g, (_, declarations: string) => {
    if (!hooks.has(declarations)) hooks.set(declarations, hooks.size);
    return ` data-shell-style="${hooks.get(declarations)}"`;
  });
  const css = [...hooks]
    .map(([declarations, n]) => {
      const important = declarations
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => `${d} !important`)
        .join(';');
      return `[data-shell-style="${n}"]{${important}}`;
    })
    .join('');
  return { html: out, css };
}

/** What the build emits: a file of the output, as the plugin context that runs the hook allows. */
type Emitter = { emitFile?: (file: { type: 'asset'; fileName: string; source: string }) => string };

/** A view's pre-paint script: its entry (compiled by build/prepaint.ts) and the chunks of its first view. */
const PREPAINT = {
  app: { entry: 'src/app-prepaint.ts', facades: ['/src/map/maplibre-chunk.ts'] },
  embed: { entry: 'src/embed-prepaint.ts', facades: ['/src/embed-app.ts', '/src/map/maplibre-chunk.ts'] },
} as const;

/**
 * A page's pre-paint script, which starts the first view's downloads once the shell has painted
 * (the embed's: unless the link says static), so no download is listed in the HTML itself; and
 * for the embed, the stylesheets of its own chunk, render-blocking so the shell's boxes (styled
 * by the same components) are right at first paint (see build/prepaint.ts).
 */
async function prepaintPageTags(view: keyof typeof PREPAINT, emitter: Emitter, ctx: IndexHtmlTransformContext, compiled: Promise<string>): Promise<HtmlTagDescriptor[]> {
  const manifest = await readManifest();
  const { bundle } = ctx;
  const { facades } = PREPAINT[view];
  if (!bundle) return prepaintTags(`./${view}-prepaint.js`, prepaintPreloads(manifest, undefined, [], []), []);
  const code = await compiled;
  const fileName = prepaintFileName(view, code);
  emitter.emitFile?.({ type: 'asset', fileName, source: code });
  const entry = chunkClosure(bundle, ctx.chunk);
  const css = view === 'embed' ? chunkClosure(bundle, facadeChunk(bundle, '/src/embed-app.ts')).css.filter((c) => !entry.css.includes(c)) : [];
  return prepaintTags(`./${fileName}`, prepaintPreloads(manifest, bundle, entry.js, [...facades]), css);
}

export function appShell(): Plugin {
  let devServer: ViteDevServer | undefined;
  const built = new Map<string, Promise<Shells>>();
  const compiled = new Map<string, Promise<string>>();
  const compile = (view: keyof typeof PREPAINT) => compiled.get(view) ?? compiled.set(view, compilePrepaint(PREPAINT[view].entry)).get(view)!;
  return {
    name: 'app-shell',
    configureServer(server) {
      devServer = server;
      // compiled on every request, so an edit shows on reload
      for (const view of Object.keys(PREPAINT) as (keyof typeof PREPAINT)[]) {
        server.middlewares.use(`/${view}-prepaint.js`, (_req, res, next) => {
          compilePrepaint(PREPAINT[view].entry)
            .then((code) => res.setHeader('Content-Type', 'text/javascript').end(code))
            .catch(next);
        });
      }
    },
    async transformIndexHtml(html, ctx) {
      const view = html.match(MARKER)?.[1] ?? (MARKER.test(html) ? 'app' : null);
      if (!view) return html;
      const render = (server: ViteDevServer) => renderShells(server, view);
      if (!devServer && !built.has(view)) built.set(view, withBuildLoader(render));
      const shells = devServer ? await render(devServer) : await built.get(view)!;
      const copies = (Object.entries(shells) as [keyof Shells, string][])
        .map(([lang, body]) => `<div class="app-shell" data-shell-lang="${lang}" lang="${lang === 'zh' ? 'zh-CN' : 'en'}" inert>${body}</div>`)
        .join('');
      const hoisted = hoistStyleAttributes(copies);
      const css = SHELL_CSS + hoisted.css;
      const page = html.replace(MARKER, `<div id="app-shell">${hoisted.html}</div>`);
      const style: HtmlTagDescriptor = { tag: 'style', children: css, injectTo: 'head' };
      const prepaint = view === 'embed' || view === 'app' ? await prepaintPageTags(view, this as Emitter, ctx, compile(view)) : [];
      return { html: page, tags: [style, ...prepaint] };
    },
  };
}
