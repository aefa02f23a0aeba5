// Bundled third-party code keeps its licence: each host file points to
// dist/THIRD-PARTY-NOTICES.txt, which holds the full licence text of every
// package the source map shows in the file.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { bundledPackages } from '../../scripts/notices.js';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');

it('each host file points to the notices', async () => {
  for (const file of ['dist/city-networks.js', 'dist/city-networks.iife.js']) {
    const [firstLine] = (await read(file)).split('\n');
    assert.match(firstLine, /^\/\*! .*THIRD-PARTY-NOTICES\.txt \*\/$/, file);
  }
});

it('the notices hold the licence of every bundled package, Lit among them', async () => {
  const notices = await read('dist/THIRD-PARTY-NOTICES.txt');
  for (const file of ['dist/city-networks.js', 'dist/city-networks.iife.js']) {
    const packages = await bundledPackages(file);
    assert.ok(packages.includes('lit-html') && packages.includes('lit-element'), file);
    for (const name of packages) {
      const licence = (await read(`node_modules/${name}/LICENSE`)).trim();
      assert.ok(notices.includes(`${name} `), `${name} is not named`);
      assert.ok(notices.includes(licence), `the licence text of ${name} is missing`);
    }
  }
  assert.match(notices, /BSD 3-Clause License/);
});
