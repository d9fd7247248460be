/**
 * Serves the host-page fixtures (test/fixtures/article.html and its foreign frame) from origins
 * of their own, as a news site would: {{BASE}} becomes the map site, {{FOREIGN}} a third
 * origin (another port), whose frame tries to resize the maps, and {{PARAGRAPHS}} filler text.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';

const FILES = new Set(['article.html', 'foreign.html', 'foreign.js']);

function listen(handler: (name: string) => string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    if (!FILES.has(name)) {
      res.writeHead(404).end();
      return;
    }
    const type = extname(name) === '.js' ? 'text/javascript' : 'text/html';
    res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` }).end(handler(name));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    });
  });
}

/** Six paragraphs of filler, so the article scrolls past its maps. */
const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>第 ${i + 1} 段。长江上游生态屏障建设关系到全流域的水安全。本段是测试用的占位文字，让文章足够长，页面可以上下滚动。` +
    `Paragraph ${i + 1}: filler text so that the article is long enough to scroll past the maps.</p>`,
).join('\n');

export async function serveHost(base: string): Promise<{ servers: Server[]; url: string }> {
  const read = (name: string) => readFileSync(join('test/fixtures', name), 'utf8');
  const foreign = await listen(read);
  const host = await listen((name) =>
    read(name).replaceAll('{{BASE}}', base).replaceAll('{{FOREIGN}}', foreign.url).replaceAll('{{PARAGRAPHS}}', PARAGRAPHS),
  );
  return { servers: [host.server, foreign.server], url: host.url };
}
