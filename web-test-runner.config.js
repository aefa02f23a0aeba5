// @ts-check
// Web Test Runner config for the browser tests.
//
// Do not run `web-test-runner` directly: run `node scripts/test-browsers.js`
// (the last step of `npm test`). That script finds (or installs) the browsers
// and tells this config, through environment variables, which ones to use:
//
//   CITY_NETWORKS_BROWSERS          comma list of chromium, firefox, webkit
//   CITY_NETWORKS_CHROMIUM          path to the Chromium binary
//   CITY_NETWORKS_FIREFOX           path to the Firefox (ESR) binary
//   CITY_NETWORKS_MINIBROWSER       path to WebKitGTK's MiniBrowser
//   CITY_NETWORKS_WEBKIT_DRIVER_PORT  port of a running WebKitWebDriver
//
// so this file never guesses what is installed.

import { execFileSync } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_ARGS } from './scripts/chromium.js';
import { pastFloorScript } from './scripts/floor.js';
import { prerenderedPages } from './test/prerendered-pages.js';

const env = process.env;

/** @param {string} name */
function requireEnv(name) {
  const value = env[name];
  if (!value) {
    throw new Error(
      `${name} is not set. Run the browser tests with \`node scripts/test-browsers.js\`, ` +
        'which finds the browsers and sets it.',
    );
  }
  return value;
}

function chromium() {
  return puppeteerLauncher({
    launchOptions: {
      executablePath: requireEnv('CITY_NETWORKS_CHROMIUM'),
      headless: true,
      args: CHROMIUM_ARGS,
    },
  });
}

// Firefox is driven by puppeteer over WebDriver BiDi (no geckodriver needed).
function firefox() {
  return puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: requireEnv('CITY_NETWORKS_FIREFOX'),
      headless: true,
    },
  });
}

// The webdriver launcher names itself after `browserName` ("MiniBrowser");
// call it WebKit in the report instead.
class WebKitLauncher extends WebdriverLauncher {
  /** @param {import('@web/test-runner-core').TestRunnerCoreConfig} config */
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
}

// WebKitGTK's MiniBrowser, driven through a WebKitWebDriver that
// scripts/test-browsers.js has started (under Xvfb) on the given port.
function webkit() {
  // A separate object: webdriverio's types do not know the webkitgtk: capability.
  const capabilities = {
    // WebKitWebDriver only matches its own browser name ("WebKit" fails to match).
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: requireEnv('CITY_NETWORKS_MINIBROWSER'),
      args: ['--automation'],
    },
    // WebKitWebDriver rejects the BiDi session webdriverio asks for by default.
    'wdio:enforceWebDriverClassic': true,
    timeouts: { pageLoad: 60_000, script: 30_000, implicit: 0 },
  };
  return new WebKitLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: Number(requireEnv('CITY_NETWORKS_WEBKIT_DRIVER_PORT')),
    logLevel: 'error',
    // A hung WebDriver call must fail the run, not stall it forever.
    connectionRetryTimeout: 60_000,
    connectionRetryCount: 1,
    capabilities,
  });
}

const LAUNCHERS = { chromium, firefox, webkit };

// Shift+Tab, which @web/test-runner-commands' sendKeys cannot send through
// WebDriver (it knows "press" and "type" only there).
function shiftTab() {
  return {
    name: 'shift-tab',
    /** @param {{ command: string, session: any }} args */
    async executeCommand({ command, session }) {
      if (command !== 'shift-tab') return undefined;
      if (session.browser.type === 'webdriver') {
        // webdriverio holds a modifier down for the keys after it, then releases it.
        await session.browser.driver.keys(['Shift', 'Tab']);
      } else {
        const { keyboard } = session.browser.getPage(session.id);
        await keyboard.down('Shift');
        await keyboard.press('Tab');
        await keyboard.up('Shift');
      }
      return true;
    },
  };
}

// A test command that emulates CSS media features (forced-colors,
// prefers-color-scheme, prefers-reduced-motion) through the DevTools
// protocol. Only Chromium speaks it; elsewhere the command answers false and
// the tests that need it skip; in Chromium a failing call fails the test.
// One session per page: emulation ends with it.
function emulateMediaFeatures() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    /** @param {{ command: string, payload: Record<string, string>, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      // Only Chromium speaks the DevTools protocol (Firefox, driven by
      // puppeteer too, has none): elsewhere the command answers false. In
      // Chromium a failing call throws, and fails the test that made it.
      if (!/^Chrom/.test(session.browser.name)) return false;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      // "media" is the media type (print, screen); every other key a feature.
      const { media = '', ...rest } = payload;
      const features = Object.entries(rest).map(([name, value]) => ({ name, value }));
      await sessions.get(page).send('Emulation.setEmulatedMedia', { media, features });
      return true;
    },
  };
}

/**
 * The built files (dist/, and the framework apps' dist/) reach the browser byte
 * for byte, as a host page loads them:
 * never re-transpiled (which would lower syntax the browser should see, and
 * break their integrity hashes).
 * @param {import('@web/dev-server-core').Plugin} plugin
 */
function exceptBuiltFiles(plugin) {
  const transform = plugin.transform?.bind(plugin);
  plugin.transform = (context) =>
    context.path.split('/').includes('dist') ? undefined : transform?.(context);
  return plugin;
}

/**
 * a11ySnapshot(), which is not among web-test-runner's default commands
 * (without the plugin every call fails). Only Chromium can take a snapshot:
 * elsewhere the command answers false, so a test can tell "unsupported" from
 * a failure, and the run's output carries no error for it.
 */
