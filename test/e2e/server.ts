/**
 * A tiny static server for the production build, mounted under a sub-path so every test also
 * proves that dist/ works away from the site root. Supports Range requests like any static host.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

export const SUB_PATH = '/maps/explorer/';

/** Types a host compresses (docs/hosting.md); Range-read files are never among them. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);

export interface ServeOptions {
  /** Folders served beside `root`: `{ 'bench-bare': 'bench/.out/bare' }` → `SUB_PATH + 'bench-bare/'`. */
  mounts?: Record<string, string>;
  /** gzip text files for clients that accept it, as docs/hosting.md asks of a real host. */
  gzip?: boolean;
  /** Sees every request: path under the sub-path, status, bytes sent (headers included), when it arrived (ms since the epoch). */
  log?: (path: string, status: number, bytesSent: number, arrivedAt: number) => void;
}

export function serveDist(root: string, port = 0, { mounts = {}, gzip = false, log }: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(SUB_PATH)) {
      res.writeHead(404).end('outside the sub-path');
      return;
    }
    let rest = decodeURIComponent(url.pathname.slice(SUB_PATH.length));
    if (log) {
      // bytes on the wire, headers included (one request at a time per HTTP/1.1 socket)
      const path = rest;
      const before = req.socket.bytesWritten;
      const arrivedAt = Date.now();
      res.on('finish', () => log(path, res.statusCode, req.socket.bytesWritten - before, arrivedAt));
    }
    const mount = Object.keys(mounts).find((m) => rest.startsWith(`${m}/`));
    const base = resolve(mount ? (mounts[mount] as string) : root);
    if (mount) rest = rest.slice(mount.length + 1);
    let path = normalize(join(base, rest));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const { size, mtime } = statSync(path);
      // validators and cache headers as docs/hosting.md asks of a host: a file read again (the
      // units-store worker re-reads small layers the page has) costs a 304, not a download
      const etag = `"${size.toString(36)}-${mtime.getTime().toString(36)}"`;
      const headers = {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Accept-Ranges': 'bytes',
        'Cache-Control': /(^|\/)assets\//.test(rest) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ETag: etag,
        'Last-Modified': mtime.toUTCString(),
      };
      const range = req.headers.range?.match(/^bytes=(\d+)-(\d*)$/);
      if (!range && req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      if (gzip && !range && COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        let body = gzipped.get(path);
        if (!body) gzipped.set(path, (body = gzipSync(readFileSync(path))));
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
        res.end(body);
      } else if (range) {
        const start = Number(range[1]);
        const end = Math.min(size - 1, range[2] ? Number(range[2]) : size - 1);
        if (start >= size || end < start) {
          res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
          return;
        }
        res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
        createReadStream(path, { start, end }).pipe(res);
      } else {
        res.writeHead(200, { ...headers, 'Content-Length': size });
        createReadStream(path).pipe(res);
      }
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://127.0.0.1:${actualPort}${SUB_PATH}` });
    });
  });
}
