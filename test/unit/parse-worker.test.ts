import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Districts } from '../../src/data/contract';
import type { RpcReply, RpcRequest, ServeScope } from '../../src/data/worker-rpc';
import { unpackGeometry } from '../../src/geo/packed';
import { i18n } from '../../src/i18n/index.svelte';
import { uploadErrorText } from '../../src/ui/planner/upload-messages';
import type { UploadFault, UploadReply, UploadRequest } from '../../src/upload/protocol';
import { uploadHandler } from '../../src/upload/reader';
import type { UploadListing, UploadSite } from '../../src/upload/types';
import { fileFrom, loadFixture } from '../fixtures/upload/load';

const SRC = join(__dirname, '../../src');
const districts = JSON.parse(readFileSync(join(__dirname, '../../public/data/districts.geojson'), 'utf8')) as Districts;
/** The sample project: two parcels, 万州 and 渝中, about 224 km apart. */
const project = JSON.parse(readFileSync(join(__dirname, '../fixtures/upload/project-wgs84.geojson'), 'utf8')) as { features: { geometry: { coordinates: number[][][] } }[] };

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
  static posted: UploadRequest[] = [];
  /** Requests of these kinds get no answer (a worker stuck in them). */
  static stuckOn = new Set<UploadRequest['kind']>();
  constructor(url: URL, options?: WorkerOptions) {
    super();
    FakeWorker.created.push({ url: url.href, options });
  }
  postMessage(message: RpcRequest<UploadRequest>): void {
    FakeWorker.posted.push(message.body);
    if (FakeWorker.stuckOn.has(message.body.kind)) return;
    const request = structuredClone(message);
    // one message after the other, as a worker's thread takes them
    FakeWorker.queue = FakeWorker.queue.then(() => runWorker(request)).then((reply) => void this.dispatchEvent(new MessageEvent('message', { data: structuredClone(reply) })));
  }
  static queue = Promise.resolve();
  terminate(): void {}
}

afterEach(() => {
  // A fresh client and worker module per test: the worker's file is module state.
  vi.resetModules();
  workerLoaded = false;
  vi.unstubAllGlobals();
  FakeWorker.created = [];
  FakeWorker.posted = [];
  FakeWorker.stuckOn = new Set();
  FakeWorker.queue = Promise.resolve();
});

const read = (file = loadFixture('project-wgs84.geojson')): UploadRequest => ({ kind: 'read', file, options: {} });
/** The outer ring of a packed Polygon site. */
const siteRing = (site: UploadSite) => (unpackGeometry(site.geometry) as { type: 'Polygon'; coordinates: number[][][] }).coordinates[0];

describe('worker.ts', () => {
  test('reads a file and replies with its rows and first choice, not its features: a plain, cloneable object', async () => {
    await runWorker({ id: 0, body: { kind: 'districts', districts } });
    const r = await runWorker({ id: 7, body: read() });
    expect(r.id).toBe(7);
    const listing = (r.ok && r.value) as UploadListing;
    expect(listing.status).toBe('ok');
    expect(listing).not.toHaveProperty('features');
    expect(listing.rows.map((row) => [row.name?.text, row.kind, row.districts.map((d) => d.name)])).toEqual([
      ['万州示例项目', 'area', ['万州区']],
      ['渝中示例项目', 'area', ['渝中区']],
    ]);
    // two places 224 km apart: only the first starts checked, and nothing is made of it yet
    expect(listing.first).toMatchObject({ chosen: [0], places: 2 });
    expect(listing.analysis).toEqual({ used: 'area', leftOut: {}, places: 1, spanM: 0 });
    expect(listing.site).toBeUndefined();
    expect(structuredClone(r)).toEqual(r);
  });

  test('keeps the features: a choice is analysed and made into a site from them, the site packed in a buffer that moves', async () => {
    await runWorker({ id: 0, body: { kind: 'districts', districts } });
    await runWorker({ id: 1, body: read() });
    const both = await runWorker({ id: 2, body: { kind: 'analyse', chosen: [1, 0] } });
    const analysis = (both.ok && both.value) as { used: string; places: number; spanM: number };
    expect(analysis).toMatchObject({ used: 'area', places: 2 });
    expect(analysis.spanM / 1000).toBeCloseTo(224, -1);
    const posted: { reply: unknown; transfer: Transferable[] | undefined }[] = [];
    fakeScope.postMessage = (reply, transfer) => posted.push({ reply, transfer });
    await fakeScope.onmessage!({ data: { id: 3, body: { kind: 'site', chosen: [1, 1, 7, -1] } } } as MessageEvent);
    const { reply, transfer } = posted[0]!;
    const site = (reply as Reply & { ok: true }).value as UploadSite;
    expect(site).toMatchObject({ used: 'areas', chosen: [1], analysis: { places: 1 } });
    expect(siteRing(site)).toEqual(project.features[1]!.geometry.coordinates[0]);
    expect(transfer).toEqual([site.geometry.coords.buffer]);
  });

  test('a file of one feature in one place comes back with its site, to be used at once', async () => {
    const parcel = { type: 'Feature', properties: { name: '单个地块' }, geometry: { type: 'Polygon', coordinates: project.features[1]!.geometry.coordinates } };
    const r = await runWorker({ id: 4, body: read(fileFrom('one.geojson', JSON.stringify({ type: 'FeatureCollection', features: [parcel] }))) });
    const listing = (r.ok && r.value) as UploadListing;
    expect(listing.rows).toHaveLength(1);
    expect(listing.site).toMatchObject({ used: 'areas', chosen: [0] });
    expect(siteRing(listing.site!)).toEqual(project.features[1]!.geometry.coordinates[0]);
  });

  test('replies { ok: false, fault } for input errors, for a site the choice cannot make, and when no file is held', async () => {
    const r = await runWorker({ id: 8, body: read(fileFrom('a.geojson', '{')) });
    expect(r).toMatchObject({ id: 8, ok: false, fault: { code: 'invalid-json' } });
    // the failed read left nothing held
    expect(await runWorker({ id: 9, body: { kind: 'analyse', chosen: [0] } })).toMatchObject({ ok: false, fault: { code: 'worker-failed' } });
    await runWorker({ id: 10, body: read() });
    expect(await runWorker({ id: 11, body: { kind: 'site', chosen: [] } })).toMatchObject({ ok: false, fault: { name: 'GeoInputError', code: 'empty-geometry' } });
  });

  test('reads KML and GPX without a DOMParser (strict xmldom), to what a lenient parser reads from them', async () => {
    for (const name of ['project.kml', 'project.gpx']) {
      const r = await runWorker({ id: 9, body: read(loadFixture(name)) });
      const onPage = await uploadHandler(new DOMParser() as never)(read(loadFixture(name)));
      expect(r.ok && r.value, name).toEqual(onPage);
    }
  });
});

