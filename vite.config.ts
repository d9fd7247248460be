import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { appShell } from './build/app-shell.ts';
import { basemapCsp } from './build/csp-plugin.ts';
import { pageHead } from './build/page-head.ts';
import { chunkNaming, workerEntryFileNames } from './build/chunk-names.ts';
import { runnerImport, type Plugin } from 'vite';

/**
 * Writes the embed page's text alternative into embed.html at build time (the figures computed
 * from the bundled data, scripts/embed-summary.ts), for readers without JavaScript or WebGL and for
 * link previews. Vite's module runner loads it, keeping the app's sources out of the config bundle.
 */
function embedFallback(dataDir = 'public/data'): Plugin {
  return {
    name: 'embed-fallback',
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        if (!ctx.filename.endsWith('embed.html')) return html;
        type Summary = typeof import('./scripts/embed-summary');
        const { module } = await runnerImport<Summary>('./scripts/embed-summary.ts', { configFile: false, logLevel: 'silent' });
        return html.replace('<!-- summary -->', module.fallbackHtml(dataDir)).replaceAll('<!-- image-alt -->', module.imageAlt());
      },
    },
  };
}

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path.
  base: './',
  plugins: [svelte(), pageHead(), appShell(), basemapCsp(), embedFallback()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // Every browser that runs the app's ES2022 reads <link rel=modulepreload> but Safari before 17,
    // which then just fetches the modules when they are imported: no 1 KB polyfill in the first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        ...chunkNaming(),
        // MapLibre (its code; its stylesheet stays with the chunk that sets it up) in one chunk of its
        // own, which the HTML preloads (build/app-shell.ts).
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /[\\/]node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ },
            // The manifest's checks, which the lazy layer validator shares with the first load: one
            // chunk, not three the bundler would split them into.
            { name: 'manifest-checks', test: /[\\/]src[\\/]data[\\/](validate|data-error|basemaps)\.ts$/ },
          ],
        },
      },
    },
  },
  worker: { format: 'es', rolldownOptions: { output: { entryFileNames: workerEntryFileNames } } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // The geometry checks take a second or two alone; several engineers share two cores.
          testTimeout: 30_000,
        },
      },
      {
        // Svelte components in a simulated DOM: the client build of svelte, happy-dom.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/dom/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // One browser, software WebGL, two cores: run files one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
