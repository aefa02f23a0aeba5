#!/usr/bin/env node
// What assistive technology receives: runs test/atspi/check.py, which reads
// the widget's accessibility tree over AT-SPI (what Orca reads) in Firefox ESR
// and WebKitGTK's MiniBrowser, inside a virtual display and a D-Bus session
// of its own. Needs dist/ and lib/ (npm run build): it passes check.py the
// built-in networks from lib/data/index.js, to count them by.
//
//   node scripts/test-atspi.js [firefox|webkit ...]
//
// On Debian/Ubuntu as root it apt-installs what is missing (the browsers,
// at-spi2-core, python3-pyatspi, dbus-daemon, xvfb); elsewhere it says how. With
// CI set, everything is required; without, a machine that lacks it skips the
// layer with a message. CITY_NETWORKS_BROWSERS narrows it as for the browser
// tests ("firefox,webkit"; Chromium is not part of it).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { aptCommand, aptInstall, findMiniBrowser, isDebianLike, isRoot, which } from './debian.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CI = Boolean(process.env.CI);
// The system Python: pyatspi is a Debian package, not in another Python on PATH.
const PYTHON = '/usr/bin/python3';

/** What the layer needs, how to tell it is there, and the package that brings it. */
const NEEDS = [
  { what: 'xvfb-run', found: () => which('xvfb-run'), package: 'xvfb' },
  { what: 'dbus-run-session', found: () => which('dbus-run-session'), package: 'dbus-daemon' },
  {
    what: 'the AT-SPI bus',
    found: () => existsSync('/usr/libexec/at-spi-bus-launcher'),
    package: 'at-spi2-core',
  },
  {
    what: 'pyatspi',
    found: () => spawnSync(PYTHON, ['-c', 'import pyatspi'], { stdio: 'ignore' }).status === 0,
    package: 'python3-pyatspi',
  },
];
const ENGINES = {
  firefox: { found: () => which('firefox-esr'), package: 'firefox-esr' },
  webkit: { found: () => findMiniBrowser(), package: 'webkit2gtk-driver' },
};

function missing(engines) {
  return [...NEEDS, ...engines.map((name) => ({ what: name, ...ENGINES[name] }))].filter(
    (need) => !need.found(),
  );
}

/**
 * The built-in networks, each its id and topics, as JSON: check.py derives
 * its counts from them (CITY_NETWORKS_BUILT_IN) rather than stating them.
 */
async function builtInNetworks() {
  const data = pathToFileURL(path.join(ROOT, 'lib', 'data', 'index.js')).href;
  const { builtInDataset } = await import(data);
  return JSON.stringify(builtInDataset.networks.map(({ id, topics }) => ({ id, topics })));
}

async function main() {
  const asked = process.argv.slice(2);
  const named = process.env.CITY_NETWORKS_BROWSERS?.split(/[\s,]+/).filter(Boolean);
  const engines = (asked.length ? asked : (named ?? Object.keys(ENGINES))).filter(
    (name) => name in ENGINES,
  );
  if (engines.length === 0) {
    console.log('AT-SPI layer: no engine of its own asked for (firefox, webkit); skipped.');
    return 0;
  }
  let absent = missing(engines);
  if (absent.length && isDebianLike() && isRoot() && which('apt-get')) {
    const packages = [...new Set(absent.map((need) => need.package))];
    console.log(`AT-SPI layer: installing ${packages.join(' ')}`);
    aptInstall(packages);
    absent = missing(engines);
  }
  if (absent.length) {
    const packages = [...new Set(absent.map((need) => need.package))];
    const message = `AT-SPI layer: missing ${absent.map((need) => need.what).join(', ')}. Install: ${aptCommand(packages)}`;
    if (CI) {
      console.error(message);
      return 1;
    }
    console.warn(`${message}\nSkipped.`);
    return 0;
  }
  if (
    !existsSync(path.join(ROOT, 'dist', 'prerendered', 'de.html')) ||
    !existsSync(path.join(ROOT, 'lib', 'data', 'index.js'))
  ) {
    console.error('AT-SPI layer: no dist/ or lib/ (run npm run build first).');
    return 1;
  }
  const builtIn = await builtInNetworks();

  const start = performance.now();
  console.log(`AT-SPI layer: ${engines.join(', ')}, in Xvfb and a D-Bus session of its own`);
  const result = spawnSync(
    'xvfb-run',
    [
      '-a',
      '-s',
      '-screen 0 1280x1024x24',
      'dbus-run-session',
      '--',
      PYTHON,
      path.join(ROOT, 'test', 'atspi', 'check.py'),
      ...engines,
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'pipe'],
      encoding: 'utf8',
      env: {
        ...process.env,
        CITY_NETWORKS_MINIBROWSER: findMiniBrowser() ?? '',
        CITY_NETWORKS_BUILT_IN: builtIn,
      },
    },
  );
  // The session's D-Bus daemon is chatty (fd limits, activations); show it only on failure.
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(result.stderr);
    console.error(`AT-SPI layer failed after ${seconds} s.`);
    return result.status ?? 1;
  }
  console.log(`AT-SPI layer passed in ${seconds} s.`);
  return 0;
}

process.exitCode = await main();
