// Minifies the html`` and css`` templates of lib/ (tsc's output) as the
// build of dist/ does, so that what `city-networks/ssr` and `npx
// city-networks render` write is as small as the page needs: no indentation,
// no CSS comments. Each file's source map still leads back to src/ (tsc's
// map and the minifier's, composed). Part of npm run build, after tsc.
import remapping from '@jridgewell/remapping';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { MINIFY_TEMPLATES } from './minify-options.js';

const lib = new URL('../lib/', import.meta.url);
const { transform } = minifyHTMLLiterals({ options: MINIFY_TEMPLATES });
const failing = {
  error: (message) => {
    throw new Error(message);
  },
};

let before = 0;
let after = 0;
for (const name of await readdir(lib, { recursive: true })) {
  if (!name.endsWith('.js')) continue;
  const file = new URL(name, lib);
  const code = await readFile(file, 'utf8');
  const minified = await transform.call(failing, code, file.pathname);
  if (!minified) continue;
  const mapFile = new URL(`${name}.map`, lib);
  const map = remapping([minified.map, await readFile(mapFile, 'utf8')], () => null);
  await writeFile(file, minified.code);
  await writeFile(mapFile, JSON.stringify(map));
  before += code.length;
  after += minified.code.length;
}
console.log(`lib/: templates minified, ${before} → ${after} characters`);
