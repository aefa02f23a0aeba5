// What the README and the guides tell a newcomer, checked against the code:
// the topics they name, and the files they point to.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { builtInDataset } from '../../lib/data/index.js';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const docs = [
  'README.md',
  'ACCESSIBILITY.md',
  ...readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The backticked ids after `label` in the README, up to the sentence's end. */
function idsAfter(text, label) {
  const start = text.indexOf(label);
  assert.ok(start >= 0, `the README no longer says "${label}"`);
  const sentence = text.slice(start + label.length, text.indexOf('. ', start));
  return [...sentence.matchAll(/`([a-z0-9-]+)`/g)].map(([, id]) => id).sort();
}

describe('the docs', () => {
  it('name exactly the topics the built-in networks have, and the other labelled ones', () => {
    const readme = read('README.md').replace(/\s+/g, ' ');
    const used = new Set(builtInDataset.networks.flatMap((network) => network.topics));
    const labelled = Object.keys(builtInDataset.topics);
    assert.deepEqual(idsAfter(readme, 'Topic ids the built-in networks have:'), [...used].sort());
    assert.deepEqual(
      idsAfter(readme, 'no built-in network has it:'),
      labelled.filter((topic) => !used.has(topic)).sort(),
    );
  });

  it('point only to files that exist', () => {
    const missing = [];
    for (const doc of docs) {
      // Paths in backticks or links that start at a folder of the repository.
      const text = read(doc);
      const paths = [
        ...text.matchAll(/`((?:src|test|scripts|docs|demo|bench|locales|schema|bin)\/[\w./-]+)`/g),
        ...text.matchAll(
          /\]\(((?:src|test|scripts|docs|demo|bench|locales|schema|bin)\/[\w./-]+)/g,
        ),
      ].map(([, path]) => path.replace(/[.,]$/, ''));
      for (const path of paths) {
        // A glob or a placeholder names no one file; the design harness lives at
        // the commit docs/card-list.md names, as it says.
        if (/[*<]/.test(path) || (doc === 'docs/card-list.md' && path.startsWith('bench/designs/')))
          continue;
        if (!existsSync(new URL(path, root))) missing.push(`${doc}: ${path}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
