// A Vite plugin for the bundled host files: it shrinks what a minifier leaves
// alone in our sources. Whitespace in html`` and css`` templates, and in a
// template literal given to unsafeCSS(), collapses
// (HTML and CSS collapse runs of it anyway; none of our templates has <pre>),
// whitespace between a tag and a tag or an expression goes, and the `desc`
// notes for translators are dropped from msg() calls (lit-localize reads them
// from the source; msg() reads only the `id`). Fewer bytes, and fewer text nodes in every card.
import { parseAst, type Plugin } from 'vite';

const minifyHtml = (raw: string) =>
  raw
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    // A tag's closing bracket on its own line (<span id="a"\n>); no template
    // has a bare > in its text.
    .replace(/ >/g, '>')
    // Next to a tag, whitespace before or after an expression goes too: a space
    // that must stay is written as an expression, ${' '}.
    .replace(/^ </, '<')
    .replace(/> $/, '>');

const minifyCss = (raw: string) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};>]) ?/g, '$1')
    .replace(/([:,]) /g, '$1')
    .replace(/;}/g, '}')
    .replace(/([^\w.])0\./g, '$1.')
    .trim();

const MINIFIERS: Partial<Record<string, (raw: string) => string>> = {
  html: minifyHtml,
  css: minifyCss,
};

// The few ESTree fields read here.
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
type Edit = [start: number, end: number, text: string];

/** Calls `visit` on every node of an ESTree AST. */
function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (typeof (node as Node).type !== 'string') return;
  visit(node as Node);
  for (const value of Object.values(node)) walk(value, visit);
}

/** The edits for one module: [start, end, replacement], in any order. */
function edits(code: string): Edit[] {
  const found: Edit[] = [];
  walk(parseAst(code), (node) => {
    if (node.type === 'TaggedTemplateExpression') {
      const minify = MINIFIERS[(node.tag as { name?: string }).name ?? ''];
      const { quasis } = node.quasi as { quasis: Node[] };
      if (minify) {
        for (const quasi of quasis) {
          found.push([quasi.start, quasi.end, minify(code.slice(quasi.start, quasi.end))]);
        }
      }
    }
    const callee = (node.callee as { name?: string } | undefined)?.name;
    if (node.type === 'CallExpression' && callee === 'unsafeCSS') {
      const [literal] = node.arguments as Node[];
      if (literal?.type === 'TemplateLiteral') {
        for (const quasi of literal.quasis as Node[]) {
          found.push([quasi.start, quasi.end, minifyCss(code.slice(quasi.start, quasi.end))]);
        }
      }
    }
    if (node.type === 'CallExpression' && callee === 'msg') {
      const options = (node.arguments as Node[])[1];
      const properties = (options?.properties ?? []) as (Node & { key?: { name?: string } })[];
      const kept = properties.filter((property) => property.key?.name !== 'desc');
      if (options && kept.length < properties.length) {
        const text = kept.map((property) => code.slice(property.start, property.end)).join(',');
        found.push([options.start, options.end, `{${text}}`]);
      }
    }
  });
  return found;
}

export function minifyTemplates(): Plugin {
  return {
    name: 'city-networks:minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      let result = code;
      for (const [start, end, text] of edits(code).sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}
