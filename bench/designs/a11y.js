// What Chromium gives a screen reader of each card-list design at 1,000
// cards, in the mode a screen reader turns on (--force-renderer-accessibility):
// the non-ignored headings and links of Accessibility.getFullAXTree, the last
// card far below the viewport included; whether Tab from card 899's link
// reaches card 900's; and whether find-in-page finds card 987's text.
//
//   node bench/designs/build.js && node bench/designs/a11y.js

import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';

/* global console -- Node */
/* global document, window -- in the functions that run in the page */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DESIGNS = ['keyed', 'kept', 'today'];
const CARDS = 1000;

const server = http.createServer(async (request, response) => {
  const file = path.join(ROOT, new URL(request.url, 'http://localhost').pathname);
  try {
    const body = await readFile(file);
    const type = file.endsWith('.html') ? 'text/html' : 'text/javascript';
    response.writeHead(200, { 'content-type': type });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--force-renderer-accessibility'],
});
try {
  for (const design of DESIGNS) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${origin}/bench/designs/a11y.html?design=${design}`);
    await page.waitForFunction(() => document.title.endsWith('ready'), { timeout: 60_000 });
    const cdp = await page.createCDPSession();
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const named = (kind, pattern) =>
      new Set(
        nodes
          .filter((node) => !node.ignored && node.role?.value === kind)
          .map((node) => pattern.exec(node.name?.value ?? '')?.[1])
          .filter(Boolean),
      );
    const headings = named('heading', /^Network number (\d+)$/);
    const links = named('link', /^Network number (\d+) website$/);
    const last = String(CARDS - 1);
    const tab = await page.evaluate(() => {
      const root = document.querySelector('city-networks').shadowRoot;
      root.querySelector('[data-network="n-899"] a').focus();
      return true;
    });
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () =>
        document.querySelector('city-networks').shadowRoot.activeElement?.closest('[data-network]')
          ?.dataset.network,
    );
    const found = await page.evaluate(() => window.find('Network number 987', true));
    console.log(
      `chromium ${design.padEnd(6)} headings ${headings.size} of ${CARDS}, links ${links.size}; ` +
        `last card: heading ${headings.has(last)}, link ${links.has(last)}; ` +
        `Tab from card 899: ${tab && focused}; find card 987: ${found}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
