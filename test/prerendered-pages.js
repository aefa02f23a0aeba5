// Host pages around a prerendered <city-networks>, served by web-test-runner
// for test/prerendered.test.ts. Node code: a dev-server plugin.
//
//   /test/prerendered.html?lang=de&page=en&script=later&csp=strict
//
//   lang    the snippet's language: de or en (default de)
//   page    <html lang> of the page (default: the snippet's language)
//   options topics, level, search=1, data=demo|many: rendered by `npx city-networks render`'s
//           code; without them the page carries dist/prerendered/<lang>.html as built
//   script  tag: the snippet's own script tag (its CDN URL pointed at this
//           server's /dist/city-networks.js, its integrity hash kept);
//           later: no script tag, the test adds the script when it wants
//   csp     strict: style-src without 'unsafe-inline' and with the hash from
//           dist/integrity.json; nohash: the same without the hash;
//           trusted-types: strict plus Trusted Types
//   dsd     off: the <template> without shadowrootmode, as a browser without
//           declarative shadow DOM reads it
import { readFile } from 'node:fs/promises';
import { snippet, scriptUrl } from '../bin/city-networks.js';

const root = new URL('../', import.meta.url);
const json = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));

/** data=demo: the demo's example file; data=many: 300 records, more than the first update renders. */
async function dataset(name) {
  if (name === 'demo') return json('demo/custom-networks.json');
  if (name !== 'many') return undefined;
  return Array.from({ length: 300 }, (_, i) => ({
    id: `n-${i}`,
    name: { en: `Network number ${i}`, de: `Netzwerk Nummer ${i}` },
    summary: { en: `Summary of network ${i}.`, de: `Über Netzwerk ${i}.` },
    topics: [i % 3 ? 'climate' : 'culture'],
    links: { website: `https://example.org/n-${i}` },
  }));
}

async function page(query) {
  const lang = query.get('lang') ?? 'de';
  const { version } = await json('package.json');
  const integrity = await json('dist/integrity.json');
  const custom = ['topics', 'level', 'search', 'data'].some((key) => query.has(key));
  let html = custom
    ? await snippet({
        lang,
        topics: query.get('topics')?.split(','),
        headingLevel: query.has('level') ? Number(query.get('level')) : undefined,
        search: query.has('search'),
        networks: await dataset(query.get('data')),
      })
    : await readFile(new URL(`dist/prerendered/${lang}.html`, root), 'utf8');
  html = html.replace(scriptUrl(version), '/dist/city-networks.js');
  if (query.get('script') === 'later') html = html.replace(/<script[\s\S]*?<\/script>\n/, '');
  if (query.get('dsd') === 'off') html = html.replace(/ shadowroot(mode)?="open"/g, '');
  const hashes = `${integrity['prerendered-style']} ${integrity['prerendered-no-script-style']}`;
  const style = { strict: hashes, 'trusted-types': hashes, nohash: '' }[query.get('csp')];
  const policy =
    style === undefined
      ? ''
      : `default-src 'self'; script-src 'self'; style-src 'self' ${style}` +
        (query.get('csp') === 'trusted-types'
          ? "; require-trusted-types-for 'script'; trusted-types lit-html"
          : '');
  return `<!doctype html>
<html lang="${query.get('page') ?? lang}">
  <head>
    <meta charset="utf-8" />
    ${policy ? `<meta http-equiv="Content-Security-Policy" content="${policy}" />` : ''}
    <script src="/test/fixtures/report.js"></script>
    <title>prerendered city-networks</title>
  </head>
  <body>
    <h2 id="before">Städtenetzwerke</h2>
    ${html}
    <p id="after">Text after the widget</p>
  </body>
</html>
`;
}

export function prerenderedPages() {
  return {
    name: 'prerendered-pages',
    async serve(context) {
      if (context.path !== '/test/prerendered.html') return undefined;
      return { body: await page(new URLSearchParams(context.querystring)), type: 'html' };
    },
  };
}
