/**
 * Regenerates public/embed-default.png: the embed's default view, 800×500, the picture the static
 * fallback and link previews show. Run after `npm run build` (npm run embed:image does both).
 */
import { serveDist } from '../test/e2e/server';
import { launch, openPage, waitForMapIdle } from '../test/e2e/browser';

const OUT = 'public/embed-default.png';
const { server, url } = await serveDist('dist');
const browser = await launch();
try {
  const { page, errors } = await openPage(browser, `${url}embed.html#plain=1&ui=none&mh=500`, { width: 800, height: 1000 });
  await waitForMapIdle(page);
  // Exactly the 800×500 the page's <img> reserves (the map box has a border line below it).
  const box = (await page.locator('.embed-map').boundingBox())!;
  await page.screenshot({ path: OUT, type: 'png', clip: { x: box.x, y: box.y, width: 800, height: 500 } });
  if (errors.length) throw new Error(errors.join('\n'));
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  server.close();
}
