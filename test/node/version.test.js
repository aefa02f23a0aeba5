// The version a second copy on a page reports is the package's version.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';

it('src/version.ts says the version package.json says', async () => {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const source = await readFile(new URL('../../src/version.ts', import.meta.url), 'utf8');
  assert.equal(source.match(/VERSION = '([^']+)'/)?.[1], pkg.version);
});
