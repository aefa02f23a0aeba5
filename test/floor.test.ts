import { expect, waitUntil } from '@open-wc/testing';
import { builtInDataset } from '../src/data/networks.js';
import type { CityNetworks } from '../src/index.js';
import type { Network } from '../src/data/types.js';
import { cardsShown, countText, loadHostPage, removeHostPages } from './host-page.js';

/**
 * The browser floor (Chrome 111, Firefox 128, Safari 16.4): the built files
 * in a page where every API that one engine of the floor lacks is deleted
 * before they load (list from MDN's compatibility data, scripts/floor.js).
 */
describe('the browser floor', () => {
  afterEach(removeHostPages);

  const networks: readonly Network[] = builtInDataset.networks;
  const total = networks.length;
  const climate = networks.filter((n) => n.topics.includes('climate'));

  for (const file of ['city-networks.js', 'city-networks.iife.js']) {
    it(`dist/${file} renders, filters, searches and loads src without the APIs past the floor`, async () => {
      // The page (web-test-runner.config.js) deletes those APIs, then loads the file.
      const { page, document } = await loadHostPage(`/test/floor.html?file=${file}`);
      const deleted = (page as unknown as { deletedApis: string[] }).deletedApis;
      // The page is what it claims: the newer APIs the code once used are gone.
      expect(deleted).to.include.members(['URL.canParse', 'AbortSignal.any']);
      expect(page.URL.canParse).to.equal(undefined);

      const el = document.querySelector<CityNetworks>('city-networks')!;
      await cardsShown(el, total);
      const root = el.shadowRoot!;
      const button = [...root.querySelectorAll<HTMLElement>('[part~="topic"]')].find(
        (b) => b.textContent!.trim() === 'Climate',
      )!;
      button.click();
      await cardsShown(el, climate.length, 'the climate filter');

      const field = root.querySelector<HTMLInputElement>('[part~="search"]')!;
      field.value = climate[0]!.name.en!;
      field.dispatchEvent(new page.InputEvent('input', { bubbles: true, composed: true }));
      await cardsShown(el, 1, 'the search');

      // A src that fails once (503), then answers: the error shows beside
      // the cards, and setting the same src again loads it.
      const src = `/test/fails-once/floor-${Math.random().toString(36).slice(2)}`;
      el.selectedTopics = [];
      el.query = '';
      el.src = src;
      await waitUntil(() => root.querySelector('[role="alert"]'), 'no error for the failed src', {
        timeout: 5000,
      });
      expect(root.querySelectorAll('[part~="card"]').length).to.equal(total);
      el.src = src;
      await waitUntil(() => countText(el) === '1 of 1 network', 'the src was not loaded again', {
        timeout: 5000,
      });
      expect(root.querySelector('[part~="card"]')!.getAttribute('data-network')).to.equal(
        'second-try',
      );

      expect(page.report.errors).to.deep.equal([]);
      expect(page.report.notes.filter((note) => !note.includes('could not load'))).to.deep.equal(
        [],
      );
    });
  }
});
