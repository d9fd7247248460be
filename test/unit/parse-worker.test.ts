import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { RpcReply, RpcRequest, ServeScope } from '../../src/data/worker-rpc';
import { parseUpload, type ParsedUpload } from '../../src/upload/index';
import type { UploadFault, UploadReply, UploadRequest } from '../../src/upload/protocol';
import { fileFrom, loadFixture } from '../fixtures/upload/load';

const SRC = join(__dirname, '../../src');

type Reply = RpcReply<UploadReply, UploadFault>;

/** The worker's global scope: worker.ts installs `onmessage` on it and answers through `postMessage`. */
const fakeScope: ServeScope = { onmessage: null, postMessage: () => {} };
let workerLoaded = false;

/** Loads worker.ts once against `fakeScope`, as a worker global without DOMParser, and feeds it one request. */
async function runWorker(request: RpcRequest<UploadRequest>): Promise<Reply> {
  expect((globalThis as { DOMParser?: unknown }).DOMParser).toBeUndefined();
  if (!workerLoaded) {
    vi.stubGlobal('self', fakeScope);
    await import('../../src/upload/worker');
    workerLoaded = true;
  }
  const done = new Promise<Reply>((resolve) => (fakeScope.postMessage = (r) => resolve(r as Reply)));
  await fakeScope.onmessage!({ data: request } as MessageEvent);
  return done;
}

/** Stands in for a browser Worker: runs the real worker module's handler on cloned messages. */
class FakeWorker extends EventTarget {
  static created: { url: string; options: WorkerOptions | undefined }[] = [];
  static posted = 0;
  constructor(url: URL, options?: WorkerOptions) {
    super();
    FakeWorker.created.push({ url: url.href, options });
  }
  postMessage(message: RpcRequest<UploadRequest>): void {
    FakeWorker.posted++;
    const request = structuredClone(message);
    void runWorker(request).then((reply) => this.dispatchEvent(new MessageEvent('message', { data: structuredClone(reply) })));
  }
  terminate(): void {}
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
  test('parses and replies { id, ok, value }: a plain, cloneable object', async () => {
    const r = await runWorker({ id: 7, body: { file: loadFixture('project-epsg4545-gbk.zip'), options: {} } });
    expect(r.id).toBe(7);
    expect(r.ok && r.value.status).toBe('ok');
    expect(structuredClone(r)).toEqual(r);
  });
  test('replies { ok: false, fault: { code, params } } for input errors', async () => {
    const r = await runWorker({ id: 8, body: { file: fileFrom('a.geojson', '{'), options: {} } });
    expect(r).toMatchObject({ id: 8, ok: false, fault: { code: 'invalid-json' } });
  });
  test('reads KML and GPX without a DOMParser (strict xmldom), to what a lenient parser reads from them', async () => {
    for (const name of ['project.kml', 'project.gpx']) {
      const r = await runWorker({ id: 9, body: { file: loadFixture(name), options: {} } });
      const onPage = await parseUpload(loadFixture(name), { xmlParser: new DOMParser() as never });
      expect(r.ok && r.value, name).toEqual(onPage);
    }
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

  test('KML, GPX and XML sniffed from content are read in the worker too', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { parseInWorker } = await import('../../src/upload/client');
    const kml = await parseInWorker(loadFixture('project.kml'));
    expect(kml.status === 'ok' && kml.sourceFormat).toBe('kml');
    const sniffed = await parseInWorker({ name: 'export', bytes: loadFixture('project.gpx').bytes });
    expect(sniffed.status === 'ok' && sniffed.sourceFormat).toBe('gpx');
    expect(FakeWorker.posted).toBe(2);
  });
});

