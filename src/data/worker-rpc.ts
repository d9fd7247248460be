/**
 * Request and reply over a Web Worker, typed, for every worker of the app (data parsing, upload
 * parsing, the site check). The page side, {@link WorkerRpc}, numbers each call and settles its
 * promise from the worker's reply; the worker side, {@link serveCalls}, answers every request,
 * including with a fault when the handler throws or its result cannot be cloned. What differs per
 * worker is policy, passed in: a time limit after which the worker is terminated and replaced,
 * whether a newer call supersedes the pending ones, and which error each failure becomes.
 */

export interface RpcRequest<Body> {
  id: number;
  body: Body;
}

/** A worker's answer: its value, or a fault (cloneable data the page turns into an error). */
export type RpcReply<Value, Fault> = { id: number; ok: true; value: Value } | { id: number; ok: false; fault: Fault };

/** A call that a newer one made pointless (`latestOnly`): nothing to show the user. */
export class SupersededError extends Error {
  override readonly name = 'SupersededError';
  constructor() {
    super('superseded by a newer call');
  }
}

export interface WorkerRpcOptions<Body, Fault> {
  /** Makes a worker; called on the first call and again after a worker was dropped. */
  start: () => Worker;
  /** Sent to each new worker before any call (e.g. the data it works on); its reply is not awaited. */
  init?: () => Body;
  /**
   * A call still pending after this many ms fails with `timeout`, and its worker is terminated and
   * replaced (any other call it held fails as `crashed`).
   */
  timeLimitMs?: number;
  /** A new call supersedes the pending ones: they fail with {@link SupersededError}, and their busy worker is replaced. */
  latestOnly?: boolean;
  /** The error for a fault the worker replied with. */
  fault: (fault: Fault, body: Body) => unknown;
  /** The error for a call past `timeLimitMs`. */
  timeout?: (body: Body) => unknown;
  /** The error for each pending call when the worker fails (does not start, throws outside a call, dies). */
  crashed: (body: Body, message: string) => unknown;
  /** The error for each pending call when a reply cannot be read on this side (`messageerror`). */
  unreadable: (body: Body) => unknown;
}

interface Pending<Body> {
  body: Body;
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class WorkerRpc<Body, Value, Fault> {
  readonly #options: WorkerRpcOptions<Body, Fault>;
  readonly #pending = new Map<number, Pending<Body>>();
  #worker: Worker | null = null;
  #next = 1;

  constructor(options: WorkerRpcOptions<Body, Fault>) {
    this.#options = options;
  }

  /** Posts `body` (transferring `transfer`) and resolves with the worker's value. */
  call(body: Body, transfer: Transferable[] = []): Promise<Value> {
    const options = this.#options;
    if (options.latestOnly && this.#pending.size > 0) this.#drop(() => new SupersededError());
    let worker: Worker;
    try {
      worker = this.#worker ??= this.#start();
    } catch (e) {
      return Promise.reject(options.crashed(body, e instanceof Error ? e.message : String(e)));
    }
    const id = this.#next++;
    return new Promise<Value>((resolve, reject) => {
      const timer =
        options.timeLimitMs === undefined
          ? undefined
          : setTimeout(() => {
              const p = this.#pending.get(id);
              if (!p) return;
              this.#pending.delete(id);
              p.reject(options.timeout ? options.timeout(body) : new Error(`worker call took over ${options.timeLimitMs} ms`));
              this.#drop((other) => options.crashed(other, 'replaced after a call ran past the time limit'));
            }, options.timeLimitMs);
      this.#pending.set(id, { body, resolve: resolve as (value: never) => void, reject, timer });
      try {
        worker.postMessage({ id, body } satisfies RpcRequest<Body>, transfer);
      } catch (e) {
        // The request itself cannot be cloned: this call fails, the worker is fine.
        clearTimeout(timer);
        this.#pending.delete(id);
        reject(e);
      }
    });
  }

  /** Ends the worker; pending calls fail as if it had crashed. The next call starts a new one. */
  terminate(): void {
    this.#drop((body) => this.#options.crashed(body, 'terminated'));
  }

  #start(): Worker {
    const worker = this.#options.start();
    worker.addEventListener('message', (event: MessageEvent<RpcReply<Value, Fault>>) => {
      const reply = event.data;
      const p = this.#pending.get(reply.id);
      if (!p || worker !== this.#worker) return;
      this.#pending.delete(reply.id);
      clearTimeout(p.timer);
      if (reply.ok) p.resolve(reply.value as never);
      else p.reject(this.#options.fault(reply.fault, p.body));
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      if (worker !== this.#worker) return;
      event.preventDefault?.();
      this.#drop((body) => this.#options.crashed(body, event.message ?? 'worker error'));
    });
    worker.addEventListener('messageerror', () => {
      if (worker === this.#worker) this.#drop((body) => this.#options.unreadable(body));
    });
    const init = this.#options.init?.();
    if (init !== undefined) worker.postMessage({ id: 0, body: init } satisfies RpcRequest<Body>);
    return worker;
  }

  /** Fails every pending call with `error(body)` and terminates the worker, if any is running. */
  #drop(error: (body: Body) => unknown): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    this.#worker?.terminate();
    this.#worker = null;
    for (const p of pending) {
      clearTimeout(p.timer);
      p.reject(error(p.body));
    }
  }
}

/** The worker's global scope, as far as {@link serveCalls} needs it. */
export interface ServeScope {
  onmessage: ((event: MessageEvent) => unknown) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

/**
 * Installs the worker's request handler: every request gets one reply, `{ ok: true, value }`, or
 * `{ ok: false, fault }` when `handle` throws or its value cannot be cloned (`toFault` then gets
 * the DataCloneError). `transfer` names the buffers of a value to move rather than copy.
 */
export function serveCalls<Body, Value, Fault>(
  handle: (body: Body) => Value | Promise<Value>,
  toFault: (error: unknown) => Fault,
  { scope = self as unknown as ServeScope, transfer }: { scope?: ServeScope; transfer?: (value: Value) => Transferable[] } = {},
): void {
  scope.onmessage = async (event: MessageEvent<RpcRequest<Body>>) => {
    const { id, body } = event.data;
    let reply: RpcReply<Value, Fault>;
    try {
      reply = { id, ok: true, value: await handle(body) };
    } catch (e) {
      reply = { id, ok: false, fault: toFault(e) };
    }
    try {
      scope.postMessage(reply, reply.ok && transfer ? transfer(reply.value) : []);
    } catch (e) {
      scope.postMessage({ id, ok: false, fault: toFault(e) } satisfies RpcReply<Value, Fault>);
    }
  };
}