describe('client.ts uploadReader', () => {
  test('without Worker (Node, old browsers) it reads in this thread, and answers about the file there', async () => {
    expect(typeof Worker).toBe('undefined');
    const { uploadReader } = await import('../../src/upload/client');
    const reader = uploadReader(districts);
    const listing = (await reader.read(loadFixture('project-epsg4545.geojson'))) as UploadListing;
    const handle = uploadHandler();
    await handle({ kind: 'districts', districts });
    expect(listing).toEqual(await handle(read(loadFixture('project-epsg4545.geojson'))));
    expect(listing.rows[1]!.districts.map((d) => d.name)).toEqual(['渝中区']);
    await expect(reader.analyse([0, 1])).resolves.toMatchObject({ places: 2 });
    await expect(reader.read(fileFrom('a.geojson', '{'))).rejects.toMatchObject({ code: 'invalid-json' });
  });

  test('with Worker: module worker from ./worker.ts, told the districts first; results and typed errors come back; bytes are not detached', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { uploadReader, UploadError } = await import('../../src/upload/client');
    const reader = uploadReader(districts);
    const file = loadFixture('project-epsg4524-swapped.csv');
    const r = (await reader.read(file, { csvPolygon: true })) as UploadListing;
    expect(r.rows.map((row) => row.districts.map((d) => d.name))).toEqual([['万州区'], ['渝中区']]);
    expect(file.bytes.byteLength).toBeGreaterThan(0);
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.url).toMatch(/\/worker\.ts$/);
    expect(FakeWorker.created[0]!.options).toEqual({ type: 'module' });
    expect(FakeWorker.posted.map((p) => p.kind)).toEqual(['districts', 'read']);
    const site = await reader.site([1]);
    expect(siteRing(site)).toHaveLength(5);
    const geo = await reader.site([]).catch((e: unknown) => e);
    expect(geo).toMatchObject({ name: 'GeoInputError', code: 'empty-geometry' });
    const err = await reader.read(fileFrom('a.zip', 'nope')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadError);
    expect(err).toMatchObject({ code: 'bad-zip', params: { detail: 'not a zip archive' } });
    expect(FakeWorker.created).toHaveLength(1); // one worker, reused
  });

  test('clicks faster than the answers: one question at a time, and only the newest waiting one is asked', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { uploadReader } = await import('../../src/upload/client');
    const reader = uploadReader(districts);
    await reader.read(loadFixture('project-wgs84.geojson'));
    const first = reader.analyse([0]);
    const second = reader.analyse([1]).catch((e: unknown) => e);
    const third = reader.analyse([0, 1]);
    await expect(first).resolves.toMatchObject({ places: 1 });
    await expect(second).resolves.toMatchObject({ name: 'SupersededError' });
    await expect(third).resolves.toMatchObject({ places: 2 });
    expect(FakeWorker.posted.filter((p) => p.kind === 'analyse').map((p) => p.kind === 'analyse' && p.chosen)).toEqual([[0], [0, 1]]);
  });

  test('KML, GPX and XML sniffed from content are read in the worker too', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { uploadReader } = await import('../../src/upload/client');
    const reader = uploadReader(districts);
    const kml = await reader.read(loadFixture('project.kml'));
    expect(kml.status === 'ok' && kml.sourceFormat).toBe('kml');
    const sniffed = await reader.read({ name: 'export', bytes: loadFixture('project.gpx').bytes });
    expect(sniffed.status === 'ok' && sniffed.sourceFormat).toBe('gpx');
    expect(FakeWorker.posted.filter((p) => p.kind === 'read')).toHaveLength(2);
  });
});

