// The browser floor's lists (scripts/floor.js) checked against MDN's
// compatibility data, and the built file against them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { AVOIDED, DETECTED, FLOOR, RELIED_ON, versions, withinFloor } from '../../scripts/floor.js';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('browser floor', () => {
  for (const path of Object.keys(RELIED_ON)) {
    it(`${path} is in every engine of the floor`, () => {
      assert.ok(withinFloor(path), `${path}: ${JSON.stringify(versions(path))}`);
    });
  }

  for (const path of [...Object.keys(DETECTED), ...Object.keys(AVOIDED)]) {
    it(`${path} is past the floor (so its fallback is needed)`, () => {
      assert.ok(!withinFloor(path), `${path} is within the floor now: drop it from the list`);
    });
  }

  it('the built files call none of the APIs avoided', () => {
    for (const file of ['dist/city-networks.js', 'dist/city-networks.iife.js']) {
      const code = read(file);
      for (const api of ['URL.canParse', 'AbortSignal.any', 'AbortSignal.timeout']) {
        assert.ok(!code.includes(api), `${file} calls ${api}`);
      }
      assert.match(code, /@supports not \(color:\s*light-dark\(/, `${file}: no colour fallback`);
    }
  });

  it('the README states the floor the tests use', () => {
    const { chrome, firefox, safari } = FLOOR;
    assert.ok(
      read('README.md').includes(
        `Chrome and Edge ${chrome}+, Firefox ${firefox}+, Safari ${safari}+`,
      ),
    );
  });
});
