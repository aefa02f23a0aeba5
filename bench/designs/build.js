// Builds the card-list designs that bench/run.js compares with `--designs`,
// each as the dist/city-networks.js a host loads, into bench/designs/out/<name>/:
//
//   keyed  (a) src/card-list.ts as it is: only the cards on show, keyed (repeat)
//   kept   (b) bench/designs/card-list-kept.ts in its place: every card built
//              once and kept, the hidden ones display: none
//   today  (c) the element at commit 4f40513 (before issue 19), built from a
//              git worktree of that commit with this checkout's node_modules
//
//   node bench/designs/build.js && node bench/run.js --designs

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { build } from 'vite';

/* global console -- Node */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = path.join(ROOT, 'bench/designs/out');
const TODAY = '4f40513';

/** Builds `root`'s vite config into OUT/name, with `plugins` added. */
async function buildInto(name, root, plugins = []) {
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins,
    build: { outDir: path.join(OUT, name), emptyOutDir: true },
  });
  console.log(`built ${name}: bench/designs/out/${name}/city-networks.js`);
}

/** Resolves the element's `./card-list.js` to another design's module. */
function cardList(file) {
  return {
    name: 'card-list-design',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './card-list.js' && importer?.endsWith('/src/city-networks.ts')) return file;
      return null;
    },
  };
}

execFileSync('npx', ['lit-localize', 'build'], { cwd: ROOT, stdio: 'inherit' });
await buildInto('keyed', ROOT);
await buildInto('kept', ROOT, [cardList(path.join(ROOT, 'bench/designs/card-list-kept.ts'))]);

const worktree = path.join(os.tmpdir(), `city-networks-${TODAY}`);
if (!existsSync(worktree)) {
  execFileSync('git', ['worktree', 'add', '--detach', worktree, TODAY], { cwd: ROOT });
}
try {
  if (!existsSync(path.join(worktree, 'node_modules'))) {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(worktree, 'node_modules'));
  }
  execFileSync('npx', ['lit-localize', 'build'], { cwd: worktree, stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  await buildInto('today', worktree);
} finally {
  rmSync(worktree, { recursive: true, force: true });
  execFileSync('git', ['worktree', 'prune'], { cwd: ROOT });
}
