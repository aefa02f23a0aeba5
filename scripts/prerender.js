// dist/prerendered/<language>.html (de.html, en.html): the paste for a CMS page, built-in
// data and default options, from the same code as `npx city-networks render`.
// Part of npm run build, after scripts/integrity.js (the snippets carry the
// script's integrity hash). Prints each file's size (test/node/ssr.test.js
// holds them to their budget: 16,000 bytes with the source page's 14 networks).
import { mkdir, writeFile } from 'node:fs/promises';
import { snippet } from '../bin/city-networks.js';
import { LANGUAGES } from '../lib/data/index.js';

const dir = new URL('../dist/prerendered/', import.meta.url);
await mkdir(dir, { recursive: true });
for (const lang of LANGUAGES) {
  const text = await snippet({ lang });
  await writeFile(new URL(`${lang}.html`, dir), text);
  const bytes = Buffer.byteLength(text);
  console.log(`dist/prerendered/${lang}.html: ${bytes} bytes`);
}
