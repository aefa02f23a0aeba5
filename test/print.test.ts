import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { builtInDataset } from '../src/data/networks.js';
import type { CityNetworks } from '../src/index.js';
import { part, parts, shownIds, usePageLang } from './helpers.js';

/**
 * Text without white space and hyphens: what was printed, whatever the line
 * breaks (pdftotext joins a word hyphenated at a line's end).
 */
const squeeze = (text: string) => text.replace(/[\s-]+/g, '');

describe('print', () => {
  usePageLang('en');

  it('prints the cards on show whole, each link with its address, and no controls (Chromium PDF)', async function () {
    const page = await fixture<HTMLElement>(
      html`<div style="width: 22em">
        <city-networks search query="" topics="climate culture"></city-networks>
      </div>`,
    );
    const el = page.querySelector<CityNetworks>('city-networks')!;
    await el.updateComplete;
    const printed = await executeServerCommand<string[] | false, undefined>('printed-text');
    if (printed === false) this.skip();
    const pages = printed.map(squeeze);
    const all = pages.join('');
    // More than one page, or "never split across pages" would prove nothing.
    expect(pages.filter(Boolean).length).to.be.above(1);

    const shown = shownIds(el);
    expect(shown.length).to.be.within(2, builtInDataset.networks.length - 1);
    expect(all).to.include(squeeze(part(el, 'count').textContent!));
    for (const card of parts(el, 'card')) {
      const title = squeeze(card.querySelector('[part~="card-title"]')!.textContent!);
      const addresses = [...card.querySelectorAll('a')].map((a) =>
        squeeze(`(${a.getAttribute('href')})`),
      );
      expect(addresses.length, title).to.be.above(0);
      for (const address of addresses) expect(all, title).to.include(address);
      // The page with the card's last address holds its title too: not split.
      const last = pages.findIndex((text) => text.includes(addresses.at(-1)!));
      expect(pages[last], `${title} is split across pages`).to.include(title);
    }
    for (const control of ['Filter by topic', 'Show all', 'Search the networks']) {
      expect(all).not.to.include(squeeze(control));
    }
  });
});
