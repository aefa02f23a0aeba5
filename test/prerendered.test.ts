import { expect, waitUntil } from '@open-wc/testing';
import type { CityNetworks } from '../src/index.js';
import { ALL_IDS, TOTAL, expectedCount, idsWithTopics } from './built-in.js';
import { loadHostPage, removeHostPages, type HostWindow } from './host-page.js';

/**
 * The prerendered snippets (dist/prerendered/*.html, `npx city-networks
 * render`) in host pages that test/prerendered-pages.js composes: without
 * JavaScript, through the upgrade, and under a strict CSP.
 */
const pageWith = (query: string) => `/test/prerendered.html?${query}`;

/** The page's element and what its shadow root shows. */
function widgetOf(page: HostWindow) {
  const el = page.document.querySelector<CityNetworks>('city-networks')!;
  const parts = (name: string) => [
    ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
  ];
  return {
    el,
    parts,
    titles: () => parts('card-title').map((title) => title.textContent!.trim()),
    count: () => parts('count')[0]!.textContent!.trim(),
    language: () => parts('card')[0]!.closest('[lang]')!.getAttribute('lang'),
    styled: () => page.getComputedStyle(parts('card')[0]!).borderTopStyle === 'solid',
  };
}

/** Where each card on show and the count are on the page, rounded to the pixel. */
function layoutOf(page: HostWindow) {
  const { parts } = widgetOf(page);
  return [...parts('count'), ...parts('card')].map((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return [x, y, width, height].map(Math.round).join(' ');
  });
}

/**
 * Loads the widget's script into a page that has none yet, and waits for the
 * first frame after the upgrade: what a visitor sees first.
 */
async function runScript(page: HostWindow): Promise<CityNetworks> {
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = '/dist/city-networks.js';
  page.document.head.append(script);
  await page.customElements.whenDefined('city-networks');
  await new Promise((resolve) => page.requestAnimationFrame(resolve));
  return widgetOf(page).el;
}

/** The page's widget once its own script tag has upgraded it and it has rendered. */
async function upgraded(page: HostWindow) {
  await page.customElements.whenDefined('city-networks');
  const widget = widgetOf(page);
  await widget.el.updateComplete;
  return widget;
}

/** Sums the layout shifts of a page from now on, where the browser reports them (Chromium). */
function watchLayoutShift(page: HostWindow) {
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
  const supported = page.PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  let total = 0;
  const observer = new page.PerformanceObserver((list) => {
    for (const shift of list.getEntries() as Shift[])
      if (!shift.hadRecentInput) total += shift.value;
  });
  if (supported) observer.observe({ type: 'layout-shift' });
  return {
    supported,
    /** The total after two more frames, for shifts the last render caused. */
    async total() {
      for (let i = 0; i < 2; i++)
        await new Promise((resolve) => page.requestAnimationFrame(resolve));
      observer.disconnect();
      return total;
    },
  };
}

const TITLES = {
  de: 'Klima-Bündnis',
  en: 'Climate Alliance',
};

