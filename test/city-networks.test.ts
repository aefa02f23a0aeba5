import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CityNetworks } from '../src/city-networks.js';
import { builtInDataset } from '../src/data/networks.js';
import {
  ALL_IDS,
  TOTAL,
  announcement,
  customNetworks,
  eventually,
  expectedCount,
  idsWithTopics,
  oneEvent,
  part,
  parts,
  renderWidget,
  settled,
  languageOf,
  shownIds,
  topicButton,
  usePageLang,
} from './helpers.js';

const CLIMATE_IDS = idsWithTopics('climate');

/** A dataset URL with a topic of its own, "sports", and one network in it. */
function sportsDatasetUrl(): string {
  const dataset = {
    topics: { sports: { de: 'Sport', en: 'Sports' } },
    networks: [{ ...customNetworks()[0], topics: ['sports'] }],
  };
  return URL.createObjectURL(new Blob([JSON.stringify(dataset)]));
}

/** Records console.warn/error calls for one test. */
function watchConsole() {
  const calls = { warn: [] as string[], error: [] as string[] };
  const original = { warn: console.warn, error: console.error };
  console.warn = (...args: unknown[]) => calls.warn.push(args.join(' '));
  console.error = (...args: unknown[]) => calls.error.push(args.join(' '));
  return { calls, restore: () => Object.assign(console, original) };
}

usePageLang('en');

describe('<city-networks> rendering', () => {
  it('is defined once, by the entry module, and the class is importable on its own', () => {
    expect(customElements.get('city-networks')).to.equal(CityNetworks);
  });

  it('shows every built-in network as a card with a heading, a summary and topics', async () => {
    const el = await renderWidget();
    expect(shownIds(el)).to.deep.equal(ALL_IDS);
    const eccar = el.shadowRoot!.querySelector('[data-network="eccar"]')!;
    expect(eccar.querySelector('h3')!.textContent).to.equal(
      'European Coalition of Cities against Racism (ECCAR)',
    );
    expect(eccar.querySelector('h3 + p')!.textContent!.length).to.be.greaterThan(40);
    expect(eccar.textContent).to.contain('Social integration');
    expect(el.networks).to.equal(builtInDataset.networks);
  });

  it('writes a facts line with formatted numbers', async () => {
    const el = await renderWidget();
    const facts = el.shadowRoot!.querySelector('[data-network="climate-alliance"] .facts')!;
    expect([...facts.children].map((li) => li.textContent)).to.deep.equal([
      'more than 1,500 members',
      'founded 1990',
    ]);
  });

  it('names each link after where it goes', async () => {
    const el = await renderWidget();
    const links = parts(el, 'link').filter((a) => a.closest('[data-network="eccar"]'));
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'More about ECCAR on berlin.de (in German)',
      'ECCAR website',
    ]);
    expect(links[0]!.getAttribute('hreflang')).to.equal('de');
    expect(links[1]!.getAttribute('href')).to.equal('https://www.eccar.info');
  });

  it('puts the card headings at heading-level, 2 to 6', async () => {
    const el = await renderWidget(html`<city-networks heading-level="2"></city-networks>`);
    expect(part(el, 'card-title').tagName).to.equal('H2');
    for (const level of [3, 4, 5, 6]) {
      el.headingLevel = level;
      await el.updateComplete;
      const tags = new Set(parts(el, 'card-title').map((title) => title.tagName));
      expect([...tags]).to.deep.equal([`H${level}`]);
    }
    el.headingLevel = 9;
    await el.updateComplete;
    expect(part(el, 'card-title').tagName).to.equal('H3');
  });

  it('hides the no-script fallback once it renders', async () => {
    const el = await renderWidget(
      html`<city-networks><a href="https://www.berlin.de/">Städtenetzwerke</a></city-networks>`,
    );
    const fallback = el.querySelector('a')!;
    expect(fallback.getClientRects().length).to.equal(0);
  });
});

