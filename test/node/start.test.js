// `npm start`: the dev server answers at the root with the demo, and the demo is at /demo/.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server;
let origin;

before(async () => {
  server = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    server: { port: 0, open: false },
  });
  await server.listen();
  origin = `http://localhost:${server.httpServer.address().port}`;
});

after(() => server?.close());

it('sends the root to the demo', async () => {
  const response = await fetch(`${origin}/`, { redirect: 'manual' });
  assert.equal(response.status, 302);
  assert.equal(response.headers.get('location'), '/demo/');
});

it('serves the demo page at /demo/', async () => {
  const response = await fetch(`${origin}/demo/`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /<city-networks/);
});
