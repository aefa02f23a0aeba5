// A Vite plugin for the bundled host files: it shrinks what a minifier leaves
// alone in our sources. Whitespace in html`` and css`` templates collapses
// (HTML and CSS collapse runs of it anyway; none of our templates has <pre>),
// whitespace between a tag and a tag or an expression goes, and the `desc` notes for translators are
// dropped from msg() calls (lit-localize reads them from the source; msg()
// never does). Fewer bytes, and fewer text nodes in every card.
import { parseAst } from 'vite';

const minifyHtml = (raw) =>
  raw
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    // Next to a tag, whitespace before or after an expression goes too: a space
    // that must stay is written as an expression, ${' '}.
    .replace(/^ </, '<')
    .replace(/> $/, '>');

const minifyCss = (raw) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .replace(/([:,]) /g, '$1')
    .trim();

const MINIFIERS = { html: minifyHtml, css: minifyCss };

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/** The edits for one module: [start, end, replacement], in any order. */
function edits(code) {
  const found = [];
  walk(parseAst(code), (node) => {
    const minify = node.type === 'TaggedTemplateExpression' && MINIFIERS[node.tag.name];
    if (minify) {
      for (const quasi of node.quasi.quasis) {
        found.push([quasi.start, quasi.end, minify(code.slice(quasi.start, quasi.end))]);
      }
    }
    const [message, options] = node.type === 'CallExpression' ? node.arguments : [];
    const onlyDesc =
      node.callee?.name === 'msg' &&
      options?.type === 'ObjectExpression' &&
      options.properties.every((property) => property.key?.name === 'desc');
    if (onlyDesc) found.push([message.end, options.end, '']);
  });
  return found;
}

export function minifyTemplates() {
  return {
    name: 'city-networks:minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      let result = code;
      for (const [start, end, text] of edits(code).sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}