describe('prerendered, without JavaScript', () => {
  afterEach(removeHostPages);

  for (const lang of ['de', 'en'] as const) {
    it(`dist/prerendered/${lang}.html shows every card, styled, in ${lang}, and no control`, async () => {
      const { page } = await loadHostPage(pageWith(`lang=${lang}&script=tag`), 1024, {
        scripts: false,
      });
      const widget = widgetOf(page);
      expect(widget.el.shadowRoot, 'a declarative shadow root').to.not.equal(null);
      expect(widget.parts('card')).to.have.length(TOTAL);
      expect(widget.titles()).to.include(TITLES[lang]);
      expect(widget.language()).to.equal(lang);
      expect(widget.el.hasAttribute('lang'), 'no lang of its own').to.equal(false);
      expect(widget.count()).to.equal(expectedCount(TOTAL, lang));
      expect(widget.styled(), 'the cards are styled').to.equal(true);
      // The toggles and "Show all" need the script: without it they are gone, room and all.
      expect(page.getComputedStyle(widget.parts('filter')[0]!).display).to.equal('none');
      // The light-DOM fallback link is out of sight where the shadow root renders.
      expect(widget.el.querySelector('a')!.getClientRects()).to.have.length(0);
    });
  }

  it('renders the options as the command line gives them: topics and heading-level', async () => {
    const { page } = await loadHostPage(pageWith('lang=de&topics=climate&level=2'), 1024, {
      scripts: false,
    });
    const widget = widgetOf(page);
    const climate = idsWithTopics('climate');
    expect(widget.parts('card').map((card) => card.dataset.network)).to.deep.equal(climate);
    expect(widget.titles()).to.include(TITLES.de);
    expect(widget.parts('card-title').every((title) => title.tagName === 'H2')).to.equal(true);
    expect(widget.count()).to.equal(expectedCount(climate.length, 'de'));
    expect(widget.el.getAttribute('topics')).to.equal('climate');
  });

  it('keeps every network within reach with topics: the others follow, folded, no cards', async () => {
    const { page } = await loadHostPage(pageWith('lang=de&topics=climate'), 1024, {
      scripts: false,
    });
    const widget = widgetOf(page);
    const root = widget.el.shadowRoot!;
    const ids = (items: HTMLElement[]) => items.map((item) => item.dataset.network!);
    const shown = widget.parts('card');
    const all = [...root.querySelectorAll<HTMLElement>('[data-network]')];
    // Every network once, the matching ones first, each of those on show.
    expect(new Set(ids(all)).size).to.equal(all.length);
    expect(all.length).to.equal(TOTAL);
    expect(ids(all).slice(0, shown.length)).to.deep.equal(ids(shown));
    expect(shown.every((card) => card.getClientRects().length > 0)).to.equal(true);
    const details = root.querySelector('details')!;
    expect(details.open).to.equal(false);
    const folded = [...details.querySelectorAll<HTMLElement>('[data-network]')];
    expect(folded.length).to.equal(TOTAL - shown.length);
    // Hidden by the preselection, they are no cards on show: no parts for host styles.
    expect(details.querySelectorAll('[part]')).to.have.length(0);
    const summary = details.querySelector('summary')!;
    expect(summary.getClientRects().length).to.be.greaterThan(0);
    expect(summary.textContent!.trim()).to.equal(`${folded.length} weitere Netzwerke`);
    // Opened (a click on the summary, no script needed), the others show, styled as cards.
    details.open = true;
    expect(folded.every((card) => card.getClientRects().length > 0)).to.equal(true);
    expect(page.getComputedStyle(folded[0]!).borderTopStyle).to.equal('solid');
  });

  for (const width of [320, 1280]) {
    for (const query of ['lang=de', 'lang=de&topics=climate&search=1']) {
      it(`leaves no empty band above the cards at ${width} px (${query})`, async () => {
        const { page } = await loadHostPage(pageWith(query), width, { scripts: false });
        const { el, parts } = widgetOf(page);
        const count = parts('count')[0]!;
        const line = parseFloat(page.getComputedStyle(count).lineHeight);
        // Between the widget's top and its first text, at most one line of text.
        const gap = count.getBoundingClientRect().top - el.getBoundingClientRect().top;
        expect(gap).to.be.at.most(line);
        for (const control of [...parts('filter'), ...parts('search')]) {
          expect(control.getClientRects()).to.have.length(0);
        }
      });
    }
  }

  it('shows the fallback link where declarative shadow DOM is not supported', async () => {
    const { page } = await loadHostPage(pageWith('lang=de&dsd=off'), 1024, { scripts: false });
    const { el } = widgetOf(page);
    expect(el.shadowRoot).to.equal(null);
    const link = el.querySelector('a')!;
    expect(link.getClientRects().length).to.be.greaterThan(0);
    expect(link.textContent).to.equal('Städtenetzwerke auf berlin.de');
  });
});

