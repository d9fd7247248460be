// Builds the bare MapLibre baseline page (bench/bare/) for the lighthouse suite.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: fileURLToPath(new URL('../.out/bare', import.meta.url)), emptyOutDir: true, target: 'es2022' },
});