describe('client.ts time limit and replacement', () => {
  /** A worker stuck in a parse: it never answers. */
  class StuckWorker extends EventTarget {
    static made: StuckWorker[] = [];
    terminated = false;
    constructor() {
      super();
      StuckWorker.made.push(this);
    }
    postMessage(): void {}
    terminate(): void {
      this.terminated = true;
    }
  }
  afterEach(() => {
    StuckWorker.made = [];
  });

  test('a parse past the limit fails with `timeout`, and the next upload gets a fresh worker', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('Worker', StuckWorker);
      const { parseInWorker, UPLOAD_TIME_LIMIT_MS } = await import('../../src/upload/client');
      const first = parseInWorker(loadFixture('project-wgs84.geojson')).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(UPLOAD_TIME_LIMIT_MS + 1);
      expect(await first).toMatchObject({ code: 'timeout', params: { seconds: 15 } });
      expect(StuckWorker.made[0]!.terminated).toBe(true);
      const second = parseInWorker(loadFixture('project-wgs84.geojson')).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(UPLOAD_TIME_LIMIT_MS + 1);
      await second;
      expect(StuckWorker.made).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a new upload while one is read: the old one is dropped with its worker, the new one does not wait behind it', async () => {
    vi.stubGlobal('Worker', StuckWorker);
    const { parseInWorker } = await import('../../src/upload/client');
    const first = parseInWorker(loadFixture('project-wgs84.geojson')).catch((e: unknown) => e);
    void parseInWorker(loadFixture('project-wgs84.geojson')).catch(() => {});
    expect(await first).toMatchObject({ name: 'SupersededError' });
    expect(StuckWorker.made.map((w) => w.terminated)).toEqual([true, false]);
  });

  test('a worker that dies fails the parse with `worker-failed`, and the next upload gets a fresh worker', async () => {
    vi.stubGlobal('Worker', StuckWorker);
    const { parseInWorker } = await import('../../src/upload/client');
    const first = parseInWorker(loadFixture('project-wgs84.geojson')).catch((e: unknown) => e);
    StuckWorker.made[0]!.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }));
    expect(await first).toMatchObject({ code: 'worker-failed', params: { detail: 'out of memory' } });
    void parseInWorker(loadFixture('project-wgs84.geojson')).catch(() => {});
    expect(StuckWorker.made).toHaveLength(2);
  });
});

describe('lazy loading', () => {
  /** Module specifiers of the non-type static imports of a source file. */
  function staticImports(file: string): string[] {
    const src = readFileSync(join(SRC, file), 'utf8');
    return [...src.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
  }
  test('client.ts statically imports only the worker channel and the tiny errors module (parsers come via the worker or import())', () => {
    expect(staticImports('upload/client.ts')).toEqual(['../data/worker-rpc', './errors']);
    expect(readFileSync(join(SRC, 'upload/client.ts'), 'utf8')).toContain("await import('./index')");
  });
  test('errors.ts, types.ts and protocol.ts pull in no code at all; the CRS catalogue only the zone table', () => {
    for (const f of ['geo/gauss-kruger.ts', 'upload/errors.ts', 'upload/types.ts', 'upload/protocol.ts']) expect(staticImports(f), f).toEqual([]);
    expect(staticImports('upload/crs.ts')).toEqual(['../geo/gauss-kruger']);
  });
  test('proj4, shpjs, togeojson, xmldom, papaparse and fflate are imported only by the parser modules', () => {
    const heavy = ['proj4', 'shpjs', '@tmcw/togeojson', '@xmldom/xmldom', 'papaparse', 'fflate'];
    const users = Object.fromEntries(
      ['upload/index.ts', 'upload/reproject.ts', 'upload/shapefile.ts', 'upload/xml.ts', 'upload/csv.ts', 'upload/geojson.ts', 'upload/zip.ts', 'upload/text.ts', 'upload/geometry.ts', 'upload/worker.ts', 'upload/xml-parser.ts', 'upload/rank-zones.ts', 'upload/detect-crs.ts', 'upload/prj.ts'].map((f) => [
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
      'upload/xml-parser.ts': ['@xmldom/xmldom'],
      'upload/rank-zones.ts': ['proj4'],
      'upload/detect-crs.ts': [],
      'upload/prj.ts': [],
    });
  });
});
