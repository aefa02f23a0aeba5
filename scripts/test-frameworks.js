#!/usr/bin/env node
// Builds and type-checks the framework apps in test/frameworks/ against this
// package as users get it: `npm pack`, then each app installs the tarball.
// The browser tests (test/frameworks.test.ts) then open the built apps.
//
//   node scripts/test-frameworks.js [app …]   (default: every app)
//
// Each app installs its own dependencies from its lockfile (npm ci), then the
// tarball without saving it (its hash changes with every build), then runs
// `npm run check` (the framework's type checker, with the negative type
// tests) and `npm run build` (the framework's own tool chain). Prints how
// long each step took.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const APPS_DIR = path.join(ROOT, 'test/frameworks');

const apps = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(APPS_DIR).filter((name) => existsSync(path.join(APPS_DIR, name, 'package.json')));

/** Runs a command, failing the script if it fails; returns its seconds. */
function run(command, args, cwd, { quiet = false } = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' },
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout}\n${result.stderr}`);
    console.error(`\nerror: ${command} ${args.join(' ')} failed in ${path.relative(ROOT, cwd)}`);
    process.exit(1);
  }
  return { seconds: (performance.now() - started) / 1000, stdout: result.stdout };
}

const packDir = mkdtempSync(path.join(tmpdir(), 'city-networks-pack-'));
try {
  // npm test has just built: no second build through prepack.
  const packArgs = ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir];
  const { stdout } = run('npm', packArgs, ROOT, {
    quiet: true,
  });
  const tarball = path.join(packDir, JSON.parse(stdout)[0].filename);
  console.log(`Packed ${path.basename(tarball)}; building ${apps.join(', ')}.`);
  const timings = [];
  for (const app of apps) {
    const cwd = path.join(APPS_DIR, app);
    console.log(`\n— ${app}`);
    const times = {
      install: run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], cwd).seconds,
    };
    times.install += run('npm', ['install', '--no-save', '--loglevel=error', tarball], cwd).seconds;
    times.check = run('npm', ['run', '--silent', 'check'], cwd).seconds;
    times.build = run('npm', ['run', '--silent', 'build'], cwd, { quiet: true }).seconds;
    timings.push([app, times]);
  }
  console.log('\napp          install  type check  build (s)');
  for (const [app, { install, check, build }] of timings) {
    const s = (n) => n.toFixed(1).padStart(7);
    console.log(`${app.padEnd(12)} ${s(install)} ${s(check).padStart(11)} ${s(build)}`);
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
