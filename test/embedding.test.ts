import { expect, waitUntil } from '@open-wc/testing';
import type { CityNetworks } from '../src/index.js';
import { TOTAL, expectedCount, idsWithTopics } from './built-in.js';
import { cardsShown, countText, loadHostPage, removeHostPages } from './host-page.js';

/**
 * Host pages we do not control, each a fixture in test/fixtures loading the
 * built file: strict CSP, Trusted Types, a second copy, a host with its own
 * @lit/localize, hostile CSS, no script, and properties set before upgrade.
 */
describe('embedding in real host pages', () => {
  afterEach(removeHostPages);

  describe('strict Content-Security-Policy', () => {
    it("renders under default-src 'self'; script-src 'self'; style-src 'self' with no violation", async () => {
      const { page, document } = await loadHostPage('/test/fixtures/csp.html');
      const el = document.querySelector<CityNetworks>('city-networks')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="card"]'), 'no cards under CSP');
      el.shadowRoot!.querySelector<HTMLElement>('[part~="topic"][aria-pressed="false"]')!.click();
      await el.updateComplete;
      expect(page.report.violations).to.deep.equal([]);
      expect(page.report.errors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
      // The styles arrived (adopted style sheets, not blocked <style> elements).
      const card = el.shadowRoot!.querySelector('[part~="card"]')!;
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
    });

    it('works under Trusted Types with the policy name the README lists', async () => {
      const { page, document } = await loadHostPage('/test/fixtures/trusted-types.html');
      const el = document.querySelector<CityNetworks>('city-networks')!;
      await cardsShown(el, TOTAL);
      expect(page.report.violations).to.deep.equal([]);
      expect(page.report.errors).to.deep.equal([]);
    });
  });

  describe('host rules for parts', () => {
    it('show only the cards of the selected topic, with nothing of the others', async () => {
      const { page, document } = await loadHostPage('/test/fixtures/part-rules.html');
      const el = document.querySelector<CityNetworks>('city-networks')!;
      const peace = idsWithTopics('peace'); // the page selects "peace"
      await cardsShown(el, peace.length);
      const root = el.shadowRoot!;
      const cards = [...root.querySelectorAll<HTMLElement>('[part~="card"]')];
      expect(cards.map((card) => card.dataset.network)).to.deep.equal(peace);
      for (const card of cards) {
        expect(card.getClientRects().length, `${card.dataset.network} painted`).to.equal(1);
      }
      // Every part a host can reach is in a shown card or the controls above them.
      for (const name of ['card-title', 'link']) {
        const found = [...root.querySelectorAll(`[part~="${name}"]`)];
        expect(found.length, name).to.be.greaterThan(0);
        expect(
          found.every((node) => cards.some((card) => card.contains(node))),
          `${name} only in the shown cards`,
        ).to.equal(true);
      }
      // Nothing else of any network is there: no card, no title, no text.
      expect([...root.querySelectorAll('[data-network]')]).to.deep.equal(cards);
      expect(root.textContent).not.to.contain('C40');
      expect(page.report.errors).to.deep.equal([]);
    });
  });

  describe('a second copy', () => {
    it('keeps the first definition and notes a different version once, with no error', async () => {
      // Loaded: both copies of ours (the module and the classic file) have run.
      const { page, document } = await loadHostPage('/test/fixtures/other-version.html');
      expect(page.report.errors).to.deep.equal([]);
      // Two copies of ours load (the module and the classic file): one note.
      expect(page.report.notes).to.have.length(1);
      expect(page.report.notes[0]).to.match(/^info: .*0\.1\.0 left unused: 0\.0\.9 came first/);
      expect(document.querySelector<HTMLElement>('city-networks')!.dataset.copy).to.equal('old');
    });
  });

  for (const build of ['dist', 'npm'] as const) {
    for (const order of ['before', 'after'] as const) {
      it(`lives beside a host's own @lit/localize configured ${order} ours (${build} build)`, async () => {
        const { page, document } = await loadHostPage(
          `/test/fixtures/host-localize.html?build=${build}&order=${order}`,
        );
        const el = document.querySelector<CityNetworks>('city-networks')!;
        await cardsShown(el, TOTAL);
        await waitUntil(() => page.hostReady, 'the host element did not set its locale');
        const greeting = document.querySelector('host-greeting')!;
        await waitUntil(() => greeting.shadowRoot?.textContent?.includes('Bonjour'));
        expect(countText(el)).to.equal(expectedCount(TOTAL, 'de'));
        expect(page.report.errors).to.deep.equal([]);
      });
    }
  }

  describe('hostile host CSS', () => {
    for (const rootSize of ['10px', '24px']) {
      it(`keeps usable sizes and layout at a ${rootSize} root font size`, async () => {
        const { page, document } = await loadHostPage('/test/fixtures/hostile.html', 400);
        document.documentElement.style.fontSize = rootSize;
        const el = document.querySelector<CityNetworks>('city-networks')!;
        await cardsShown(el, TOTAL);
        expect(page.report.errors).to.deep.equal([]);
        const root = el.shadowRoot!;
        const box = el.getBoundingClientRect();
        for (const node of root.querySelectorAll<HTMLElement>(
          '[part~="topic"], [part~="card"], [part~="link"]',
        )) {
          const rect = node.getBoundingClientRect();
          expect(rect.right, node.textContent!.slice(0, 30)).to.be.at.most(box.right + 1);
          expect(rect.left).to.be.at.least(box.left - 1);
        }
        const toggle = root.querySelector<HTMLElement>('[part~="topic"]')!;
        const toggleStyle = page.getComputedStyle(toggle);
        expect(toggle.getBoundingClientRect().height).to.be.at.least(24);
        expect(toggleStyle.borderTopStyle).to.equal('solid');
        const title = page.getComputedStyle(root.querySelector('[part~="card-title"]')!);
        const summary = page.getComputedStyle(root.querySelector('h3 + p')!);
        expect(parseFloat(summary.fontSize)).to.be.at.least(14);
        expect(parseFloat(title.fontSize)).to.be.below(40);
        expect(summary.textTransform).to.equal('none');
        expect(summary.letterSpacing).to.equal('normal');
        // The font family is the one thing taken from the page, on purpose.
        expect(summary.fontFamily).to.equal(page.getComputedStyle(document.body).fontFamily);
      });
    }
  });

  describe('no script', () => {
    it('shows the light-DOM fallback where scripts do not run', async () => {
      const { document } = await loadHostPage('/test/fixtures/no-script.html');
      const link = document.querySelector('city-networks a')!;
      expect(link.getClientRects().length).to.be.greaterThan(0);
      expect(link.textContent).to.equal('Städtenetzwerke auf berlin.de');
    });

    it('hides the fallback once the widget renders, moving what follows by no more than the widget', async () => {
      const { document } = await loadHostPage('/test/fixtures/no-script.html');
      const after = document.getElementById('after')!;
      const before = after.getBoundingClientRect().top;
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/city-networks.js';
      document.head.append(script);
      const el = document.querySelector<CityNetworks>('city-networks')!;
      await cardsShown(el, TOTAL);
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      const shift = after.getBoundingClientRect().top - before;
      expect(shift).to.be.at.most(el.getBoundingClientRect().height);
    });
  });

  describe('upgrade', () => {
    it('keeps properties a host set before the element was defined', async () => {
      const { page, document } = await loadHostPage('/test/fixtures/pre-upgrade.html');
      const el = document.querySelector<CityNetworks>('city-networks')!;
      await cardsShown(el, 1, 'the upgraded element');
      expect(el.shadowRoot!.querySelector('[part~="card"]')!.getAttribute('data-network')).to.equal(
        'beta',
      );
      expect(el.getAttribute('topics')).to.equal('culture');
      expect(countText(el)).to.equal('1 of 2 networks');
      expect(page.report.errors).to.deep.equal([]);
    });
  });
});
