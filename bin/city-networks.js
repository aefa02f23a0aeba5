#!/usr/bin/env node
// city-networks render: a <city-networks> with its cards in the HTML, ready to paste.
// Run it with --help for the options, each with an example.
//
// Prints the script tag for this version's dist/city-networks.js (the CDN URL
// pinned to this version, or --script-src for a self-hosted copy; integrity
// and crossorigin either way) and the element with its declarative shadow
// root. Bad options or data: a message on standard error, exit status 1.
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LANGUAGES } from '../lib/data/index.js';

const root = new URL('../', import.meta.url);

const LANGUAGE_CHOICES = [...LANGUAGES].sort().join('|');

const USAGE = `Usage: city-networks render --lang ${LANGUAGE_CHOICES} [options]

Prints a <city-networks> element with its cards in the HTML (server-rendered),
and the script tag that loads this version of the widget, to paste into a page.

Options:
  --lang ${LANGUAGE_CHOICES.padEnd(13)} the language of the cards (required)
                         city-networks render --lang de
  --topics IDS         topic ids to preselect, comma- or space-separated (without
                         script, the other networks follow, folded)
                         city-networks render --lang de --topics climate,culture
  --heading-level N    level of the card headings, 2 to 6 (default 3)
                         city-networks render --lang en --heading-level 2
  --search             a search field above the topics (room kept before the script runs)
                         city-networks render --lang de --search
  --url-state          keeps the view in the page URL, for links and Back/Forward
                         city-networks render --lang de --url-state
  --data FILE          a JSON dataset (format: city-networks.schema.json) instead
                         of the built-in one
                         city-networks render --lang en --data networks.json
  --script-src URL     load the widget from your own copy of dist/city-networks.js
                         (same version) instead of the CDN; the integrity hash stays
                         city-networks render --lang de --script-src /assets/city-networks.js
  --out FILE           write the snippet to FILE instead of standard output
                         city-networks render --lang de --out snippet.html
  --help               this text`;

/** The CDN URL of this version's module file, as the README pins it. */
export function scriptUrl(version) {
  return `https://cdn.jsdelivr.net/npm/city-networks@${version}/dist/city-networks.js`;
}

/**
 * The script tag and the prerendered element: the whole paste for a page.
 * `scriptSrc`: where the page loads dist/city-networks.js from (the CDN, pinned
 * to this version, if left out); the other options are renderCityNetworks'.
 */
export async function snippet({ scriptSrc, ...options }) {
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
  const { scriptTag } = await import('../lib/script-tag.js');
  const script = scriptTag(scriptSrc ?? scriptUrl(version), integrity);
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
      search: { type: 'boolean' },
      'url-state': { type: 'boolean' },
      data: { type: 'string' },
      'script-src': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { help: true };
  if (positionals.length !== 1 || positionals[0] !== 'render') {
    throw new Error(`unknown command ${JSON.stringify(positionals.join(' '))}; try "render"`);
  }
  if (!values.lang) throw new Error(`--lang is required: ${LANGUAGE_CHOICES}`);
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
  const scriptSrc = values['script-src'];
  if (scriptSrc !== undefined && !scriptSrc.trim()) {
    throw new Error('--script-src needs the URL of your copy of dist/city-networks.js');
  }
  if (values.out !== undefined && !values.out.trim()) throw new Error('--out needs a file name');
  return {
    lang: values.lang,
    topics: values.topics,
    headingLevel: level === undefined ? undefined : Number(level),
    search: values.search ?? false,
    urlState: values['url-state'] ?? false,
    networks,
    scriptSrc,
    out: values.out,
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
    const { out, ...rest } = options;
    const text = await snippet(rest);
    if (out === undefined) process.stdout.write(text);
    else {
      try {
        writeFileSync(out, text);
      } catch (error) {
        throw new Error(`cannot write --out ${out}: ${error.message}`);
      }
      console.error(`city-networks: wrote ${out} (${Buffer.byteLength(text)} bytes)`);
    }
  } catch (error) {
    console.error(`city-networks: ${error.message}\nSee city-networks --help.`);
    process.exitCode = 1;
  }
}

// Run as a command (npx links it from node_modules/.bin), not when imported.
if (realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) await main();
