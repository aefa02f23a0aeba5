import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { foldText, queryMatcher, queryWords } from '../src/data/search.js';
import { builtInDataset } from '../src/data/networks.js';
import type { CityNetworks } from '../src/index.js';
import type { Network } from '../src/data/types.js';
import {
  TOTAL,
  announcement,
  eventually,
  expectedCount,
  part,
  parts,
  renderWidget,
  shownIds,
  topicButton,
  usePageLang,
} from './helpers.js';

const networks: readonly Network[] = builtInDataset.networks;
const byId = (id: string) => networks.find((network) => network.id === id)!;

function matching(query: string, among = networks) {
  const matches = queryMatcher(builtInDataset.topics);
  return among.filter((network) => matches(network, queryWords(query))).map((n) => n.id);
}

describe('search rules', () => {
  it('folds case, accents and ß', () => {
    expect(foldText('Städte')).to.equal('stadte');
    expect(foldText('STRASSE')).to.equal(foldText('Straße'));
    expect(foldText('Ærø Île Škoda')).to.equal('ærø ile skoda');
  });

  it('finds a network by name, abbreviation, summary or topic, in either language', () => {
    expect(matching('megacities joining')).to.deep.equal(['c40']); // only its English summary
    expect(matching('KRÄFTE')).to.deep.equal(['c40']); // only its German summary
    expect(matching('c40')).to.deep.equal(['c40']);
    expect(matching('eccar')).to.deep.equal(['eccar']);
    // A topic's label, in either language.
    const health = networks.filter((n) => n.topics.includes('health'));
    expect(health.length).to.be.greaterThan(0);
    expect(matching('gesundheit')).to.deep.equal(health.map((n) => n.id));
    expect(matching('health')).to.deep.equal(health.map((n) => n.id));
  });

  it('needs every word, in any order, and finds nothing across two texts', () => {
    const c40 = byId('c40');
    expect(matching('climate megacities', [c40])).to.deep.equal(['c40']);
    expect(matching('megacities climate', [c40])).to.deep.equal(['c40']);
    expect(matching('megacities nowhere', [c40])).to.deep.equal([]);
    // The name ends in "Group", the summary starts with "Megacities".
    expect(matching('groupmega', [c40])).to.deep.equal([]);
  });

  it('matches everything for a query of blanks', () => {
    expect(queryWords('   ')).to.deep.equal([]);
  });
});

