/**
 * A second local server on another port, standing in for a third-party raster tile service:
 * every `/<name>/{z}/{x}/{y}.png` and every WMTS GetTile `/<name>/wmts?…` is a 256 px tile of
 * one colour, and each request is recorded so a
 * test can tell whether the site asked it for anything.
 */
import { createServer, type Server } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of one RGB colour with a 1 px darker edge, so tile seams show (8-bit truecolour). */
export function tilePng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const edge = [r * 0.7, g * 0.7, b * 0.7].map(Math.round);
  const rowOf = (y: number) =>
    Buffer.from([0, ...Array.from({ length: size }, (_, x) => (x === 0 || y === 0 ? edge : [r, g, b])).flat()]);
  const pixels = Buffer.concat(Array.from({ length: size }, (_, y) => rowOf(y)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function serveTiles(colour: [number, number, number]): Promise<{ server: Server; origin: string; requests: string[] }> {
  const png = tilePng(256, colour);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const url = req.url ?? '';
    if (/^\/\w+\/\d+\/\d+\/\d+\.png$/.test(url) || /^\/\w+\/wmts\?.*TILEMATRIX=\d+&TILEROW=\d+&TILECOL=\d+/.test(url)) {
      res.writeHead(200, { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*' }).end(png);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}`, requests };
}
