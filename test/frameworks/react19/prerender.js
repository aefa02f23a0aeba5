// Writes the server render into dist/ssr.html (after both builds).
import { readFile, writeFile } from 'node:fs/promises';
import { render } from './dist-server/server.js';

const page = new URL('./dist/ssr.html', import.meta.url);
const html = await readFile(page, 'utf8');
await writeFile(page, html.replace('<!--app-->', render()));
