// Subresource Integrity for the files a host page loads from another origin,
// and the hashes a Content-Security-Policy needs for the two <style>s of a
// prerendered element (a <style> in a declarative shadow root falls under
// style-src like any other; so does the one in its <noscript>).
//
//   node scripts/integrity.js          writes dist/integrity.json (part of npm run build)
//   node scripts/integrity.js --docs   also rewrites the hashes in README.md and demo/*.html
//
// A test (test/node/integrity.test.js) checks that both match the built files.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const HOST_FILES = ['city-networks.js', 'city-networks.iife.js'];

/** `sha384-…` of a file in dist/, as an integrity attribute wants it. */
export async function integrityOf(file) {
  const bytes = await readFile(`${root}dist/${file}`);
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The keys of the prerendered styles' hashes in dist/integrity.json: its shadow root's, its <noscript>'s. */
export const STYLE_KEY = 'prerendered-style';
export const NO_SCRIPT_STYLE_KEY = 'prerendered-no-script-style';

/** `'sha256-…'` of a style's text, as a CSP source. */
const cspHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** `'sha256-…'` of the <style> in a prerendered element's shadow root (or in its <noscript>). */
export async function styleHashOf(html, { noScript = false } = {}) {
  const pattern = noScript ? /<noscript><style>([^<]*)<\/style>/ : /<style>([\s\S]*?)<\/style>/;
  const style = html.match(pattern)?.[1];
  if (style === undefined) throw new Error('no such <style> in the prerendered element');
  return cspHash(style);
}

/** The style hash of what lib/ssr.js renders now. */
export async function prerenderedStyleHash() {
  const { renderCityNetworks } = await import('../lib/ssr.js');
  return styleHashOf(renderCityNetworks({ lang: 'en' }));
}

/** The documents whose snippets carry integrity attributes. */
export async function documents() {
  const demos = (await readdir(`${root}demo`)).filter((name) => name.endsWith('.html'));
  return ['README.md', ...demos.map((name) => `demo/${name}`)];
}

/** Every `…/<file>" … integrity="…"` pair in a text, in order. */
export function snippetHashes(text) {
  return [...text.matchAll(/\/(city-networks(?:\.iife)?\.js)"\s+integrity="([^"]*)"/g)].map(
    ([, file, integrity]) => ({ file, integrity }),
  );
}

async function main() {
  const hashes = {};
  for (const file of HOST_FILES) hashes[file] = await integrityOf(file);
  hashes[STYLE_KEY] = await prerenderedStyleHash();
  const { NO_SCRIPT_STYLE } = await import('../lib/ssr.js');
  hashes[NO_SCRIPT_STYLE_KEY] = cspHash(NO_SCRIPT_STYLE);
  await writeFile(`${root}dist/integrity.json`, `${JSON.stringify(hashes, null, 2)}\n`);
  if (!process.argv.includes('--docs')) return;
  for (const document of await documents()) {
    const text = await readFile(`${root}${document}`, 'utf8');
    const updated = text
      .replace(
        /(\/(city-networks(?:\.iife)?\.js)"\s+integrity=")[^"]*"/g,
        (_, start, file) => `${start}${hashes[file]}"`,
      )
      .replace(
        /'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'/g,
        `${hashes[STYLE_KEY]} ${hashes[NO_SCRIPT_STYLE_KEY]}`,
      );
    if (updated !== text) {
      await writeFile(`${root}${document}`, updated);
      console.log(`updated the integrity hashes in ${document}`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
