// The server renderer (city-networks/ssr) and the command line that prints
// prerendered snippets: in Node, from the built lib/ and bin/, as a host's
// server and an editor use them.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, before, after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseFragment } from 'parse5';

const root = new URL('../../', import.meta.url);
const { renderCityNetworks } = await import('../../lib/ssr.js');
const { builtInDataset } = await import('../../lib/data/index.js');

// Derived from the dataset, never written out: test/node/dataset.test.js alone pins it.
const TOTAL = builtInDataset.networks.length;
/**
 * The byte budget of a built snippet (dist/prerendered/<lang>.html): 16,000
 * bytes with the 14 networks of the source page, and a card's worth more for
 * each network beyond them. The budget holds the snippet's markup and style;
 * a network added to the data is no bloat (the pin in dataset.test.js
 * reports it), and its card brings its own bytes: 526 to 874 today.
 */
const snippetCeiling = (networks) => 16_000 + 1_000 * Math.max(0, networks - 14);

/** The built-in networks with one of `topics` at least. */
const withTopics = (...topics) =>
  builtInDataset.networks.filter((network) => network.topics.some((t) => topics.includes(t)));
/** The count shown with every built-in network on show: "14 von 14 Netzwerken", "14 of 14 networks". */
function allShown(lang) {
  const n = new Intl.NumberFormat(lang).format(TOTAL);
  return lang === 'de' ? `${n} von ${n} Netzwerken` : `${n} of ${n} networks`;
}

/** The parse5 tree of an HTML fragment, failing on any parse error but those in `allowed`. */
function parse(html, allowed = []) {
  const errors = [];
  const fragment = parseFragment(html, {
    onParseError: ({ code }) => allowed.includes(code) || errors.push(code),
  });
  assert.deepEqual(errors, [], 'the HTML has parse errors');
  return fragment;
}

/** Every element of a parse5 tree (template contents included) that `test` accepts. */
function findAll(node, test, found = []) {
  if (node.tagName && test(node)) found.push(node);
  for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) {
    findAll(child, test, found);
  }
  return found;
}

const text = (node) =>
  node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(text).join('');
const attribute = (node, name) => node.attrs?.find((attr) => attr.name === name)?.value;
const byPart = (tree, part) =>
  findAll(tree, (node) => attribute(node, 'part')?.split(' ').includes(part));
const titles = (html) => byPart(parse(html), 'card-title').map((node) => text(node).trim());

describe('importing the package in Node', () => {
  for (const entry of ['index.js', 'city-networks.js', 'data/index.js', 'ssr.js', 'react.js']) {
    it(`lib/${entry} imports without throwing`, () => {
      execFileSync(
        process.execPath,
        ['-e', `await import('./lib/${entry}')`, '--input-type=module'],
        {
          cwd: fileURLToPath(root),
        },
      );
    });
  }
});

