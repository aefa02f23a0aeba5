// How html`` and css`` templates are minified, the same for dist/ (vite.config.ts)
// and lib/ (scripts/minify-lib.js, so that server-rendered snippets are small too):
// the Lit team's minifier, which parses them (HTML and CSS minifiers, not
// patterns). Whitespace collapses to one space, never to none: a space between
// a text and an element can matter. The static-tag heading (staticHtml``) is
// one line already, and its tag name, an expression, is no HTML a parser takes.
export const MINIFY_TEMPLATES = {
  shouldMinify: (template) => template.tag === 'html',
  minifyOptions: { conservativeCollapse: true },
};
