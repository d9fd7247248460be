/** Built chunks are named after what they hold (build/chunk-names.ts), not after a first module. */
import { describe, expect, it } from 'vitest';
import { chunkName } from '../../build/chunk-names';

const nm = (path: string) => `/repo/node_modules/${path}`;
const src = (path: string) => `/repo/src/${path}`;
const shared = (...moduleIds: string[]) => chunkName({ name: 'LayerLegend', facadeModuleId: null, moduleIds });

describe('chunk names', () => {
  it('names a chunk loaded on its own after its entry module, with the folder of a generic file name', () => {
    expect(chunkName({ name: 'x', facadeModuleId: src('map/maplibre-chunk.ts'), moduleIds: [] })).toBe('maplibre-chunk');
    expect(chunkName({ name: 'lazy', facadeModuleId: src('ui/planner/lazy.ts'), moduleIds: [] })).toBe('planner-lazy');
    expect(chunkName({ name: 'worker', facadeModuleId: src('upload/worker.ts'), moduleIds: [] })).toBe('upload-worker');
    expect(chunkName({ name: 'x', facadeModuleId: src('ui/FeatureList.svelte'), moduleIds: [] })).toBe('FeatureList');
  });

  it('names a shared chunk of one package after the package, scope included', () => {
    expect(shared(nm('maplibre-gl/dist/maplibre-gl.mjs'))).toBe('maplibre-gl');
    expect(shared(nm('@turf/turf/node_modules/@turf/meta/dist/esm/index.js'), nm('@turf/meta/dist/esm/lib.js'))).toBe('turf-meta');
    expect(shared(src('geo/errors.ts'))).toBe('geo-errors');
  });

  it('names the chunk holding the Svelte runtime after it', () => {
    expect(shared(nm('svelte/src/internal/client/runtime.js'), src('i18n/zh.ts'), src('i18n/en.ts'), src('i18n/lang.ts'))).toBe('svelte-runtime');
  });

  it('names other shared chunks after the folder most of their modules come from, or plain "shared" on a tie', () => {
    expect(shared(src('ui/LayerLegend.svelte'), src('ui/MapView.svelte'), src('state/app.svelte.ts'), nm('@turf/bbox/index.js'))).toBe('shared-ui');
    expect(shared(src('state/url.ts'), src('map/webgl.ts'), '\0vite/preload-helper.js', src('ui/theme.css'))).toBe('shared');
  });
});
