#!/usr/bin/env node
// city-networks render: a <city-networks> with its cards in the HTML, ready to paste.
//
//   npx city-networks render --lang de [--topics climate,culture] [--heading-level 2] [--data file.json]
//
// Prints the script tag for this version's dist/city-networks.js (pinned CDN
// URL, integrity, crossorigin) and the element with its declarative shadow
// root. Bad options or data: a message on standard error, exit status 1.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = new URL('../', import.meta.url);

const USAGE = `Usage: city-networks render --lang de|en [--topics ID,ID] [--heading-level 2-6] [--data FILE]

Prints a <city-networks> element with its cards in the HTML (server-rendered),
and the script tag that loads this version of the widget, to paste into a page.

  --lang           the language of the cards: de or en (required)
  --topics         topic ids to preselect, comma- or space-separated
  --heading-level  level of the card headings, 2 to 6 (default 3)
  --data           a JSON dataset (format: city-networks.schema.json) instead of the built-in one`;

/** The CDN URL of this version's module file, as the README pins it. */
export function scriptUrl(version) {
  return `https://cdn.jsdelivr.net/npm/city-networks@${version}/dist/city-networks.js`;
}

/** The script tag and the prerendered element: the whole paste for a page. */
export async function snippet(options) {
  const { renderCityNetworks } = await import('../lib/ssr.js');
  const element = renderCityNetworks(options);
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  let integrity;
  try {
    integrity = JSON.parse(readFileSync(new URL('dist/integrity.json', root), 'utf8'))[
      'city-networks.js'
    ];
  } catch {
    throw new Error('dist/integrity.json is missing: run npm run build first');
  }
  const script = [
    '<script',
    '  type="module"',
    `  src="${scriptUrl(version)}"`,
    `  integrity="${integrity}"`,
    '  crossorigin="anonymous"',
    '></script>',
  ].join('\n');
  return `${script}\n${element}\n`;
}

/** The command line read into renderCityNetworks' options, or an Error saying what is wrong. */
function readCommandLine(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      topics: { type: 'string' },
      'heading-level': { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true };
  if (positionals.length !== 1 || positionals[0] !== 'render') {
    throw new Error(`unknown command ${JSON.stringify(positionals.join(' '))}; try "render"`);
  }
  if (!values.lang) throw new Error('--lang is required: de or en');
  const level = values['heading-level'];
  if (level !== undefined && !/^\d+$/.test(level)) {
    throw new Error(`--heading-level must be a number from 2 to 6, not ${JSON.stringify(level)}`);
  }
  let networks;
  if (values.data !== undefined) {
    let text;
    try {
      text = readFileSync(values.data, 'utf8');
    } catch (error) {
      throw new Error(`cannot read --data ${values.data}: ${error.message}`);
    }
    try {
      networks = JSON.parse(text);
    } catch (error) {
      throw new Error(`--data ${values.data} is not JSON: ${error.message}`);
    }
  }
  return {
    lang: values.lang,
    topics: values.topics?.split(/[\s,]+/).filter(Boolean),
    headingLevel: level === undefined ? undefined : Number(level),
    networks,
  };
}

async function main() {
  let options;
  try {
    options = readCommandLine(process.argv.slice(2));
    if (options.help) {
      console.log(USAGE);
      return;
    }
    process.stdout.write(await snippet(options));
  } catch (error) {
    console.error(`city-networks: ${error.message}\nSee city-networks --help.`);
    process.exitCode = 1;
  }
}

// Run as a command (npx links it from node_modules/.bin), not when imported.
if (realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) await main();