function accessibilitySnapshots() {
  const plugin = a11ySnapshotPlugin();
  return {
    ...plugin,
    /** @param {{ command: string, session: any }} args */
    async executeCommand(args) {
      if (args.command !== 'a11y-snapshot') return undefined;
      // The puppeteer launcher is named Chromium (or Chrome) or Firefox.
      const chromium = /^Chrom/.test(args.session.browser.name);
      return chromium ? plugin.executeCommand(args) : false;
    },
  };
}

/**
 * /test/slow-missing.json: a dataset URL that fails with a 404, but only after
 * 300 ms (a middleware: a plugin's serve hook always answers 200).
 * @param {import('koa').Context} context
 * @param {() => Promise<unknown>} next
 */
async function slowMissing(context, next) {
  if (context.path !== '/test/slow-missing.json') return next();
  await new Promise((resolve) => setTimeout(resolve, 300));
  context.status = 404;
  context.body = 'not found';
}

/**
 * /test/fails-once/<name>: a dataset URL that answers 503 the first time it
 * is asked for (each name once per run), and a one-network dataset after
 * that, as a server that was briefly down. No extension in the path: the test
 * runner marks every response for a path with one as cacheable for a year,
 * and Chromium would then answer the retry with the cached 503.
 */
const failedOnce = new Set();
/**
 * @param {import('koa').Context} context
 * @param {() => Promise<unknown>} next
 */
async function failsOnce(context, next) {
  if (!context.path.startsWith('/test/fails-once/')) return next();
  if (!failedOnce.has(context.path)) {
    failedOnce.add(context.path);
    context.status = 503;
    context.body = 'try again later';
    return;
  }
  context.type = 'application/json';
  context.body = JSON.stringify([
    {
      id: 'second-try',
      name: { en: 'Second try', de: 'Zweiter Versuch' },
      summary: { en: 'Loaded when asked again.', de: 'Beim zweiten Mal geladen.' },
      topics: ['climate'],
      links: { website: 'https://example.org/second-try' },
    },
  ]);
}

/**
 * A browser of the floor, for test/floor.test.ts: /test/fixtures/past-floor.js
 * deletes every API that some engine of the floor lacks (scripts/floor.js);
 * /test/floor.html?file=city-networks.js (or .iife.js) is a page that runs it,
 * then loads that built file.
 */
function pastFloor() {
  return {
    name: 'past-floor',
    /** @param {import('koa').Context} context */
    serve(context) {
      if (context.path === '/test/fixtures/past-floor.js') {
        return { body: pastFloorScript(), type: 'js' };
      }
      if (context.path !== '/test/floor.html') return undefined;
      const file = new URLSearchParams(context.querystring).get('file');
      const module = file === 'city-networks.js';
      if (!module && file !== 'city-networks.iife.js') return undefined;
      return {
        type: 'html',
        body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script src="/test/fixtures/report.js"></script>
    <script src="/test/fixtures/past-floor.js"></script>
    <script${module ? ' type="module"' : ''} src="/dist/${file}"></script>
  </head>
  <body>
    <city-networks search></city-networks>
  </body>
</html>
`,
      };
    },
  };
}

/**
 * The test page printed by Chromium to PDF (A4), read back as text, a string
 * per page, by pdftotext (poppler-utils). Only Chromium prints to PDF:
 * elsewhere the command answers false. With `payload.png`, also writes page
 * images there (`<png>-1.png`, …) to look at.
 */
function printedText() {
  return {
    name: 'printed-text',
    /** @param {{ command: string, payload?: { png?: string }, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'printed-text') return undefined;
      if (!/^Chrom/.test(session.browser.name)) return false;
      const pdf = await session.browser.getPage(session.id).pdf({ format: 'A4' });
      if (payload?.png)
        execFileSync('pdftoppm', ['-png', '-r', '60', '-', payload.png], { input: pdf });
      return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString().split('\f');
    },
  };
}

function browsers() {
  const names = requireEnv('CITY_NETWORKS_BROWSERS')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.map((name) => {
    if (!Object.hasOwn(LAUNCHERS, name)) {
      throw new Error(
        `Unknown browser "${name}" in CITY_NETWORKS_BROWSERS (use chromium, firefox, webkit).`,
      );
    }
    return LAUNCHERS[/** @type {keyof typeof LAUNCHERS} */ (name)]();
  });
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // The project root, so tests can also load the built bundle from /dist/city-networks.js.
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/node/**', '!test/frameworks/**'],
  nodeResolve: true,
  middleware: [slowMissing, failsOnce],
  plugins: [
    accessibilitySnapshots(),
    prerenderedPages(),
    pastFloor(),
    printedText(),
    emulateMediaFeatures(),
    shiftTab(),
    exceptBuiltFiles(
      esbuildPlugin({
        ts: true,
        // An explicit target: with the default ('auto') esbuild leaves newer
        // syntax untouched for current browsers.
        target: 'es2022',
        // Our tsconfig: useDefineForClassFields false (Lit's accessors), verbatimModuleSyntax.
        tsconfig: './tsconfig.json',
      }),
    ),
  ],
  browsers: browsers(),
  // 2 cores: one test file at a time per browser, the three browsers in parallel.
  // concurrency 1 also makes the webdriver launcher use a plain page, not iframes.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: {
    config: { timeout: 10_000 },
  },
  // Lit's dev build announces itself in every test file, in every browser.
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
};