describe('renderCityNetworks()', () => {
  for (const lang of ['de', 'en']) {
    it(`renders every built-in card in ${lang}, as valid HTML with a declarative shadow root`, () => {
      const html = renderCityNetworks({ lang });
      const tree = parse(html);
      const [element] = findAll(tree, (node) => node.tagName === 'city-networks');
      assert.equal(attribute(element, 'lang'), undefined, 'the element has no lang of its own');
      const [template] = findAll(element, (node) => node.tagName === 'template');
      assert.equal(attribute(template, 'shadowrootmode'), 'open');
      const shown = titles(html);
      assert.equal(shown.length, TOTAL);
      for (const network of builtInDataset.networks) {
        assert.ok(
          shown.some((title) => title.startsWith(network.name[lang])),
          `no card titled ${network.name[lang]}`,
        );
      }
      // The content carries its language, from its root: the controls and every card.
      const [root] = findAll(tree, (node) => attribute(node, 'class') === 'root');
      assert.equal(attribute(root, 'lang'), lang);
      assert.equal(byPart(root, 'card').length, TOTAL);
      const count = text(byPart(tree, 'count')[0]).trim();
      assert.equal(count, allShown(lang));
      // The light-DOM fallback link, in the same language.
      const fallback = element.childNodes.find((node) => node.tagName === 'a');
      assert.equal(
        text(fallback),
        lang === 'de' ? 'Städtenetzwerke auf berlin.de' : 'City networks on berlin.de',
      );
    });
  }

  it('takes a regional language tag: de-AT renders German', () => {
    assert.ok(renderCityNetworks({ lang: 'de-AT' }).includes(allShown('de')), allShown('de'));
  });

  it('preselects topics, carried as the topics attribute', () => {
    const html = renderCityNetworks({ lang: 'en', topics: ['climate', 'culture'] });
    const tree = parse(html);
    const [element] = findAll(tree, (node) => node.tagName === 'city-networks');
    assert.equal(attribute(element, 'topics'), 'climate culture');
    const pressed = byPart(tree, 'topic')
      .filter((node) => attribute(node, 'aria-pressed') === 'true')
      .map((node) => text(node).trim());
    assert.deepEqual(pressed, ['Climate', 'Culture']);
    assert.equal(titles(html).length, withTopics('climate', 'culture').length);
  });

  it('folds the networks a preselection hides into a <details> after the others, without parts', () => {
    const html = renderCityNetworks({ lang: 'en', topics: 'climate' });
    const tree = parse(html);
    const ids = findAll(tree, (node) => attribute(node, 'data-network')).map((node) =>
      attribute(node, 'data-network'),
    );
    const climate = withTopics('climate').map((n) => n.id);
    assert.deepEqual(ids.slice(0, climate.length), climate);
    assert.deepEqual(new Set(ids), new Set(builtInDataset.networks.map((n) => n.id)));
    assert.equal(ids.length, builtInDataset.networks.length);
    // The cards on show are the matching ones: the folded ones carry no part.
    assert.deepEqual(
      byPart(tree, 'card').map((node) => attribute(node, 'data-network')),
      climate,
    );
    const [details] = findAll(tree, (node) => node.tagName === 'details');
    assert.equal(attribute(details, 'open'), undefined);
    assert.deepEqual(
      findAll(details, (node) => attribute(node, 'part') !== undefined),
      [],
    );
    const [summary] = findAll(details, (node) => node.tagName === 'summary');
    assert.equal(text(summary).trim(), `${ids.length - climate.length} more networks`);
    // Without a preselection, nothing is folded.
    assert.deepEqual(
      findAll(parse(renderCityNetworks({ lang: 'en' })), (node) => node.tagName === 'details'),
      [],
    );
  });

  it('renders the search field and url-state when asked, carried as attributes', () => {
    const tree = parse(renderCityNetworks({ lang: 'de', search: true, urlState: true }));
    const [element] = findAll(tree, (node) => node.tagName === 'city-networks');
    assert.equal(attribute(element, 'search'), '');
    assert.equal(attribute(element, 'url-state'), '');
    assert.equal(byPart(tree, 'search').length, 1);
    const plain = parse(renderCityNetworks({ lang: 'de' }));
    assert.equal(byPart(plain, 'search').length, 0);
  });

  it('carries the style a page without script applies, in a <noscript>', async () => {
    const { NO_SCRIPT_STYLE } = await import('../../lib/ssr.js');
    assert.ok(
      renderCityNetworks().includes(`<noscript><style>${NO_SCRIPT_STYLE}</style></noscript>`),
    );
  });

  it('renders the headings at headingLevel, carried as heading-level', () => {
    const tree = parse(renderCityNetworks({ lang: 'en', headingLevel: 5 }));
    const [element] = findAll(tree, (node) => node.tagName === 'city-networks');
    assert.equal(attribute(element, 'heading-level'), '5');
    assert.ok(byPart(tree, 'card-title').every((node) => node.tagName === 'h5'));
  });

  it('renders custom data, and carries it as JSON for the script', async () => {
    const data = JSON.parse(await readFile(new URL('demo/custom-networks.json', root), 'utf8'));
    const html = renderCityNetworks({ lang: 'en', networks: data });
    const tree = parse(html);
    const ids = byPart(tree, 'card').map((node) => attribute(node, 'data-network'));
    assert.deepEqual(
      ids,
      data.networks.map((network) => network.id),
    );
    const [json] = findAll(tree, (node) => attribute(node, 'type') === 'application/json');
    assert.deepEqual(
      JSON.parse(text(json)).networks.map((network) => network.id),
      ids,
    );
  });

  it('never lets data end the JSON script or become markup', () => {
    const evil = '</script><img src=x onerror=alert(1)>';
    const html = renderCityNetworks({
      lang: 'en',
      networks: [{ id: 'x', name: { en: evil }, summary: { en: 'S' }, topics: ['climate'] }],
    });
    const tree = parse(html);
    assert.deepEqual(
      findAll(tree, (node) => node.tagName === 'img'),
      [],
    );
    assert.deepEqual(titles(html), [evil]);
  });

  it('renders the default view with no options at all: German, every network', () => {
    for (const html of [renderCityNetworks(), renderCityNetworks({})]) {
      const [root] = findAll(parse(html), (node) => attribute(node, 'class') === 'root');
      assert.equal(attribute(root, 'lang'), 'de');
      assert.equal(titles(html).length, TOTAL);
      assert.equal(html, renderCityNetworks({ lang: 'de' }));
    }
  });

  it('takes topics as a list or as a space- or comma-separated string, as the attribute does', () => {
    const listed = renderCityNetworks({ lang: 'en', topics: ['climate', 'peace'] });
    for (const topics of ['climate peace', 'climate,peace', ' climate ,  peace ']) {
      assert.equal(renderCityNetworks({ lang: 'en', topics }), listed, JSON.stringify(topics));
    }
  });

  const errors = [
    [null, /the options must be an object, not null/],
    // xx: a tag of no language the widget has (fr, say, may be added: docs/translating.md).
    [{ lang: 'xx' }, /lang must be "de" or "en", not "xx"/],
    [{ lang: 'de', headingLevel: 7 }, /headingLevel must be a whole number from 2 to 6, not 7/],
    [{ lang: 'de', headingLevel: 2.5 }, /headingLevel/],
    [{ lang: 'de', topics: 42 }, /topics must be a list of topic ids or a string of them, not 42/],
    [{ lang: 'de', topics: 'climate sports' }, /unknown topics: sports/],
    [{ lang: 'de', topics: ['climate', 'sports'] }, /unknown topics: sports \(known: climate/],
    [{ lang: 'de', networks: 42 }, /dataset/i],
    [{ search: 'yes' }, /search must be true or false, not "yes"/],
    [{ urlState: 1 }, /urlState must be true or false, not 1/],
    [{ lang: 'de', networks: [{ id: 'x' }] }, /no valid network/],
    [
      {
        lang: 'de',
        networks: [
          { id: 'ok', name: { en: 'OK' }, summary: { en: 'S' }, topics: ['climate'] },
          { id: 'bad', name: { en: 'Bad' }, summary: { en: 'S' }, topics: [] },
        ],
      },
      /invalid networks in the data: "bad"/,
    ],
  ];
  for (const [options, message] of errors) {
    it(`throws a clear Error for ${JSON.stringify(options).slice(0, 70)}`, () => {
      assert.throws(() => renderCityNetworks(options), message);
    });
  }
});

describe("<city-networks> inside a host's own @lit-labs/ssr template", () => {
  it('renders its cards in the language of its lang attribute', async () => {
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    const page = html`<main><city-networks lang="de" heading-level="4"></city-networks></main>`;
    // A host's own render keeps Lit's hydration markers, <?> among them.
    const tree = parse(await collectResult(render(page)), [
      'unexpected-question-mark-instead-of-tag-name',
    ]);
    assert.equal(byPart(tree, 'card').length, TOTAL);
    assert.ok(byPart(tree, 'card-title').every((node) => node.tagName === 'h4'));
    assert.equal(text(byPart(tree, 'count')[0]).trim(), allShown('de'));
  });
});

describe('npx city-networks render', () => {
  const bin = fileURLToPath(new URL('bin/city-networks.js', root));
  const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  let dir;
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'city-networks-cli-'))));
  after(() => rm(dir, { recursive: true, force: true }));

  it('prints the pinned script tag with its integrity hash, then the element', async () => {
    const { status, stdout, stderr } = run('render', '--lang', 'de');
    assert.equal(status, 0, stderr);
    const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
    const integrity = JSON.parse(await readFile(new URL('dist/integrity.json', root), 'utf8'));
    const [script] = findAll(parse(stdout), (node) => node.tagName === 'script');
    assert.equal(
      attribute(script, 'src'),
      `https://cdn.jsdelivr.net/npm/city-networks@${version}/dist/city-networks.js`,
    );
    assert.equal(attribute(script, 'integrity'), integrity['city-networks.js']);
    assert.equal(attribute(script, 'crossorigin'), 'anonymous');
    assert.equal(attribute(script, 'type'), 'module');
    assert.equal(titles(stdout).length, TOTAL);
  });

  it('is what npm run build wrote to dist/prerendered/', async () => {
    for (const lang of ['de', 'en']) {
      const built = await readFile(new URL(`dist/prerendered/${lang}.html`, root), 'utf8');
      assert.equal(run('render', '--lang', lang).stdout, built, `dist/prerendered/${lang}.html`);
    }
  });

  it('takes --topics, --heading-level and --data', async () => {
    const file = join(dir, 'data.json');
    await writeFile(
      file,
      JSON.stringify([
        { id: 'one', name: { en: 'One' }, summary: { en: 'S' }, topics: ['climate'] },
        { id: 'two', name: { en: 'Two' }, summary: { en: 'S' }, topics: ['culture'] },
      ]),
    );
    const args = ['--lang', 'en', '--topics', 'climate', '--heading-level', '2', '--data', file];
    const { status, stdout, stderr } = run('render', ...args);
    assert.equal(status, 0, stderr);
    const tree = parse(stdout);
    assert.deepEqual(titles(stdout), ['One']);
    assert.equal(byPart(tree, 'card-title')[0].tagName, 'h2');
  });

  it('takes --search and --url-state', () => {
    const { status, stdout, stderr } = run('render', '--lang', 'de', '--search', '--url-state');
    assert.equal(status, 0, stderr);
    const tree = parse(stdout);
    const [element] = findAll(tree, (node) => node.tagName === 'city-networks');
    assert.equal(attribute(element, 'search'), '');
    assert.equal(attribute(element, 'url-state'), '');
    assert.equal(byPart(tree, 'search').length, 1);
  });

  it('points the script tag at a self-hosted copy with --script-src, integrity kept', async () => {
    const integrity = JSON.parse(await readFile(new URL('dist/integrity.json', root), 'utf8'));
    const { stdout } = run('render', '--lang', 'en', '--script-src', '/assets/city-networks.js');
    const [script] = findAll(parse(stdout), (node) => node.tagName === 'script');
    assert.equal(attribute(script, 'src'), '/assets/city-networks.js');
    assert.equal(attribute(script, 'integrity'), integrity['city-networks.js']);
  });

  it('writes the snippet to a file with --out, and nothing to standard output', async () => {
    const file = join(dir, 'snippet.html');
    const { status, stdout, stderr } = run('render', '--lang', 'de', '--out', file);
    assert.equal(status, 0, stderr);
    assert.equal(stdout, '');
    assert.equal(await readFile(file, 'utf8'), run('render', '--lang', 'de').stdout);
  });

  it('prints its options with --help, each with an example', () => {
    const { status, stdout } = run('--help');
    assert.equal(status, 0);
    for (const option of [
      'lang',
      'topics',
      'heading-level',
      'search',
      'url-state',
      'data',
      'script-src',
      'out',
    ]) {
      assert.match(stdout, new RegExp(`^  --${option}\\b`, 'm'), option);
      assert.match(
        stdout,
        new RegExp(`city-networks render .*--${option}\\b`),
        `an example of --${option}`,
      );
    }
  });

  it('keeps the built snippets within their byte budget', async () => {
    const { LANGUAGES } = await import('../../lib/data/index.js');
    const ceiling = snippetCeiling(TOTAL);
    for (const lang of LANGUAGES) {
      const bytes = (await readFile(new URL(`dist/prerendered/${lang}.html`, root))).length;
      assert.ok(bytes <= ceiling, `dist/prerendered/${lang}.html: ${bytes} bytes, over ${ceiling}`);
    }
  });

  const failures = [
    [[], /unknown command/],
    [['render'], /--lang is required/],
    [['render', '--lang', 'xx'], /lang must be "de" or "en"/],
    [['render', '--lang', 'de', '--topics', 'nope'], /unknown topics: nope/],
    [['render', '--lang', 'de', '--heading-level', 'two'], /--heading-level must be a number/],
    [['render', '--lang', 'de', '--heading-level', '9'], /from 2 to 6/],
    [['render', '--lang', 'de', '--data', '/does/not/exist.json'], /cannot read --data/],
    [['render', '--lang', 'de', '--colour', 'red'], /Unknown option '--colour'/],
    [['render', '--lang', 'de', '--script-src', ''], /--script-src needs the URL/],
    [['render', '--lang', 'de', '--out', '/does/not/exist/x.html'], /cannot write --out/],
  ];
  for (const [args, message] of failures) {
    it(`exits 1 with a message for: ${args.join(' ') || '(nothing)'}`, () => {
      const { status, stdout, stderr } = run(...args);
      assert.equal(status, 1);
      assert.equal(stdout, '');
      assert.match(stderr, message);
    });
  }

  it('exits 1 for --data that is not JSON, or holds no valid network', async () => {
    const notJson = join(dir, 'not.json');
    await writeFile(notJson, '{ nope');
    assert.match(run('render', '--lang', 'de', '--data', notJson).stderr, /is not JSON/);
    const empty = join(dir, 'empty.json');
    await writeFile(empty, '[]');
    const { status, stderr } = run('render', '--lang', 'de', '--data', empty);
    assert.equal(status, 1);
    assert.match(stderr, /the dataset has no networks/);
  });
});
