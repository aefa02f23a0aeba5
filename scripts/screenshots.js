// Screenshots of the demo in headless Chromium: German and English, 320 px
// and 1280 px wide, light, dark and forced colours; the whole page and its
// first screen. Usage: node scripts/screenshots.js [outDir]
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { createServer } from 'vite';

const outDir = process.argv[2] ?? 'docs/screenshots';
const server = await createServer({ logLevel: 'error', server: { port: 0 } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});

try {
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage();
  // Through CDP: puppeteer's own emulateMediaFeatures does not know forced-colors.
  const cdp = await page.createCDPSession();
  for (const language of ['de', 'en']) {
    for (const width of [320, 1280]) {
      for (const scheme of ['light', 'dark', 'forced']) {
        await page.setViewport({ width, height: 900 });
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [
            { name: 'prefers-color-scheme', value: scheme === 'dark' ? 'dark' : 'light' },
            { name: 'forced-colors', value: scheme === 'forced' ? 'active' : 'none' },
          ],
        });
        await page.goto(`http://localhost:${port}/demo/index.html`, { waitUntil: 'networkidle0' });
        if (language === 'en') await page.click('#language-switch');
        await page.evaluate('document.fonts.ready');
        const name = `${outDir}/demo-${language}-${width}-${scheme}`;
        await page.screenshot({ path: `${name}.png`, fullPage: true });
        // The first screen too: a full page at 320 px is too tall to look at.
        await page.screenshot({ path: `${name}-top.png` });
        console.log(name);
      }
    }
  }
  // The themes page: both looks, made with the styling API only.
  for (const scheme of ['light', 'dark']) {
    await page.setViewport({ width: 1280, height: 900 });
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: scheme }],
    });
    await page.goto(`http://localhost:${port}/demo/themes.html`, { waitUntil: 'networkidle0' });
    const name = `${outDir}/themes-${scheme}`;
    await page.screenshot({ path: `${name}.png`, fullPage: true });
    await page.screenshot({ path: `${name}-top.png` });
    console.log(name);
  }
} finally {
  await browser.close();
  await server.close();
}