describe('prerendered, when the script runs', () => {
  afterEach(removeHostPages);

  it('takes the root over: no duplicate, nothing moves, the same language and selection', async () => {
    const { page } = await loadHostPage(pageWith('lang=de&topics=climate&script=later'));
    const before = { titles: widgetOf(page).titles(), layout: layoutOf(page) };
    const shift = watchLayoutShift(page);
    const el = await runScript(page);
    const widget = widgetOf(page);
    expect(widget.titles()).to.deep.equal(before.titles);
    expect(el.shadowRoot!.querySelectorAll('.root')).to.have.length(1);
    expect(layoutOf(page)).to.deep.equal(before.layout);
    if (shift.supported) expect(await shift.total()).to.be.at.most(0.01);
    expect(widget.language()).to.equal('de');
    expect(el.selectedTopics).to.deep.equal(['climate']);
    const pressed = widget.parts('topic').filter((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((button) => button.textContent!.trim())).to.deep.equal(['Klima']);
    expect(page.getComputedStyle(widget.parts('filter')[0]!).visibility).to.equal('visible');
    expect(page.report.errors).to.deep.equal([]);
  });

  it('takes a snippet with a search field over: nothing moves', async () => {
    const { page } = await loadHostPage(pageWith('lang=en&topics=climate&search=1&script=later'));
    const before = layoutOf(page);
    const field = widgetOf(page).parts('search')[0]!.getBoundingClientRect();
    const shift = watchLayoutShift(page);
    await runScript(page);
    expect(layoutOf(page)).to.deep.equal(before);
    const after = widgetOf(page).parts('search')[0]!.getBoundingClientRect();
    expect([after.top, after.height]).to.deep.equal([field.top, field.height]);
    if (shift.supported) expect(await shift.total()).to.be.at.most(0.01);
  });

  it('takes a long list over at once, every card: nothing moves', async () => {
    const { page } = await loadHostPage(pageWith('lang=en&data=many&script=later'));
    const before = layoutOf(page);
    expect(before).to.have.length(301);
    await runScript(page);
    expect(layoutOf(page)).to.deep.equal(before);
  });

  it('keeps focus on the link a keyboard user reached before the script ran', async () => {
    const { page } = await loadHostPage(pageWith('lang=en&script=later'));
    // No topics: the cards in the dataset's order.
    const link = widgetOf(page).parts('card')[3]!.querySelector('a')!;
    link.focus();
    const href = link.getAttribute('href');
    const el = await runScript(page);
    const focused = el.shadowRoot!.activeElement as HTMLAnchorElement | null;
    expect(focused?.getAttribute('href')).to.equal(href);
    expect(focused?.closest<HTMLElement>('[part~="card"]')!.dataset.network).to.equal(ALL_IDS[3]);
  });

  it('switches to the page language when the script runs, not before', async () => {
    const { page } = await loadHostPage(pageWith('lang=de&page=en&script=later'));
    expect(widgetOf(page).count()).to.equal(expectedCount(TOTAL, 'de'));
    await runScript(page);
    expect(widgetOf(page).count()).to.equal(expectedCount(TOTAL));
    expect(widgetOf(page).language()).to.equal('en');
  });

  it('keeps the custom data the server rendered, carried in the snippet', async () => {
    const { page } = await loadHostPage(pageWith('lang=en&data=demo&script=later'));
    const before = widgetOf(page).titles();
    expect(before).to.not.include(TITLES.en);
    await runScript(page);
    expect(widgetOf(page).titles()).to.deep.equal(before);
  });

  it("works with the snippet's own script tag, as an editor pastes it", async () => {
    const { page } = await loadHostPage(pageWith('lang=en&script=tag'));
    const widget = await upgraded(page);
    expect(widget.parts('card')).to.have.length(TOTAL);
    expect(widget.el.shadowRoot!.querySelectorAll('.root')).to.have.length(1);
    expect(page.report.errors).to.deep.equal([]);
  });
});

describe('prerendered, under a strict Content-Security-Policy', () => {
  afterEach(removeHostPages);

  it("is styled by the published style hash, no 'unsafe-inline', and reports no violation", async () => {
    const { page } = await loadHostPage(pageWith('lang=de&csp=strict&script=later'));
    expect(widgetOf(page).styled(), 'styled before the script').to.equal(true);
    await runScript(page);
    expect(widgetOf(page).styled(), 'styled after the upgrade').to.equal(true);
    expect(page.report.violations).to.deep.equal([]);
    expect(page.report.errors).to.deep.equal([]);
  });

  it('is styled under that policy with JavaScript off', async () => {
    const { page } = await loadHostPage(pageWith('lang=de&csp=strict'), 1024, { scripts: false });
    expect(widgetOf(page).styled()).to.equal(true);
  });

  it('is not styled under a policy without the hash: the hash is what allows the style', async () => {
    const { page } = await loadHostPage(pageWith('lang=de&csp=nohash&script=later'));
    expect(widgetOf(page).styled()).to.equal(false);
    await waitUntil(() => page.report.violations.length > 0, 'no violation reported');
  });

  it('upgrades under Trusted Types', async () => {
    const { page } = await loadHostPage(pageWith('lang=en&csp=trusted-types&script=tag'));
    const widget = await upgraded(page);
    expect(widget.parts('card')).to.have.length(TOTAL);
    expect(page.report.violations).to.deep.equal([]);
    expect(page.report.errors).to.deep.equal([]);
  });
});
