#!/usr/bin/env node
// Runs the browser tests (web-test-runner) in Chromium, Firefox ESR and WebKitGTK.
//
//   node scripts/test-browsers.js [web-test-runner args, e.g. --files test/foo.test.ts]
//
// Finds each engine's binaries; on Debian/Ubuntu as root it apt-installs the
// missing ones, elsewhere it runs what it finds and says how to install the
// rest. With CI set, every engine is required. WebKit needs a display, so the
// script starts Xvfb and WebKitWebDriver itself and stops them afterwards.
//
// Env: CI (any value: all engines required),
//      CITY_NETWORKS_BROWSERS (optional, e.g. "chromium,webkit": run only these).

import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptCommand, aptInstall, findMiniBrowser, isDebianLike, isRoot, which } from './debian.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CI = Boolean(process.env.CI);

// What each engine needs: the binaries to find, and the Debian packages that provide them.
const ENGINES = {
  chromium: {
    label: 'Chromium',
    // poppler-utils: pdftotext reads back what Chromium prints (test/print.test.ts).
    packages: ['chromium', 'poppler-utils'],
    find: () => ({ chromium: which('chromium'), pdftotext: which('pdftotext') }),
  },
  firefox: {
    label: 'Firefox ESR',
    packages: ['firefox-esr'],
    find: () => ({ firefox: which('firefox-esr') }),
  },
  webkit: {
    label: 'WebKit (WebKitGTK MiniBrowser)',
    packages: ['webkit2gtk-driver', 'xvfb'],
    find: () => ({
      driver: which('WebKitWebDriver'),
      miniBrowser: findMiniBrowser(),
      xvfb: which('Xvfb'),
    }),
  },
};
// Without any font, text renders as nothing (or tofu), which skews layout and a11y checks.
const FONT_PACKAGE = 'fonts-dejavu-core';

// ---------------------------------------------------------------- finding things

function hasFonts() {
  try {
    return readdirSync('/usr/share/fonts', { recursive: true }).some((file) =>
      /\.(ttf|otf|ttc|pfb)$/i.test(file),
    );
  } catch {
    return false;
  }
}

/** Engines asked for: all three, unless CITY_NETWORKS_BROWSERS narrows it down. */
function wantedEngines() {
  const requested = (process.env.CITY_NETWORKS_BROWSERS || Object.keys(ENGINES).join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of requested) {
    if (!Object.hasOwn(ENGINES, name))
      fail(
        `Unknown browser "${name}" in CITY_NETWORKS_BROWSERS (use ${Object.keys(ENGINES).join(', ')}).`,
      );
  }
  return requested;
}

/** For each engine, its binaries, or the names of those that are missing. */
function detect(names) {
  const found = {};
  const missing = {};
  for (const name of names) {
    const paths = ENGINES[name].find();
    const absent = Object.keys(paths).filter((key) => !paths[key]);
    if (absent.length === 0) found[name] = paths;
    else missing[name] = absent;
  }
  return { found, missing };
}

// ---------------------------------------------------------------- installing

/** Packages for the missing engines, plus a font if there is none. */
function packagesFor(missingNames) {
  const packages = missingNames.flatMap((name) => ENGINES[name].packages);
  if (!hasFonts()) packages.push(FONT_PACKAGE);
  return packages;
}

function describeMissing(missing) {
  return Object.entries(missing)
    .map(([name, absent]) => `  - ${ENGINES[name].label}: no ${absent.join(', ')}`)
    .join('\n');
}

/** Installs what is missing where we can, and says what is still missing. */
function ensureEngines(names) {
  let state = detect(names);
  const packages = packagesFor(Object.keys(state.missing));
  if (packages.length === 0) return state;

  if (Object.keys(state.missing).length > 0)
    console.log(`Browser engines not found:\n${describeMissing(state.missing)}`);
  else console.log('No fonts found: text would not render in the browsers.');

  if (isDebianLike() && isRoot() && which('apt-get')) {
    console.log(`Installing with apt-get so the browser tests can run: ${packages.join(' ')}`);
    if (!aptInstall(packages)) console.warn('warning: apt-get failed (see above).');
    state = detect(names);
  } else {
    const how = isDebianLike()
      ? `Install them with:\n  ${aptCommand(packages)}`
      : `Install them with your package manager (on Debian/Ubuntu: ${aptCommand(packages)}).`;
    console.warn(`Not installing automatically (needs Debian/Ubuntu and root). ${how}`);
  }

  if (Object.keys(state.missing).length > 0) {
    console.warn(`Still missing, these engines will not run:\n${describeMissing(state.missing)}`);
  }
  return state;
}

// ---------------------------------------------------------------- background processes

// Process groups to kill on the way out; each child is its own group leader
// (detached) so its descendants (MiniBrowser and WebKit's helpers) go with it.
const childGroups = new Set();

function killGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Stops a detached child and its descendants, escalating to SIGKILL. */
async function stopChild(child) {
  childGroups.delete(child.pid);
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child.pid, 'SIGKILL'); // the leader is gone; make sure its descendants are too
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child.pid, 'SIGTERM');
  if (!(await withTimeout(exited, 5000))) killGroup(child.pid, 'SIGKILL');
  await groupGone(child.pid, 3000);
}

/** Waits (briefly) until no process of the group is left, so none outlives this script. */
async function groupGone(pid, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Last resort (e.g. an exception): never leave a display or browser behind.
process.on('exit', () => {
  for (const pid of childGroups) killGroup(pid, 'SIGKILL');
});

function spawnDetached(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  childGroups.add(child.pid);
  return child;
}

/** Resolves to true if `promise` settles within `ms`, false otherwise. */
function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, ms, false)));
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

/** Keeps the last lines a child printed, to show them if it fails. */
function tail(stream, lines = 40) {
  const kept = [];
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    kept.push(...chunk.split('\n').filter(Boolean));
    kept.splice(0, Math.max(0, kept.length - lines));
  });
  return () => kept.join('\n');
}

/**
 * Starts a virtual X display. -displayfd lets Xvfb pick a free display number
 * itself, which avoids the races of guessing one.
 */
function startXvfb(xvfb) {
  const child = spawnDetached(
    xvfb,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  const output = tail(child.stderr);
  return new Promise((resolve, reject) => {
    let number = '';
    const timer = setTimeout(
      () => reject(new Error(`Xvfb did not start within 15 s:\n${output()}`)),
      15_000,
    );
    child.stdio[3].setEncoding('utf8');
    child.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) {
        clearTimeout(timer);
        resolve({ child, display: `:${number.trim()}` });
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before it was ready:\n${output()}`));
    });
  });
}

/** A TCP port that is free right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts WebKitWebDriver on the display and waits until it accepts connections. */
async function startWebKitDriver(driver, display) {
  const port = await freePort();
  // --host=127.0.0.1: bind IPv4 loopback explicitly, which is what the config connects to.
  const child = spawnDetached(driver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11', WAYLAND_DISPLAY: '' },
  });
  let spawnError;
  child.once('error', (error) => (spawnError = error));
  const output = tail(child.stdout);
  const errors = tail(child.stderr);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || spawnError) break;
    if (await canConnect(port))
      return { child, port, output: () => [output(), errors()].filter(Boolean).join('\n') };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `WebKitWebDriver did not start on port ${port}: ${spawnError?.message ?? ''}\n${output()}\n${errors()}`,
  );
}

// ---------------------------------------------------------------- running the tests

/** Runs web-test-runner (same Node binary, no shell) and resolves to its exit code. */
function runTestRunner(env, args) {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'web-test-runner');
  console.log(`$ web-test-runner ${args.join(' ')}`);
  const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT, env, stdio: 'inherit' });
  // Ctrl-C already reaches web-test-runner (same process group): wait for it to
  // close its browsers instead of dying first and leaving Xvfb/WebKit behind.
  process.on('SIGINT', () => {});
  // A plain `kill` only reaches us: pass it on.
  const forward = (signal) => child.kill(signal);
  process.on('SIGTERM', forward);
  process.on('SIGHUP', forward);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function fail(message) {
  console.error(`\nerror: ${message}`);
  process.exit(1);
}

async function main() {
  const wanted = wantedEngines();
  const { found, missing } = ensureEngines(wanted);

  if (CI && Object.keys(missing).length > 0) {
    fail(
      `CI is set, so every browser engine is required, but these are missing:\n${describeMissing(missing)}`,
    );
  }
  const engines = wanted.filter((name) => found[name]);
  if (engines.length === 0) fail('No browser engine available to run the browser tests.');
  console.log(`Running browser tests in: ${engines.map((name) => ENGINES[name].label).join(', ')}`);

  const env = { ...process.env, CITY_NETWORKS_BROWSERS: engines.join(',') };
  if (found.chromium) env.CITY_NETWORKS_CHROMIUM = found.chromium.chromium;
  if (found.firefox) env.CITY_NETWORKS_FIREFOX = found.firefox.firefox;

  let xvfb;
  let driver;
  let code = 1;
  try {
    if (found.webkit) {
      xvfb = await startXvfb(found.webkit.xvfb);
      driver = await startWebKitDriver(found.webkit.driver, xvfb.display);
      env.CITY_NETWORKS_MINIBROWSER = found.webkit.miniBrowser;
      env.CITY_NETWORKS_WEBKIT_DRIVER_PORT = String(driver.port);
    }
    code = await runTestRunner(env, process.argv.slice(2));
    if (code !== 0 && driver?.output()) {
      console.error(`\nWebKitWebDriver / MiniBrowser output (last lines):\n${driver.output()}`);
    }
  } catch (error) {
    console.error(`\nerror: ${error.message}`);
  } finally {
    if (driver) await stopChild(driver.child);
    if (xvfb) await stopChild(xvfb.child);
  }
  process.exit(code);
}

await main();
