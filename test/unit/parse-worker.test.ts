import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseUpload, type ParsedUpload } from '../../src/upload/index';
import type { WorkerRequest, WorkerResponse } from '../../src/upload/protocol';
import { fileFrom, loadFixture } from '../fixtures/upload/load';

const SRC = join(__dirname, '../../src');

/** Stands in for a browser Worker: runs the real worker module's handler on cloned messages. */
class FakeWorker {
  static created: { url: string; options: WorkerOptions | undefined }[] = [];
  static posted = 0;
  /** Simulate the worker global scope, which has no DOMParser. */
  static hideDomParser = true;
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor(url: URL, options?: WorkerOptions) {
    FakeWorker.created.push({ url: url.href, options });
  }
  postMessage(msg: WorkerRequest): void {
    FakeWorker.posted++;
    const req = structuredClone(msg);
    void (async () => {
      const saved = (globalThis as { DOMParser?: unknown }).DOMParser;
      if (FakeWorker.hideDomParser) delete (globalThis as { DOMParser?: unknown }).DOMParser;
      const response = await runWorker(req);
      (globalThis as { DOMParser?: unknown }).DOMParser = saved;
      this.onmessage?.({ data: structuredClone(response) } as MessageEvent<WorkerResponse>);
    })();
  }
  terminate(): void {}
}

/** The worker's global scope: worker.ts installs `onmessage` on it and answers through `postMessage`. */
const fakeScope: { onmessage?: (e: { data: WorkerRequest }) => Promise<void>; postMessage: (r: WorkerResponse) => void } = {
  postMessage: () => {},
};
let workerLoaded = false;

/** Loads worker.ts once against `fakeScope` and feeds it one request. */
async function runWorker(req: WorkerRequest): Promise<WorkerResponse> {
  if (!workerLoaded) {
    vi.stubGlobal('self', fakeScope);
    await import('../../src/upload/worker');
    workerLoaded = true;
  }
  const done = new Promise<WorkerResponse>((resolve) => (fakeScope.postMessage = resolve));
  await fakeScope.onmessage!({ data: req });
  return done;
}

afterEach(() => {
  // A fresh client module per test: its worker is module state.
  vi.resetModules();
  workerLoaded = false;
  vi.unstubAllGlobals();
  FakeWorker.created = [];
  FakeWorker.posted = 0;
});

describe('worker.ts', () => {
  test('parses and posts { id, ok, result } — a plain, cloneable object', async () => {
    const r = await runWorker({ id: 7, file: loadFixture('project-epsg4545-gbk.zip'), options: {} });
    expect(r.id).toBe(7);
    expect(r.ok && r.result.status).toBe('ok');
    expect(structuredClone(r)).toEqual(r);
  });
  test('posts { ok: false, error: { code, params } } for input errors', async () => {
    const r = await runWorker({ id: 8, file: fileFrom('a.geojson', '{'), options: {} });
    expect(r).toMatchObject({ id: 8, ok: false, error: { code: 'invalid-json' } });
  });
});

describe('client.ts parseInWorker', () => {
  test('without Worker (Node, old browsers) it parses in this thread', async () => {
    expect(typeof Worker).toBe('undefined');
    const { parseInWorker } = await import('../../src/upload/client');
    const file = loadFixture('project-epsg4545.geojson');
    expect(await parseInWorker(file)).toEqual(await parseUpload(file));
    await expect(parseInWorker(fileFrom('a.geojson', '{'))).rejects.toMatchObject({ code: 'invalid-json' });
  });

  test('with Worker: module worker from ./worker.ts; results and typed errors come back; bytes are not detached', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { parseInWorker, UploadError } = await import('../../src/upload/client');
    const file = loadFixture('project-epsg4524-swapped.csv');
    const r: ParsedUpload = await parseInWorker(file, { csvPolygon: true });
    expect(r).toEqual(await parseUpload(file, { csvPolygon: true }));
    expect(file.bytes.byteLength).toBeGreaterThan(0);
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.url).toMatch(/\/worker\.ts$/);
    expect(FakeWorker.created[0]!.options).toEqual({ type: 'module' });
    const err = await parseInWorker(fileFrom('a.zip', 'nope')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadError);
    expect(err).toMatchObject({ code: 'bad-zip', params: { detail: 'not a zip archive' } });
    expect(FakeWorker.created).toHaveLength(1); // one worker, reused
  });

  test('KML/GPX go to this thread (Workers have no DOMParser); sniffed XML falls back after the worker says so', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('DOMParser', DOMParser);
    const { parseInWorker } = await import('../../src/upload/client');
    const kml = await parseInWorker(loadFixture('project.kml'));
    expect(kml.status === 'ok' && kml.sourceFormat).toBe('kml');
    expect(FakeWorker.posted).toBe(0);
    const sniffed = await parseInWorker({ name: 'export', bytes: loadFixture('project.gpx').bytes });
    expect(sniffed.status === 'ok' && sniffed.sourceFormat).toBe('gpx');
    expect(FakeWorker.posted).toBe(1);
  });
});

