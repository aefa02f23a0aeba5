import { expect, waitUntil } from '@open-wc/testing';
import type { CityNetworks } from '../src/index.js';
import { loadHostPage, removeHostPages, type HostWindow } from './host-page.js';

/**
 * The framework apps of test/frameworks/, as their own tool chains built
 * them (scripts/test-frameworks.js, part of npm test) against the packed
 * package. Every app has the same controls and outputs, so one set of tests
 * covers them all: an ancestor `lang` from the app's state (#lang), the
 * element's own (#own-lang), topics in the app's state (#topics) kept
 * through `city-networks-change` (#updates counts the state updates), the
 * app's array as `networks`, heading level 2, a bad `src` (#bad-src,
 * /test/slow-missing.json: a 404 after 300 ms) reaching the app's error handler
 * (#error), and unmounting and mounting again (#mount).
 * Each app loads the element by a lazy import, after its first render.
 */
const APPS = ['react19', 'react18', 'vue', 'svelte', 'angular'];

type AppWindow = HostWindow & { appNetworks: unknown; networksReceived?: unknown[] };

async function openApp(app: string) {
  const { page } = await loadHostPage(`/test/frameworks/${app}/dist/index.html`);
  const window = page as AppWindow;
  const element = () => window.document.querySelector<CityNetworks>('city-networks');
  const parts = (name: string) => [
    ...(element()?.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? []),
  ];
  const output = (id: string) => window.document.getElementById(id)!.textContent!.trim();
  const click = (id: string) => window.document.getElementById(id)!.click();
  const count = () => parts('count')[0]?.textContent!.trim();
  await waitUntil(() => parts('card').length > 0, `${app} shows no cards`, { timeout: 5000 });
  return { window, element, parts, output, click, count };
}

for (const app of APPS) {
  describe(`in a ${app} app`, () => {
    afterEach(removeHostPages);

    it("renders the app's state: networks as its own array, topics, language, heading level", async () => {
      const { window, element, parts, count } = await openApp(app);
      expect(count()).to.equal('2 von 3 Netzwerken');
      expect(parts('card').map((card) => card.dataset.network)).to.deep.equal(['alpha', 'gamma']);
      expect(window.networksReceived?.at(-1), 'the same array').to.equal(window.appNetworks);
      expect(element()!.hasAttribute('networks'), 'no "[object Object]"').to.equal(false);
      expect(parts('card-title')[0]!.tagName).to.equal('H2');
      const pressed = parts('topic').filter((b) => b.getAttribute('aria-pressed') === 'true');
      expect(pressed.map((button) => button.textContent!.trim())).to.deep.equal(['Klima']);
      expect(window.report.errors).to.deep.equal([]);
    });

    it("follows the app's language: an ancestor's lang, then the element's own", async () => {
      const { click, count } = await openApp(app);
      click('lang');
      await waitUntil(() => count() === '2 of 3 networks', 'the ancestor lang did not arrive');
      click('lang');
      await waitUntil(() => count() === '2 von 3 Netzwerken');
      click('own-lang');
      await waitUntil(() => count() === '2 of 3 networks', 'the own lang did not arrive');
    });

    it('keeps the topics in the app state: one state update per click, no loop', async () => {
      const { window, element, parts, output } = await openApp(app);
      parts('topic')
        .find((button) => button.textContent!.trim() === 'Kultur')!
        .click();
      await waitUntil(
        () => output('topics') === 'climate culture',
        'the app did not get the topics',
      );
      expect(element()!.getAttribute('topics')).to.equal('climate culture');
      expect(parts('card')).to.have.length(3);
      // A second click, and its state: a loop after the first would have counted more by now.
      parts('topic')
        .find((button) => button.textContent!.trim() === 'Kultur')!
        .click();
      await waitUntil(() => output('topics') === 'climate', 'the app did not get the second click');
      expect(output('updates')).to.equal('2');
      expect(element()!.getAttribute('topics')).to.equal('climate');
      expect(window.report.errors).to.deep.equal([]);
    });

    it("brings a bad src to the app's error handler", async () => {
      const { window, click, output } = await openApp(app);
      click('bad-src');
      await waitUntil(() => output('error').includes('slow-missing'), 'no error in the app');
      // The element's own console.error is expected; nothing else went wrong.
      expect(window.report.errors).to.deep.equal([]);
    });

    it('unmounts and mounts again: no handler called after unmount, no console error', async () => {
      const { window, element, click, output, count } = await openApp(app);
      // A src that fails only after 300 ms, unmounted at once: leaving the
      // page stops the load, so nothing reaches the app's handler, nor the console.
      click('bad-src');
      click('mount');
      await waitUntil(() => !element(), 'the element stayed');
      // The same slow URL, asked now, answers after the element's request would have.
      await fetch('/test/slow-missing.json');
      await new Promise((resolve) => setTimeout(resolve));
      expect(output('error')).to.equal('');
      expect(window.report.errors).to.deep.equal([]);
      expect(window.report.notes).to.deep.equal([]);
      // Mounted again with the app's state: the bad src fails now, and is reported.
      click('mount');
      await waitUntil(() => output('error').includes('slow-missing'), 'no error after mounting');
      expect(count()).to.equal(undefined);
      expect(window.report.errors).to.deep.equal([]);
    });
  });
}

/**
 * Server-rendered apps: React 19's renderToString and Vue's, hydrated in the
 * browser (test/frameworks/<app>/src/SsrApp.*, dist/ssr.html).
 */
for (const app of ['react19', 'vue']) {
  describe(`a ${app} app rendered on the server, then hydrated`, () => {
    afterEach(removeHostPages);

    it('keeps the attributes, and works once hydrated: networks and the change listener', async () => {
      const { page } = await loadHostPage(`/test/frameworks/${app}/dist/ssr.html`);
      const window = page as AppWindow;
      const el = window.document.querySelector<CityNetworks>('city-networks')!;
      expect(el.getAttribute('topics')).to.equal('climate');
      expect(el.getAttribute('heading-level')).to.equal('2');
      const parts = (name: string) => [
        ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
      ];
      await waitUntil(
        () => parts('count')[0]?.textContent!.trim() === '2 von 3 Netzwerken',
        'the app’s networks did not arrive after hydration',
      );
      expect(window.networksReceived?.at(-1)).to.equal(window.appNetworks);
      parts('topic')
        .find((button) => button.textContent!.trim() === 'Kultur')!
        .click();
      const output = (id: string) => window.document.getElementById(id)!.textContent!.trim();
      await waitUntil(() => output('topics') === 'climate culture', 'the listener did not fire');
      expect(output('updates')).to.equal('1');
      const errors = window.report.notes.filter((note) => note.startsWith('error'));
      expect([...window.report.errors, ...errors], 'no hydration error').to.deep.equal([]);
    });
  });
}
