/**
 * The request/reply helper every worker of the app uses, against a fake Worker that runs the real
 * worker side (`serveCalls`) on structured clones, as a browser would.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveCalls, SupersededError, WorkerRpc, type ServeScope, type WorkerRpcOptions } from '../../src/data/worker-rpc';

type Body = { op: 'echo' | 'double' | 'fail' | 'hang' | 'function'; n?: number; buffer?: ArrayBuffer };

/** What the worker does with a request: the handler under test on the worker side. */
function handle(body: Body): unknown {
  switch (body.op) {
    case 'echo':
      return { n: body.n, bytes: body.buffer?.byteLength ?? null };
    case 'double':
      return new Promise((resolve) => setTimeout(() => resolve(body.n! * 2), 10 * (3 - body.n!)));
    case 'fail':
      throw new RangeError(`bad ${body.n}`);
    case 'hang':
      return new Promise(() => {});
    case 'function':
      return { value: 1, f: () => 1 }; // cannot be cloned
  }
}

/** The fault a worker sends: the error's name and message, as plain data. */
const toFault = (e: unknown) => ({ name: e instanceof Error ? e.name : 'unknown', message: e instanceof Error ? e.message : String(e) });

/** A browser Worker as far as the page can tell: messages are cloned both ways and arrive later. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  /** Replies already on their way still arrive after terminate() (as a queued message may). */
  static leaky = false;
  terminated = false;
  received: unknown[] = [];
  readonly scope: ServeScope;
  constructor() {
    super();
    FakeWorker.made.push(this);
    this.scope = {
      onmessage: null,
      postMessage: (message) => {
        const data = structuredClone(message);
        setTimeout(() => (this.terminated && !FakeWorker.leaky) || this.dispatchEvent(new MessageEvent('message', { data })));
      },
    };
    serveCalls(handle, toFault, { scope: this.scope });
  }
  postMessage(message: unknown, transfer: Transferable[] = []): void {
    const data = structuredClone(message, { transfer });
    this.received.push(data);
    setTimeout(() => this.terminated || this.scope.onmessage?.({ data } as MessageEvent));
  }
  terminate(): void {
    this.terminated = true;
  }
  /** What the browser does when the worker throws outside a call, or a reply cannot be read. */
  fire(type: 'error' | 'messageerror', message = ''): void {
    this.dispatchEvent(Object.assign(new Event(type), { message }));
  }
}

function rpc(options: Partial<WorkerRpcOptions<Body, ReturnType<typeof toFault>>> = {}) {
  return new WorkerRpc<Body, unknown, ReturnType<typeof toFault>>({
    start: () => new FakeWorker() as unknown as Worker,
    fault: (fault, body) => new Error(`fault ${fault.name}: ${fault.message} (op ${body.op})`),
    timeout: (body) => new Error(`timeout (op ${body.op})`),
    crashed: (body, message) => new Error(`crashed (op ${body.op}): ${message}`),
    unreadable: (body) => new Error(`unreadable (op ${body.op})`),
    ...options,
  });
}

afterEach(() => {
  FakeWorker.made = [];
  FakeWorker.leaky = false;
  vi.useRealTimers();
});