describe('<city-networks> filtering', () => {
  it('offers one native toggle per topic in use, none pressed', async () => {
    const el = await renderWidget();
    const toggles = parts(el, 'topic');
    expect(toggles.map((b) => b.textContent!.trim())).to.deep.equal([
      'Climate',
      'Economy',
      'Science',
      'Culture',
      'Urban development',
      'Social integration',
      'Health',
      'Peace',
    ]);
    for (const toggle of toggles) {
      expect(toggle.tagName).to.equal('BUTTON');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    }
    expect(part(el, 'filter').getAttribute('role')).to.equal('group');
  });

  it('filters on click, with OR across topics, and reflects the choice', async () => {
    const el = await renderWidget();
    topicButton(el, 'Climate').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(CLIMATE_IDS);
    expect(topicButton(el, 'Climate').getAttribute('aria-pressed')).to.equal('true');
    expect(el.getAttribute('topics')).to.equal('climate');
    expect(part(el, 'count').textContent!.trim()).to.equal(expectedCount(CLIMATE_IDS.length));

    topicButton(el, 'Peace').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(idsWithTopics('climate', 'peace'));
    expect(el.selectedTopics).to.deep.equal(['climate', 'peace']);

    topicButton(el, 'Climate').click();
    topicButton(el, 'Peace').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(ALL_IDS);
    expect(el.hasAttribute('topics')).to.equal(false);
  });

  it('clears the selection with "Show all"', async () => {
    const el = await renderWidget(html`<city-networks topics="climate health"></city-networks>`);
    part(el, 'clear').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(ALL_IDS);
    expect(el.selectedTopics).to.deep.equal([]);
  });

  it('works from the keyboard: Tab to a toggle, Space and Enter press it', async () => {
    const el = await renderWidget();
    topicButton(el, 'Climate').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.selectedTopics).to.deep.equal(['climate']);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(topicButton(el, 'Economy'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selectedTopics).to.deep.equal(['climate', 'economy']);
    // Focus stays on the toggle that was pressed while the cards change.
    expect(el.shadowRoot!.activeElement).to.equal(topicButton(el, 'Economy'));
  });

  it('preselects from the topics attribute, space- or comma-separated', async () => {
    const el = await renderWidget(html`<city-networks topics="health,peace"></city-networks>`);
    expect(shownIds(el)).to.deep.equal(idsWithTopics('health', 'peace'));
    el.setAttribute('topics', 'climate');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(CLIMATE_IDS);
  });

  it('filters when the host sets selectedTopics', async () => {
    const el = await renderWidget();
    el.selectedTopics = ['peace'];
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(idsWithTopics('peace'));
    expect(el.getAttribute('topics')).to.equal('peace');
  });

  it('ignores unknown topic ids with one warning', async () => {
    const console = watchConsole();
    try {
      const el = await renderWidget(html`<city-networks topics="peace nonsense"></city-networks>`);
      expect(shownIds(el)).to.deep.equal(idsWithTopics('peace'));
      el.headingLevel = 4;
      await el.updateComplete;
      expect(console.calls.warn).to.have.length(1);
      expect(console.calls.warn[0]).to.contain('nonsense');
      // A blank id (from a framework's list, say) is no topic at all: no warning.
      el.selectedTopics = ['', ' ', 'peace'];
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(idsWithTopics('peace'));
      expect(console.calls.warn).to.have.length(1);
    } finally {
      console.restore();
    }
  });

  it('warns of unknown topics only once the dataset from src has arrived, against it', async () => {
    const url = sportsDatasetUrl();
    const console = watchConsole();
    try {
      const el = await renderWidget(
        html`<city-networks src=${url} topics="sports nonsense"></city-networks>`,
      );
      await waitUntil(() => shownIds(el).length === 1, 'the dataset did not load');
      expect(console.calls.warn).to.deep.equal([
        '<city-networks>: ignoring unknown topics: nonsense',
      ]);
    } finally {
      console.restore();
    }
  });

  it('shows an empty state when a selected topic matches nothing', async () => {
    const el = await renderWidget(html`<city-networks topics="human-rights"></city-networks>`);
    expect(parts(el, 'card')).to.have.length(0);
    expect(part(el, 'message').textContent).to.equal('No network matches the selected topics.');
    expect(part(el, 'count').textContent!.trim()).to.equal(expectedCount(0));
    expect(topicButton(el, 'Human rights').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});

describe('<city-networks> events', () => {
  it('fires city-networks-change on a user click, bubbling and composed', async () => {
    const el = await renderWidget();
    setTimeout(() => topicButton(el, 'Climate').click());
    const event = await oneEvent(document, 'city-networks-change');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      topics: ['climate'],
      query: '',
      shown: CLIMATE_IDS.length,
      total: TOTAL,
    });
  });

  it('fires it when the user clears the selection, not when there is nothing to clear', async () => {
    const el = await renderWidget(html`<city-networks topics="climate"></city-networks>`);
    const details: unknown[] = [];
    el.addEventListener('city-networks-change', (e) => details.push(e.detail));
    part(el, 'clear').click();
    part(el, 'clear').click();
    expect(details).to.deep.equal([{ topics: [], query: '', shown: TOTAL, total: TOTAL }]);
  });

  it('never fires it when the host sets the selection', async () => {
    const el = await renderWidget();
    let fired = 0;
    el.addEventListener('city-networks-change', () => fired++);
    el.selectedTopics = ['climate'];
    el.setAttribute('topics', 'peace');
    el.query = 'alpha';
    el.setAttribute('query', 'beta');
    el.networks = customNetworks();
    await el.updateComplete;
    await aTimeout(0);
    expect(fired).to.equal(0);
  });
});

describe('<city-networks> languages', () => {
  it('follows <html lang>, live', async () => {
    document.documentElement.lang = 'de';
    const el = await renderWidget();
    expect(topicButton(el, 'Klima')).to.be.instanceOf(HTMLButtonElement);
    expect(part(el, 'count').textContent!.trim()).to.equal(expectedCount(TOTAL, 'de'));
    document.documentElement.lang = 'en-GB';
    await settled(el);
    expect(topicButton(el, 'Climate')).to.be.instanceOf(HTMLButtonElement);
  });

  it('prefers its own lang, then the nearest ancestor, live', async () => {
    const wrapper = (await renderWidget(
      html`<div lang="de"><city-networks></city-networks></div>`,
    )) as unknown as HTMLElement;
    const el = wrapper.querySelector('city-networks')!;
    await el.updateComplete;
    expect(part(el, 'count').textContent!.trim()).to.equal(expectedCount(TOTAL, 'de'));
    el.lang = 'en';
    await settled(el);
    expect(part(el, 'count').textContent!.trim()).to.equal(expectedCount(TOTAL));
    el.removeAttribute('lang');
    wrapper.lang = 'de-AT';
    await settled(el);
    expect(part(el, 'count').textContent!.trim()).to.equal(expectedCount(TOTAL, 'de'));
    wrapper.lang = 'xx'; // no language the widget has
    await settled(el);
    expect(part(el, 'count').textContent!.trim()).to.equal(expectedCount(TOTAL));
  });

  it('follows a lang across a shadow root, live', async () => {
    const host = (await renderWidget(html`<div lang="de"></div>`)) as unknown as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><city-networks></city-networks></section>';
    const el = root.querySelector('city-networks')!;
    await el.updateComplete;
    expect(topicButton(el, 'Klima')).to.be.instanceOf(HTMLButtonElement);
    root.querySelector('section')!.lang = 'en';
    await settled(el);
    expect(topicButton(el, 'Climate')).to.be.instanceOf(HTMLButtonElement);
    root.querySelector('section')!.removeAttribute('lang');
    host.lang = 'en';
    await settled(el);
    host.lang = 'de';
    await settled(el);
    expect(topicButton(el, 'Klima')).to.be.instanceOf(HTMLButtonElement);
  });

  it('shows two languages at once in two instances', async () => {
    const pair = (await renderWidget(
      html`<div>
        <city-networks lang="de"></city-networks><city-networks lang="en"></city-networks>
      </div>`,
    )) as unknown as HTMLElement;
    const [de, en] = pair.querySelectorAll('city-networks');
    await de!.updateComplete;
    await en!.updateComplete;
    expect(part(de!, 'count').textContent!.trim()).to.equal(expectedCount(TOTAL, 'de'));
    expect(part(en!, 'count').textContent!.trim()).to.equal(expectedCount(TOTAL));
    expect(de!.shadowRoot!.querySelector('[data-network="eccar"] h3')!.textContent).to.equal(
      'Europäische Städtekoalition gegen Rassismus (ECCAR)',
    );
  });

  it('renders German cards: facts, links and the language they are in', async () => {
    const el = await renderWidget(html`<city-networks lang="de"></city-networks>`);
    const card = el.shadowRoot!.querySelector<HTMLElement>('[data-network="climate-alliance"]')!;
    expect(languageOf(card)).to.equal('de');
    expect(card.querySelector('.facts')!.textContent).to.contain('mehr als 1.500 Mitglieder');
    const links = [...card.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links).to.deep.equal([
      'Mehr über das Netzwerk Klima-Bündnis auf berlin.de (auf Englisch)',
      'Website des Netzwerks Klima-Bündnis',
    ]);
    expect(languageOf(part(el, 'count'))).to.equal('de');
  });

  it('marks text that custom data lacks in this language with its own lang', async () => {
    const el = await renderWidget(html`<city-networks lang="de"></city-networks>`);
    el.networks = [{ ...customNetworks()[0]!, summary: { en: 'English only.' } }];
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector<HTMLElement>('h3 + p')!;
    expect(summary.textContent).to.equal('English only.');
    expect(summary.lang).to.equal('en');
    expect(languageOf(el.shadowRoot!.querySelector('[part~="card-title"]')!)).to.equal('de');
  });
});

describe('<city-networks> custom data', () => {
  it('uses networks set as a property', async () => {
    const el = await renderWidget();
    const given = customNetworks();
    el.networks = given;
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['alpha', 'beta']);
    // The getter gives the validated copy in use, not the array given.
    expect(el.networks).not.to.equal(given);
    expect(el.networks.map((n) => n.id)).to.deep.equal(['alpha', 'beta']);
    expect(parts(el, 'topic').map((b) => b.textContent!.trim())).to.deep.equal([
      'Climate',
      'Economy',
      'Culture',
    ]);
  });

  it('loads a dataset from src, with its own topic labels', async () => {
    const url = sportsDatasetUrl();
    const el = await renderWidget(html`<city-networks src=${url}></city-networks>`);
    await waitUntil(() => shownIds(el).length === 1, 'the dataset did not load');
    expect(topicButton(el, 'Sports')).to.be.instanceOf(HTMLButtonElement);
  });

  it('uses whichever of src and networks was set last; src stays as it was', async () => {
    const json = (id: string) =>
      URL.createObjectURL(new Blob([JSON.stringify([{ ...customNetworks()[0], id }])]));
    const first = json('from-src');
    const el = await renderWidget(html`<city-networks src=${first}></city-networks>`);
    await waitUntil(() => shownIds(el)[0] === 'from-src', 'src did not load');
    const mine = customNetworks();
    el.networks = mine;
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['alpha', 'beta']);
    expect(el.getAttribute('src')).to.equal(first);
    el.src = json('from-second-src');
    await waitUntil(() => shownIds(el)[0] === 'from-second-src', 'the second src did not load');
    // A framework sets its props again on every render: the same array again
    // does not take over from the later src.
    el.networks = mine;
    el.selectedTopics = [...el.selectedTopics];
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['from-second-src']);
    // Without src, the networks set come back; src set to undefined is no src.
    el.removeAttribute('src');
    await el.updateComplete;
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['alpha', 'beta']);
    el.src = undefined as never;
    await el.updateComplete;
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['alpha', 'beta']);
  });

  it('leaves out invalid records with one warning naming them; never renders their markup', async () => {
    const console = watchConsole();
    try {
      const el = await renderWidget();
      el.networks = [
        ...customNetworks(),
        { ...customNetworks()[0]!, id: 'evil', links: { website: 'javascript:alert(1)' } },
        { ...customNetworks()[1]!, id: 'html', name: { en: '<img src=x onerror=alert(1)>' } },
      ];
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(['alpha', 'beta', 'html']);
      expect(console.calls.warn).to.have.length(1);
      expect(console.calls.warn[0]).to.contain('"evil"');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[data-network="html"] h3')!.textContent).to.equal(
        '<img src=x onerror=alert(1)>',
      );
      expect(
        parts(el, 'link').some((a) => a.getAttribute('href')!.startsWith('javascript')),
      ).to.equal(false);
    } finally {
      console.restore();
    }
  });
});

