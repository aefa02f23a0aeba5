// dist/THIRD-PARTY-NOTICES.txt: the licence of every package bundled into
// the host files, found through the source map, with its full text. The
// minified files keep no comments but one line that points here.
// Part of npm run build, after vite build.
import { readFile, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);

/** The npm packages whose code is in a built file, by its source map. */
export async function bundledPackages(file = 'dist/city-networks.js') {
  const map = JSON.parse(await readFile(new URL(`${file}.map`, root), 'utf8'));
  const names = map.sources
    .map((source) => source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1])
    .filter(Boolean);
  return [...new Set(names)].sort();
}

async function main() {
  const sections = [];
  for (const name of await bundledPackages()) {
    const dir = new URL(`node_modules/${name}/`, root);
    const { version, license } = JSON.parse(await readFile(new URL('package.json', dir), 'utf8'));
    const text = await readFile(new URL('LICENSE', dir), 'utf8');
    sections.push(`${name} ${version} (${license})\n\n${text.trim()}\n`);
  }
  const intro =
    'dist/city-networks.js and dist/city-networks.iife.js bundle the following packages.\n' +
    'Their licences ask that this notice goes with the files.\n';
  await writeFile(
    new URL('dist/THIRD-PARTY-NOTICES.txt', root),
    [intro, ...sections].join(`\n${'-'.repeat(72)}\n\n`),
  );
}

if (import.meta.url === new URL('scripts/notices.js', root).href) await main();
