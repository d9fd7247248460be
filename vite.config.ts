import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { appShell } from './build/app-shell.ts';
import { basemapCsp } from './build/csp-plugin.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path.
  base: './',
  plugins: [svelte(), appShell(), basemapCsp()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: { main: 'index.html' },
    },
  },
  worker: { format: 'es' },
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
