// The byte budget of the files a host page loads: gzip -9 of each, measured
// with the gzip command as the bench and the before-stop check do (it stores
// the file name; Node's zlib compresses differently), on a fresh build made
// here, so a stale dist/ can neither pass nor fail it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';

/**
 * A fixed ceiling with headroom, not today's size: a commit that raises it
 * says what the bytes bought. `npm run bench` prints the exact sizes.
 */
const CEILING = 18_944;

describe('byte budget', () => {
  let outDir;
  before(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'city-networks-budget-'));
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  });
  after(() => rm(outDir, { recursive: true, force: true }));

  for (const file of ['city-networks.js', 'city-networks.iife.js']) {
    it(`dist/${file} is at most ${CEILING} bytes gzipped`, () => {
      const size = execFileSync('gzip', ['-9', '-c', join(outDir, file)]).length;
      console.log(`dist/${file}: ${size} bytes gzip -9 (ceiling ${CEILING})`);
      assert.ok(size <= CEILING, `${size} bytes gzipped, over the ceiling of ${CEILING}`);
    });
  }
});
