/**
 * Regenerates public/embed-default.jpg: the embed's default view, 800×500, the picture the static
 * fallback and link previews show. Run after `npm run build` (npm run embed:image does both).
 */
import { serveDist } from '../test/e2e/server';
import { launch, openPage, waitForMapIdle } from '../test/e2e/browser';

const OUT = 'public/embed-default.jpg';
const { server, url } = await serveDist('dist');
const browser = await launch();
try {
  const { page, errors } = await openPage(browser, `${url}embed.html#plain=1&ui=none&mh=500`, { width: 800, height: 1000 });
  await waitForMapIdle(page);
  await page.locator('.embed-map').screenshot({ path: OUT, type: 'jpeg', quality: 80 });
  if (errors.length) throw new Error(errors.join('\n'));
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  server.close();
}