describe('WorkerRpc and serveCalls', () => {
  it('answers each call with its own reply, out of order, on one worker; faults become the caller’s error', async () => {
    const r = rpc();
    const replies = await Promise.all([r.call({ op: 'double', n: 1 }), r.call({ op: 'double', n: 2 }), r.call({ op: 'echo', n: 5 })]);
    expect(replies).toEqual([2, 4, { n: 5, bytes: null }]);
    await expect(r.call({ op: 'fail', n: 3 })).rejects.toThrow('fault RangeError: bad 3 (op fail)');
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('transfers what it is told to (the caller’s buffer is detached, the worker gets the bytes)', async () => {
    const buffer = new ArrayBuffer(16);
    expect(await rpc().call({ op: 'echo', n: 1, buffer }, [buffer])).toEqual({ n: 1, bytes: 16 });
    expect(buffer.byteLength).toBe(0);
  });

  it('a value the worker cannot clone comes back as a fault, not as silence', async () => {
    await expect(rpc().call({ op: 'function' })).rejects.toThrow('fault DataCloneError');
  });

  it('a request that cannot be cloned fails that call only', async () => {
    const r = rpc();
    await expect(r.call({ op: 'echo', n: (() => 1) as unknown as number })).rejects.toThrow();
    expect(await r.call({ op: 'echo', n: 2 })).toEqual({ n: 2, bytes: null });
  });

  it('past the time limit: the call fails with `timeout`, the worker is terminated, the next call gets a new one with its init', async () => {
    vi.useFakeTimers();
    const r = rpc({ timeLimitMs: 1000, init: () => ({ op: 'echo', n: 0 }) });
    const stuck = r.call({ op: 'hang' }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(999);
    expect(FakeWorker.made[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(await stuck).toEqual(new Error('timeout (op hang)'));
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    const next = r.call({ op: 'echo', n: 7 });
    await vi.advanceTimersByTimeAsync(10);
    expect(await next).toEqual({ n: 7, bytes: null });
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]!.received).toEqual([{ id: 0, body: { op: 'echo', n: 0 } }, { id: 2, body: { op: 'echo', n: 7 } }]);
  });

  it('a call answered in time clears its timer: nothing fires later', async () => {
    vi.useFakeTimers();
    const r = rpc({ timeLimitMs: 1000 });
    const done = r.call({ op: 'echo', n: 1 });
    await vi.advanceTimersByTimeAsync(10);
    await done;
    await vi.advanceTimersByTimeAsync(5000);
    expect(FakeWorker.made[0]!.terminated).toBe(false);
  });

  it('latestOnly: a new call supersedes the pending one and replaces its busy worker', async () => {
    const r = rpc({ latestOnly: true });
    const first = r.call({ op: 'hang' }).catch((e: unknown) => e);
    const second = r.call({ op: 'echo', n: 2 });
    expect(await first).toBeInstanceOf(SupersededError);
    expect(await second).toEqual({ n: 2, bytes: null });
    expect(FakeWorker.made.map((w) => w.terminated)).toEqual([true, false]);
  });

  it('a worker error fails every pending call with `crashed`, naming each; the next call starts afresh', async () => {
    const r = rpc();
    const a = r.call({ op: 'hang' }).catch((e: unknown) => e);
    const b = r.call({ op: 'fail' }).catch((e: unknown) => e);
    FakeWorker.made[0]!.fire('error', 'boom');
    expect(await a).toEqual(new Error('crashed (op hang): boom'));
    expect(await b).toEqual(new Error('crashed (op fail): boom'));
    expect(await r.call({ op: 'echo', n: 1 })).toEqual({ n: 1, bytes: null });
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('a reply this side cannot read fails the pending calls with `unreadable`', async () => {
    const r = rpc();
    const a = r.call({ op: 'hang' }).catch((e: unknown) => e);
    FakeWorker.made[0]!.fire('messageerror');
    expect(await a).toEqual(new Error('unreadable (op hang)'));
  });

  it('a worker that cannot start fails the call with `crashed`', async () => {
    const r = rpc({
      start: () => {
        throw new Error('no module workers');
      },
    });
    await expect(r.call({ op: 'echo' })).rejects.toThrow('crashed (op echo): no module workers');
  });

  it('a late reply from a replaced worker is ignored', async () => {
    vi.useFakeTimers();
    FakeWorker.leaky = true;
    const r = rpc({ timeLimitMs: 15 });
    const slow = r.call({ op: 'double', n: 1 }).catch((e: unknown) => e); // answers 2 after 20 ms
    await vi.advanceTimersByTimeAsync(16);
    expect(await slow).toEqual(new Error('timeout (op double)'));
    const fresh = r.call({ op: 'double', n: 2 }); // answers 4 after 10 ms; the old worker's 2 arrives first
    await vi.advanceTimersByTimeAsync(12);
    expect(await fresh).toBe(4);
  });

  it('terminate() ends the worker and fails what it held', async () => {
    const r = rpc();
    const a = r.call({ op: 'hang' }).catch((e: unknown) => e);
    r.terminate();
    expect(await a).toEqual(new Error('crashed (op hang): terminated'));
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });
});