describe('client.ts time limit', () => {
  /** A worker stuck in a parse: it never answers. */
  class StuckWorker {
    static created = 0;
    terminated = false;
    onmessage: unknown = null;
    onerror: unknown = null;
    onmessageerror: unknown = null;
    constructor() {
      StuckWorker.created++;
    }
    postMessage(): void {}
    terminate(): void {
      this.terminated = true;
    }
  }

  test('a parse past the limit fails with `timeout`, and the next upload gets a fresh worker', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('Worker', StuckWorker);
      const { parseInWorker, UPLOAD_TIME_LIMIT_MS } = await import('../../src/upload/client');
      const first = parseInWorker(loadFixture('project-wgs84.geojson')).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(UPLOAD_TIME_LIMIT_MS + 1);
      expect(await first).toMatchObject({ code: 'timeout', params: { seconds: 15 } });
      const second = parseInWorker(loadFixture('project-wgs84.geojson')).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(UPLOAD_TIME_LIMIT_MS + 1);
      await second;
      expect(StuckWorker.created).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('lazy loading', () => {
  /** Module specifiers of the non-type static imports of a source file. */
  function staticImports(file: string): string[] {
    const src = readFileSync(join(SRC, file), 'utf8');
    return [...src.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
  }
  test('client.ts statically imports only the tiny errors module (parsers come via the worker or import())', () => {
    expect(staticImports('upload/client.ts')).toEqual(['./errors']);
    expect(readFileSync(join(SRC, 'upload/client.ts'), 'utf8')).toContain("await import('./index')");
  });
  test('errors.ts, types.ts and protocol.ts pull in no code at all; the CRS catalogue only the zone table', () => {
    for (const f of ['geo/gauss-kruger.ts', 'upload/errors.ts', 'upload/types.ts', 'upload/protocol.ts']) expect(staticImports(f), f).toEqual([]);
    expect(staticImports('upload/crs.ts')).toEqual(['../geo/gauss-kruger']);
  });
  test('proj4, shpjs, togeojson, papaparse and fflate are imported only by the parser modules', () => {
    const heavy = ['proj4', 'shpjs', '@tmcw/togeojson', 'papaparse', 'fflate'];
    const users = Object.fromEntries(
      ['upload/index.ts', 'upload/reproject.ts', 'upload/shapefile.ts', 'upload/xml.ts', 'upload/csv.ts', 'upload/geojson.ts', 'upload/zip.ts', 'upload/text.ts', 'upload/geometry.ts', 'upload/worker.ts', 'upload/rank-zones.ts', 'upload/detect-crs.ts', 'upload/prj.ts'].map((f) => [
        f,
        staticImports(f).filter((s) => heavy.includes(s)),
      ]),
    );
    expect(users).toEqual({
      'upload/index.ts': [],
      'upload/reproject.ts': ['proj4'],
      'upload/shapefile.ts': ['shpjs'],
      'upload/xml.ts': ['@tmcw/togeojson'],
      'upload/csv.ts': ['papaparse'],
      'upload/geojson.ts': [],
      'upload/zip.ts': ['fflate'],
      'upload/text.ts': [],
      'upload/geometry.ts': [],
      'upload/worker.ts': [],
      'upload/rank-zones.ts': ['proj4'],
      'upload/detect-crs.ts': [],
      'upload/prj.ts': [],
    });
  });
});
