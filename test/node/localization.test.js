// Every msg() in the source must have a German translation in locales/de.xlf.
// Extracts the messages afresh into a temporary folder and compares them with
// the committed XLIFF, so a new msg() fails here until it is extracted and translated.
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

describe('German translations', () => {
  let fresh, committed, dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'city-networks-xliff-'));
    const config = JSON.parse(await readFile(join(root, 'lit-localize.json'), 'utf8'));
    // Paths in the config are relative to it; the copy lives elsewhere.
    config.inputFiles = config.inputFiles.map((glob) => join(root, glob));
    config.interchange.xliffDir = dir;
    await writeFile(join(dir, 'config.json'), JSON.stringify(config));
    execFileSync('npx', ['lit-localize', 'extract', '--config', join(dir, 'config.json')], {
      stdio: 'pipe',
    });
    fresh = units(await readFile(join(dir, 'de.xlf'), 'utf8'));
    committed = units(await readFile(join(root, 'locales/de.xlf'), 'utf8'));
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

  it('has a non-empty German target for every msg() in the source', () => {
    const missing = [...fresh.keys()].filter((id) => !committed.get(id)?.trim());
    assert.deepEqual(
      missing,
      [],
      'run `npm run localize:extract` and translate these in locales/de.xlf',
    );
  });
});
