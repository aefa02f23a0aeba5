// The byte budget of the file a host page loads: gzip -9 of dist/city-networks.js,
// measured with the gzip command as the issue and the before-stop check do
// (it stores the file name; Node's zlib compresses differently).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';

/**
 * What the file weighs now: lower it when the file shrinks, never raise it
 * without saying why. (Issue 5 asks for at most 14,336 bytes; see the bench's
 * byte split for what stands in the way.)
 */
const BUDGET = 14_308;

it(`dist/city-networks.js is at most ${BUDGET} bytes gzipped`, () => {
  const file = fileURLToPath(new URL('../../dist/city-networks.js', import.meta.url));
  const size = execFileSync('gzip', ['-9', '-c', file]).length;
  console.log(`dist/city-networks.js: ${size} bytes gzip -9 (budget ${BUDGET})`);
  assert.ok(size <= BUDGET, `${size} bytes gzipped, over the budget of ${BUDGET}`);
});
