// Every msg() in the source must have a translation in every shipped locale
// (lit-localize.json's targetLocales: locales/<locale>.xlf). Extracts the
// messages afresh into a temporary folder and compares them with the
// committed XLIFF, so a new msg() fails here until it is extracted and
// translated, and so does a new locale with a message left untranslated.
// The languages of the data (LANGUAGES) must be the source locale and those.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

/** trans-unit id → target text (undefined when there is none) */
function units(xliff) {
  const found = new Map();
  for (const [, id, body] of xliff.matchAll(
    /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g,
  )) {
    found.set(id, body.match(/<target>([\s\S]*?)<\/target>/)?.[1]);
  }
  return found;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

const config = JSON.parse(await readFile(join(root, 'lit-localize.json'), 'utf8'));
const { LANGUAGES } = await import('../../lib/data/index.js');

describe('languages', () => {
  it('renders data in the languages it has UI texts for: the source locale and every target', () => {
    assert.deepEqual(
      [...LANGUAGES].sort(),
      [config.sourceLocale, ...config.targetLocales].sort(),
      'a language is added in lit-localize.json and src/data/types.ts (LANGUAGES) together: see docs/translating.md',
    );
  });
});

describe('translations', () => {
  let fresh, dir;
  const committed = new Map();
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'city-networks-xliff-'));
    // Paths in the config are relative to it; the copy lives elsewhere.
    const copy = {
      ...config,
      inputFiles: config.inputFiles.map((glob) => join(root, glob)),
      interchange: { ...config.interchange, xliffDir: dir },
    };
    await writeFile(join(dir, 'config.json'), JSON.stringify(copy));
    execFileSync('npx', ['lit-localize', 'extract', '--config', join(dir, 'config.json')], {
      stdio: 'pipe',
    });
    fresh = units(await readFile(join(dir, `${config.targetLocales[0]}.xlf`), 'utf8'));
    for (const locale of config.targetLocales) {
      committed.set(locale, units(await readFile(join(root, `locales/${locale}.xlf`), 'utf8')));
    }
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('finds the messages in the source', () => {
    assert.ok(fresh.size >= 20, `only ${fresh.size} messages extracted`);
  });

  it('names every message with an explicit id, as our msg() looks messages up by id', () => {
    // lit-localize hashes the text into an id like s2682f951fe2bbef2 when none is given.
    const hashed = [...fresh.keys()].filter((id) => /^[sh][0-9a-f]{16}$/.test(id));
    assert.deepEqual(hashed, [], 'give these msg() calls an `id` option');
  });

  for (const locale of config.targetLocales) {
    it(`has a non-empty ${locale} target for every msg() in the source`, () => {
      const missing = [...fresh.keys()].filter((id) => !committed.get(locale).get(id)?.trim());
      assert.deepEqual(
        missing,
        [],
        `run \`npm run localize:extract\` and translate these in locales/${locale}.xlf`,
      );
    });
  }
});
