// What `npm pack` puts in the tarball (after the build, which npm test runs
// first, and which `prepack` runs for a pack of its own).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

it('packs the built files, the licence and the types', () => {
  const [{ files }] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  const paths = files.map((file) => file.path);
  for (const path of [
    'dist/city-networks.js',
    'dist/city-networks.iife.js',
    'lib/index.js',
    'lib/index.d.ts',
    'LICENSE',
    'custom-elements.json',
  ]) {
    assert.ok(paths.includes(path), `${path} is not in the package`);
  }
});

it('builds before it packs', () => {
  assert.match(pkg.scripts.prepack, /^npm run build$/);
});

it('has a LICENSE of the licence package.json names', () => {
  const licence = readFileSync(`${root}LICENSE`, 'utf8');
  assert.equal(pkg.license, 'MIT');
  assert.match(licence, /^MIT License\n/);
});
