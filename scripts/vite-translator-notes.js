// @ts-check
// A Vite plugin for the build: removes the `desc` of every `msg()` call,
// the note for translators. `lit-localize extract` reads the notes from the
// sources into locales/*.xlf; the browser never reads them, so the built
// files need not carry them (some 300 bytes gzipped). It works on the syntax
// tree (Vite's own parser), not on text patterns, and keeps the source map.

import MagicString from 'magic-string';

/**
 * Every node of an ESTree tree, depth first.
 * @param {any} node
 * @returns {Generator<any>}
 */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object') yield* nodes(child);
    }
  }
}

/** @returns {import('vite').Plugin} */
export function dropTranslatorNotes() {
  return {
    name: 'drop-translator-notes',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('desc')) return null;
      const source = new MagicString(code);
      for (const node of nodes(this.parse(code))) {
        const [, options] = node.type === 'CallExpression' ? node.arguments : [];
        if (node.callee?.name !== 'msg' || options?.type !== 'ObjectExpression') continue;
        const properties = options.properties;
        properties.forEach((/** @type {any} */ property, /** @type {number} */ i) => {
          if (property.key?.name !== 'desc') return;
          // With the comma between it and the property before it, or else after it.
          const [start, end] = i
            ? [properties[i - 1].end, property.end]
            : [property.start, properties[1]?.start ?? property.end];
          source.remove(start, end);
        });
      }
      return source.hasChanged()
        ? { code: source.toString(), map: source.generateMap({ hires: true }) }
        : null;
    },
  };
}
