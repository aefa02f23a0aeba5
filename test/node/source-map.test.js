// The shipped source maps lead back to the source: a known place in each
// built file maps to the line of src/ that wrote it, for code and for a
// template that the build minified.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** Line and column (0-based) of the first `text` in `code`. */
function positionOf(code, text) {
  const index = code.indexOf(text);
  assert.ok(index >= 0, `"${text}" is not in the built file`);
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1).length };
}

/** The 1-based line of `src/<file>` that holds `text`. */
function sourceLine(file, text) {
  const index = read(`src/${file}`)
    .split('\n')
    .findIndex((line) => line.includes(text));
  assert.ok(index >= 0, `"${text}" is not in src/${file}`);
  return index + 1;
}

// What to look for in the built file, and where it was written.
const PLACES = [
  { built: 'ignoring unknown topics', file: 'view.ts' },
  { built: '<ul class="links"', source: 'class="links"', file: 'card.ts' },
  { built: '`TimeoutError`', source: "'TimeoutError'", file: 'data/fetch.ts' },
];

for (const name of ['city-networks.js', 'city-networks.iife.js']) {
  describe(`dist/${name}.map`, () => {
    const code = read(`dist/${name}`);
    const map = new TraceMap(read(`dist/${name}.map`));

    it('is the map the file names', () => {
      assert.match(code, new RegExp(`//# sourceMappingURL=${name}\\.map\\s*$`));
    });

    for (const { built, source = built, file } of PLACES) {
      it(`maps "${built}" to its line in src/${file}`, () => {
        const original = originalPositionFor(map, positionOf(code, built));
        assert.equal(
          fileURLToPath(new URL(original.source, new URL(`dist/${name}.map`, root))),
          fileURLToPath(new URL(`src/${file}`, root)),
        );
        assert.equal(original.line, sourceLine(file, source));
      });
    }
  });
}
