import { expect, waitUntil } from '@open-wc/testing';
import type { CityNetworks } from '../src/index.js';
import { TOTAL, expectedCount } from './built-in.js';
import { cardsShown, countText, loadHostPage, removeHostPages } from './host-page.js';

/** The files a host page loads, built by `npm run build`, in plain pages of their own. */
describe('the built files', () => {
  afterEach(removeHostPages);

  it('dist/city-networks.js renders every built-in card in the page language, loaded twice without an error', async () => {
    const { page, document } = await loadHostPage('/test/fixtures/dist-module.html');
    const el = document.querySelector<CityNetworks>('city-networks')!;
    await cardsShown(el, TOTAL);
    expect(page.report.errors).to.deep.equal([]);
    expect(page.report.notes).to.deep.equal([]);
    expect(countText(el)).to.equal(expectedCount(TOTAL, 'de'));
    // The no-script fallback is out of sight once the element renders.
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    document.documentElement.lang = 'en';
    await waitUntil(() => countText(el) === expectedCount(TOTAL));
  });

  it('dist/city-networks.iife.js works as a classic script beside the module', async () => {
    const { page, document } = await loadHostPage('/test/fixtures/dist-classic.html');
    const el = document.querySelector<CityNetworks>('city-networks')!;
    await cardsShown(el, TOTAL);
    expect(page.report.errors).to.deep.equal([]);
    expect(countText(el)).to.equal(expectedCount(TOTAL));
    const climate = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="topic"]')].find(
      (button) => button.textContent!.trim() === 'Climate',
    )!;
    climate.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="card"]').length < TOTAL);
    expect(el.getAttribute('topics')).to.equal('climate');
  });
});
