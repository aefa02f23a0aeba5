// How html`` and css`` templates are minified, the same for dist/ (vite.config.ts)
// and lib/ (scripts/minify-lib.js, so that server-rendered snippets are small too):
// the Lit team's minifier, which parses them (HTML and CSS minifiers, not
// patterns). Whitespace collapses to one space, never to none: a space between
// a text and an element can matter (" (in German)" after a link's text).
export const MINIFY_TEMPLATES = {
  minifyOptions: { conservativeCollapse: true },
};