describe('client.ts time limit and replacement', () => {
  /** A worker stuck in every call: it never answers. */
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

  test('a read past the limit fails with `timeout`, and the next upload gets a fresh worker', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('Worker', StuckWorker);
      const { uploadReader, UPLOAD_TIME_LIMIT_MS } = await import('../../src/upload/client');
      const reader = uploadReader(districts);
      const first = reader.read(loadFixture('project-wgs84.geojson')).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(UPLOAD_TIME_LIMIT_MS + 1);
      expect(await first).toMatchObject({ code: 'timeout', params: { seconds: 15 } });
      expect(StuckWorker.made[0]!.terminated).toBe(true);
      const second = reader.read(loadFixture('project-wgs84.geojson')).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(UPLOAD_TIME_LIMIT_MS + 1);
      await second;
      expect(StuckWorker.made).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  test('an analysis past the limit fails with `choice-timeout`, said as such (not as a read), and its worker is replaced', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('Worker', FakeWorker);
      FakeWorker.stuckOn = new Set(['analyse']);
      const { uploadReader, UPLOAD_TIME_LIMIT_MS } = await import('../../src/upload/client');
      const reader = uploadReader(districts);
      await reader.read(loadFixture('project-wgs84.geojson'));
      const stuck = reader.analyse([0, 1]).catch((e: unknown) => e);
      const waiting = reader.analyse([1]).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(UPLOAD_TIME_LIMIT_MS + 1);
      const error = await stuck;
      expect(error).toMatchObject({ code: 'choice-timeout', params: { seconds: 15 } });
      expect(uploadErrorText(error)).toBe('处理所选要素超过 15 秒仍未完成，已停止。请重新选择文件，少选一些要素再试。当前场地保持不变。');
      i18n.lang = 'en';
      try {
        expect(uploadErrorText(error)).toBe(
          'Working out the chosen features took longer than 15 s and was stopped. Choose the file again and pick fewer features. Your current site is unchanged.',
        );
      } finally {
        i18n.lang = 'zh';
      }
      // the question waiting behind it goes to a fresh worker (stuck as well, here)
      expect(FakeWorker.created).toHaveLength(2);
      expect(FakeWorker.posted.map((p) => p.kind)).toEqual(['districts', 'read', 'analyse', 'districts', 'analyse']);
      await vi.advanceTimersByTimeAsync(UPLOAD_TIME_LIMIT_MS + 1);
      expect(await waiting).toMatchObject({ code: 'choice-timeout' });
    } finally {
      vi.useRealTimers();
    }
  });

  test('a new upload while one is read: the old one is dropped with its worker, the new one does not wait behind it', async () => {
    vi.stubGlobal('Worker', StuckWorker);
    const { uploadReader } = await import('../../src/upload/client');
    const reader = uploadReader(districts);
    const first = reader.read(loadFixture('project-wgs84.geojson')).catch((e: unknown) => e);
    const analysis = reader.analyse([0]).catch((e: unknown) => e);
    void reader.read(loadFixture('project-wgs84.geojson')).catch(() => {});
    expect(await first).toMatchObject({ name: 'SupersededError' });
    expect(await analysis).toMatchObject({ name: 'SupersededError' });
    expect(StuckWorker.made.map((w) => w.terminated)).toEqual([true, false]);
  });

  test('a worker that dies fails the read with `worker-failed`, and the next upload gets a fresh worker', async () => {
    vi.stubGlobal('Worker', StuckWorker);
    const { uploadReader } = await import('../../src/upload/client');
    const reader = uploadReader(districts);
    const first = reader.read(loadFixture('project-wgs84.geojson')).catch((e: unknown) => e);
    StuckWorker.made[0]!.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }));
    expect(await first).toMatchObject({ code: 'worker-failed', params: { detail: 'out of memory' } });
    void reader.read(loadFixture('project-wgs84.geojson')).catch(() => {});
    expect(StuckWorker.made).toHaveLength(2);
  });

  test('closing the dialog ends its worker', async () => {
    vi.stubGlobal('Worker', StuckWorker);
    const { uploadReader } = await import('../../src/upload/client');
    const reader = uploadReader(districts);
    const pending = reader.read(loadFixture('project-wgs84.geojson')).catch((e: unknown) => e);
    reader.close();
    expect(StuckWorker.made[0]!.terminated).toBe(true);
    expect(await pending).toMatchObject({ code: 'worker-failed' });
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
    expect(readFileSync(join(SRC, 'upload/client.ts'), 'utf8')).toContain("import('./reader')");
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