describe('<city-networks> errors', () => {
  for (const [what, src] of [
    ['a missing file', '/does-not-exist.json'],
    ['invalid JSON', URL.createObjectURL(new Blob(['{ nope']))],
    ['a wrong shape', URL.createObjectURL(new Blob(['{"networks": 3}']))],
    ['an empty list', URL.createObjectURL(new Blob(['[]']))],
  ] as const) {
    it(`shows a localised error beside the cards it had and fires city-networks-error for ${what}`, async () => {
      const console = watchConsole();
      try {
        const el = await renderWidget(html`<city-networks lang="de"></city-networks>`);
        setTimeout(() => (el.src = src));
        const event = await oneEvent(el, 'city-networks-error');
        expect(event.detail.message).to.be.a('string').and.not.equal('');
        await el.updateComplete;
        expect(part(el, 'message').textContent).to.equal(
          'Die Liste der Städtenetzwerke konnte nicht geladen werden.',
        );
        expect(part(el, 'message').getAttribute('role')).to.equal('alert');
        // The last good data stays on show: never an empty widget.
        expect(shownIds(el)).to.deep.equal(ALL_IDS);
        expect(el.networks.map(({ id }) => id)).to.deep.equal(ALL_IDS);
        await expect(el).to.be.accessible();
      } finally {
        console.restore();
      }
    });
  }

  // From the start, and after the built-in cards have shown (the cards must
  // come back, not stay empty).
  for (const [when, shownFirst] of [
    ['set from the start', false],
    ['set after the built-in cards showed', true],
  ] as const) {
    it(`recovers: removing a failing src ${when} brings the built-in dataset back`, async () => {
      const console = watchConsole();
      try {
        const el = await renderWidget(
          shownFirst
            ? html`<city-networks></city-networks>`
            : html`<city-networks src="/does-not-exist.json"></city-networks>`,
        );
        if (shownFirst) setTimeout(() => (el.src = '/does-not-exist.json'));
        await oneEvent(el, 'city-networks-error');
        el.removeAttribute('src');
        await el.updateComplete;
        await el.updateComplete;
        expect(shownIds(el)).to.deep.equal(ALL_IDS);
      } finally {
        console.restore();
      }
    });
  }

  /** A URL that fails once, then answers (see web-test-runner.config.js), new for each test. */
  const failsOnce = () => `/test/fails-once/${Math.random().toString(36).slice(2)}`;

  it('tries the same src again when it is set again after a failure', async () => {
    const console = watchConsole();
    try {
      const el = await renderWidget();
      const src = failsOnce();
      setTimeout(() => (el.src = src));
      await oneEvent(el, 'city-networks-error');
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(ALL_IDS);
      el.src = src;
      await eventually(() => shownIds(el).join() === 'second-try', 'src was not fetched again');
      expect(parts(el, 'message')).to.deep.equal([]);
    } finally {
      console.restore();
    }
  });

  it('tries again when the src attribute is removed and set back after a failure', async () => {
    const console = watchConsole();
    try {
      const src = failsOnce();
      const el = await fixture<CityNetworks>(html`<city-networks src=${src}></city-networks>`);
      await oneEvent(el, 'city-networks-error');
      await el.updateComplete;
      // Nothing had shown: the error alone, no cards.
      expect(shownIds(el)).to.deep.equal([]);
      expect(part(el, 'message').getAttribute('role')).to.equal('alert');
      el.removeAttribute('src');
      el.setAttribute('src', src);
      await eventually(() => shownIds(el).join() === 'second-try', 'src was not fetched again');
    } finally {
      console.restore();
    }
  });

  it('fires city-networks-error for unusable networks set as a property', async () => {
    const console = watchConsole();
    try {
      const el = await renderWidget();
      setTimeout(() => (el.networks = [{ id: 'x' }] as never));
      const event = await oneEvent(el, 'city-networks-error');
      expect(event.detail.message).to.contain('no valid network');
    } finally {
      console.restore();
    }
  });
});

describe('<city-networks> accessibility', () => {
  it('is accessible with nothing selected, in English and German', async () => {
    await expect(await renderWidget()).to.be.accessible();
    await expect(
      await renderWidget(html`<city-networks lang="de"></city-networks>`),
    ).to.be.accessible();
  });

  it('is accessible with one and with several topics selected', async () => {
    await expect(
      await renderWidget(html`<city-networks topics="climate"></city-networks>`),
    ).to.be.accessible();
    await expect(
      await renderWidget(
        html`<city-networks lang="de" topics="climate culture peace"></city-networks>`,
      ),
    ).to.be.accessible();
  });

  it('names the filter group and announces the count politely', async () => {
    const el = await renderWidget();
    const group = part(el, 'filter');
    const label = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).to.equal('Filter by topic');
    expect(announcement(el).getAttribute('role')).to.equal('status');
    expect(part(el, 'count').getAttribute('role'), 'the count on show is not live').to.equal(null);
  });

  it('shows the cards as a list', async () => {
    const el = await renderWidget();
    const list = part(el, 'card').parentElement!;
    expect(list.tagName).to.equal('UL');
    expect(part(el, 'card').tagName).to.equal('LI');
  });
});
