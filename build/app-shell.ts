/**
 * Vite plugin: paints the first view from HTML. In every page holding `<!--app-shell-->` (or
 * `<!--app-shell:NAME-->` for another view src/shell.ts names) it puts
 * the shell that src/shell.ts renders from public/data (title, illustrative-data notice, legend
 * with its counts, map placeholder; Chinese and English copies), and adds preloads for the
 * manifest, the data files the first view reads whole (data-preloads.ts) and the MapLibre chunk, so they download alongside the main
 * script instead of after it. Counts are computed at each build from the data itself, so they cannot drift.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type HtmlTagDescriptor, type IndexHtmlTransformContext, type Plugin, type Rollup, type ViteDevServer } from 'vite';
import { DATA_PRELOAD, dataPreloadFiles, type PreloadManifest } from './data-preloads.ts';
import { chunkClosure, compilePrepaint, facadeChunk, prepaintFileName, prepaintPreloads, prepaintTags } from './embed-prepaint.ts';

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

async function preloads(): Promise<HtmlTagDescriptor[]> {
  const manifest = await readManifest();
  return dataPreloadFiles(manifest).map((file) => ({
    tag: 'link',
    attrs: { ...DATA_PRELOAD, href: `./data/${file}` },
    injectTo: 'head',
  }));
}

/** Modulepreloads for the MapLibre chunk and what it imports, so it downloads from the HTML on. */
function mapLibrePreloads(bundle: Rollup.OutputBundle | undefined): HtmlTagDescriptor[] {
  const chunks = Object.values(bundle ?? {}).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const chunk = chunks.find((c) => c.facadeModuleId?.endsWith('/src/map/maplibre-chunk.ts'));
  if (!chunk) return [];
  return [chunk.fileName, ...chunk.imports].map((file) => ({
    tag: 'link',
    attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` },
    injectTo: 'head',
  }));
}

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

/**
 * The embed's page: no static preloads (a `static=1` embed downloads no data or map code), but
 * the pre-paint script, which starts them unless the link says static, and the stylesheets of
 * the embed's own chunk (see build/embed-prepaint.ts).
 */
async function embedTags(emitter: Emitter, ctx: IndexHtmlTransformContext, prepaint: Promise<string>): Promise<HtmlTagDescriptor[]> {
  const manifest = await readManifest();
  const { bundle } = ctx;
  if (!bundle) return prepaintTags('./embed-prepaint.js', prepaintPreloads(manifest, undefined, []), []);
  const code = await prepaint;
  const fileName = prepaintFileName(code);
  emitter.emitFile?.({ type: 'asset', fileName, source: code });
  const entry = chunkClosure(bundle, ctx.chunk);
  const css = chunkClosure(bundle, facadeChunk(bundle, '/src/embed-app.ts')).css.filter((c) => !entry.css.includes(c));
  return prepaintTags(`./${fileName}`, prepaintPreloads(manifest, bundle, entry.js), css);
}

export function appShell(): Plugin {
  let devServer: ViteDevServer | undefined;
  const built = new Map<string, Promise<Shells>>();
  let prepaint: Promise<string> | undefined;
  const compiled = () => (prepaint ??= compilePrepaint());
  return {
    name: 'app-shell',
    configureServer(server) {
      devServer = server;
      // compiled on every request, so an edit shows on reload
      server.middlewares.use('/embed-prepaint.js', (_req, res, next) => {
        compilePrepaint()
          .then((code) => res.setHeader('Content-Type', 'text/javascript').end(code))
          .catch(next);
      });
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
      if (view === 'embed') return { html: page, tags: [style, ...(await embedTags(this as Emitter, ctx, compiled()))] };
      return {
        html: page,
        // The preloads come before the language script, which holds up the parser (not the
        // preload scanner) until it has run.
        tags: [
          ...(await preloads()),
          ...mapLibrePreloads(ctx.bundle),
          style,
          { tag: 'script', attrs: { src: './shell-lang.js' }, injectTo: 'head' },
        ],
      };
    },
  };
}
