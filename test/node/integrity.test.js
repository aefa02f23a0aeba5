// The sha384 hashes in dist/integrity.json, and in every snippet of the README
// and the demo that loads the file from another origin, match the built files.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import {
  documents,
  HOST_FILES,
  integrityOf,
  snippetHashes,
  NO_SCRIPT_STYLE_KEY,
  STYLE_KEY,
  styleHashOf,
} from '../../scripts/integrity.js';

const root = new URL('../../', import.meta.url);

it('dist/integrity.json holds the hash of each host file', async () => {
  const written = JSON.parse(await readFile(new URL('dist/integrity.json', root), 'utf8'));
  for (const file of HOST_FILES) assert.equal(written[file], await integrityOf(file), file);
});

it('every snippet with an integrity attribute names the current hash', async () => {
  let snippets = 0;
  for (const document of await documents()) {
    const text = await readFile(new URL(document, root), 'utf8');
    for (const { file, integrity } of snippetHashes(text)) {
      snippets++;
      assert.equal(
        integrity,
        await integrityOf(file),
        `${document}: ${file} (run npm run integrity:docs)`,
      );
    }
  }
  assert.ok(snippets >= 3, `only ${snippets} snippets with integrity found`);
});

it('every snippet that loads the file from another origin has integrity and crossorigin', async () => {
  for (const document of await documents()) {
    const text = await readFile(new URL(document, root), 'utf8');
    // Also the escaped snippets (&lt;script …&gt;) shown on the demo pages.
    const tags =
      text.match(/(?:<|&lt;)script[^>]*?https:\/\/[^>]*?city-networks[^>]*?(?:&gt;|>)/g) ?? [];
    for (const tag of tags) {
      assert.match(tag, /integrity="sha384-/, `${document}: ${tag}`);
      assert.match(tag, /crossorigin="anonymous"/, `${document}: ${tag}`);
    }
  }
});

it('dist/integrity.json holds the CSP hashes of the prerendered <style>s, and the docs name them', async () => {
  const written = JSON.parse(await readFile(new URL('dist/integrity.json', root), 'utf8'));
  for (const lang of ['de', 'en']) {
    const html = await readFile(new URL(`dist/prerendered/${lang}.html`, root), 'utf8');
    assert.equal(written[STYLE_KEY], await styleHashOf(html), `dist/prerendered/${lang}.html`);
    assert.equal(
      written[NO_SCRIPT_STYLE_KEY],
      await styleHashOf(html, { noScript: true }),
      `dist/prerendered/${lang}.html, <noscript>`,
    );
  }
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const named = readme.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
  assert.ok(named.length > 0, 'the README names no style hash');
  assert.deepEqual(
    named,
    named.map((_, i) => (i % 2 ? written[NO_SCRIPT_STYLE_KEY] : written[STYLE_KEY])),
    'run npm run integrity:docs',
  );
});