describe('<city-networks> search', () => {
  usePageLang('en');

  const field = (el: CityNetworks) => part(el, 'search') as HTMLInputElement;
  async function type(el: CityNetworks, text: string) {
    field(el).focus();
    await sendKeys({ type: text });
    await el.updateComplete;
  }

  it('shows a labelled search field only with the search attribute', async () => {
    expect(parts(await renderWidget(), 'search')).to.have.length(0);
    const el = await renderWidget(html`<city-networks search></city-networks>`);
    const input = field(el);
    expect(input.type).to.equal('search');
    expect(input.labels![0]!.textContent!.trim()).to.equal('Search the networks');
    await expect(el).to.be.accessible();
  });

  it('narrows the cards as one types, together with the topics', async () => {
    const el = await renderWidget(html`<city-networks search></city-networks>`);
    await type(el, 'stadte');
    const withStadte = shownIds(el);
    expect(withStadte.length).to.be.within(1, TOTAL - 1);
    expect(el.query).to.equal('stadte');
    expect(el.getAttribute('query')).to.equal('stadte');
    topicButton(el, 'Climate').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(
      withStadte.filter((id) => byId(id).topics.includes('climate')),
    );
  });

  it('finds an English word on a German page', async () => {
    document.documentElement.lang = 'de';
    const el = await renderWidget(html`<city-networks search></city-networks>`);
    expect(field(el).labels![0]!.textContent!.trim()).to.equal('Netzwerke durchsuchen');
    await type(el, 'megacities joining');
    expect(shownIds(el)).to.deep.equal(['c40']);
  });

  it('counts every key at once, and announces the count once typing pauses', async () => {
    const el = await renderWidget(html`<city-networks search></city-networks>`);
    const said: string[] = [];
    const region = announcement(el);
    const observer = new MutationObserver(() => said.push(region.textContent!.trim()));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    field(el).focus();
    // Key by key, as a user types: the count on show matches the cards after each.
    for (const [i, key] of [...'baltic'].entries()) {
      await sendKeys({ press: key });
      await el.updateComplete;
      const query = 'baltic'.slice(0, i + 1);
      expect(part(el, 'count').textContent!.trim(), query).to.equal(
        expectedCount(shownIds(el).length, 'en', { query }),
      );
    }
    expect(said, 'nothing announced while typing').to.deep.equal([]);
    const expected = expectedCount(shownIds(el).length, 'en', { query: 'baltic' });
    await eventually(() => said.length > 0, 'an announcement once typing pauses');
    observer.disconnect();
    expect(said).to.deep.equal([expected]);
    expect(region.textContent!.trim()).to.equal(part(el, 'count').textContent!.trim());
  });

  it('shows the empty message at once, and says why', async () => {
    const el = await renderWidget(html`<city-networks search></city-networks>`);
    await type(el, 'xyz');
    expect(part(el, 'message').textContent).to.equal('No network matches “xyz”.');
    expect(part(el, 'count').textContent!.trim()).to.equal(
      expectedCount(0, 'en', { query: 'xyz' }),
    );
    topicButton(el, 'Climate').click();
    await el.updateComplete;
    expect(part(el, 'message').textContent).to.equal(
      'No network matches “xyz” in the selected topics.',
    );
  });

  it('clears the query with Escape, and leaves Escape in an empty field to the page', async () => {
    const el = await renderWidget(html`<city-networks search></city-networks>`);
    // No letter twice in a row: WebKit's WebDriver types "cc" as one "c".
    await type(el, 'racism');
    expect(shownIds(el)).to.deep.equal(['eccar']);
    const escapes: boolean[] = [];
    document.addEventListener('keydown', (event) => escapes.push(event.defaultPrevented));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field(el).value).to.equal('');
    expect(shownIds(el)).to.have.length(TOTAL);
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    await sendKeys({ press: 'Escape' });
    expect(escapes).to.deep.equal([true, false]);
  });

  it('fires city-networks-change with the query on each key, never when the host sets it', async () => {
    const el = await renderWidget(html`<city-networks search></city-networks>`);
    const details: { query: string; shown: number }[] = [];
    el.addEventListener('city-networks-change', (e) => details.push(e.detail));
    el.query = 'eccar';
    el.setAttribute('query', 'c40');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['c40']);
    expect(details).to.deep.equal([]);
    el.query = null as never;
    await el.updateComplete;
    await type(el, 'ec');
    expect(details.map(({ query, shown }) => [query, shown])).to.deep.equal([
      ['e', matching('e').length],
      ['ec', matching('ec').length],
    ]);
  });

  it("shows the host's query in the field, also when the host puts back the value it had", async () => {
    const el = await renderWidget(html`<city-networks search query="c40"></city-networks>`);
    // A host that keeps the query under its control and refuses the change
    // at once, before the element renders again.
    el.addEventListener('city-networks-change', () => (el.query = 'c40'));
    await type(el, 'x');
    expect(el.query).to.equal('c40');
    expect(field(el).value).to.equal('c40');
    expect(shownIds(el)).to.deep.equal(['c40']);
  });

  it('"Show all" clears topics and query', async () => {
    const el = await renderWidget(
      html`<city-networks search topics="climate" query="c40"></city-networks>`,
    );
    expect(shownIds(el)).to.deep.equal(['c40']);
    part(el, 'clear').click();
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(TOTAL);
    expect(field(el).value).to.equal('');
  });

  it('is accessible with a query, and with no match, in English and German', async () => {
    for (const lang of ['en', 'de']) {
      const el = await renderWidget(html`<city-networks search lang=${lang}></city-networks>`);
      await type(el, 'stadte');
      await expect(el).to.be.accessible();
      await type(el, 'xyz');
      await eventually(() => announcement(el).textContent!.includes('xyz'), 'announced');
      await expect(el).to.be.accessible();
    }
  });
});
