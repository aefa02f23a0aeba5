import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CityNetworks } from '../src/index.js';
import { withParams } from '../src/url-state.js';
import {
  TOTAL,
  announcement,
  eventually,
  expectedCount,
  idsWithTopics,
  part,
  renderWidget,
  shownIds,
  topicButton,
  usePageLang,
} from './helpers.js';

/** The query string and hash, as a user sees them in the address bar. */
const address = () => `${location.search}${location.hash}`;

/** Back or Forward, as the browser's buttons do it: resolves once popstate has been handled. */
async function go(delta: number, el: CityNetworks) {
  const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
  history.go(delta);
  await popped;
  await el.updateComplete;
}

function warnings(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const { warn } = console;
  console.warn = (message: string) => seen.push(message);
  return run().then(
    () => ((console.warn = warn), seen),
    (error) => {
      console.warn = warn;
      throw error;
    },
  );
}

describe('withParams', () => {
  it('sets, adds and removes parameters, leaving every other one as written', () => {
    const search = '?a=1&b=x%20y&flag&c=%E2%9C%93';
    expect(withParams(search, { b: 'z' })).to.equal('?a=1&b=z&flag&c=%E2%9C%93');
    expect(withParams(search, { 'w.topics': 'climate culture' })).to.equal(
      `${search}&w.topics=climate+culture`,
    );
    expect(withParams(search, { a: undefined, flag: undefined })).to.equal('?b=x%20y&c=%E2%9C%93');
    expect(withParams('', { a: undefined })).to.equal('');
    expect(withParams('?a=1&a=2&bad=%E0%A4%A', { a: '3' })).to.equal('?a=3&bad=%E0%A4%A');
  });
});

describe('<city-networks url-state>', () => {
  usePageLang('en');
  let start: string;
  beforeEach(() => {
    start = location.href;
    history.replaceState(history.state, '', '?page=2#top');
  });
  afterEach(() => history.replaceState(history.state, '', start));

  it('leaves the URL alone until the user changes the view', async () => {
    const el = await renderWidget(html`<city-networks url-state topics="peace"></city-networks>`);
    expect(shownIds(el)).to.have.length.greaterThan(0);
    expect(address()).to.equal('?page=2#top');
  });

  it('adds one history entry per toggle, keeping other parameters and the hash', async () => {
    const el = await renderWidget(html`<city-networks url-state></city-networks>`);
    topicButton(el, 'Climate').click();
    topicButton(el, 'Culture').click();
    await el.updateComplete;
    expect(address()).to.equal('?page=2&city-networks.topics=climate+culture#top');
    await go(-1, el);
    expect(el.selectedTopics).to.deep.equal(['climate']);
    await go(-1, el);
    expect(el.selectedTopics).to.deep.equal([]);
    expect(address()).to.equal('?page=2#top');
    await go(2, el);
    expect(el.selectedTopics).to.deep.equal(['climate', 'culture']);
  });

  it('fires city-networks-change for Back and Forward, and announces the count, as for the click they undo', async () => {
    const el = await renderWidget(html`<city-networks url-state></city-networks>`);
    topicButton(el, 'Climate').click();
    await el.updateComplete;
    const announced = announcement(el).textContent!.trim();
    const details: unknown[] = [];
    el.addEventListener('city-networks-change', (event) => details.push(event.detail));
    await go(-1, el);
    expect(details).to.deep.equal([{ topics: [], query: '', shown: TOTAL, total: TOTAL }]);
    expect(announcement(el).textContent!.trim()).to.equal(expectedCount(TOTAL));
    await go(1, el);
    expect(announcement(el).textContent!.trim()).to.equal(announced);
  });

  it('adds one entry per finished search, none per key, and refines it while typing goes on', async () => {
    const el = await renderWidget(html`<city-networks url-state search></city-networks>`);
    (part(el, 'search') as HTMLInputElement).focus();
    await sendKeys({ type: 'mega' });
    expect(address(), 'nothing while typing').to.equal('?page=2#top');
    await eventually(() => address() !== '?page=2#top', 'the search in the URL');
    expect(address()).to.equal('?page=2&city-networks.query=mega#top');
    await sendKeys({ type: 'cities' });
    await eventually(() => address().includes('megacities'), 'the refined search in the URL');
    expect(address()).to.equal('?page=2&city-networks.query=megacities#top');
    // One step back is the view before the search: "mega" had no entry of its own.
    await go(-1, el);
    expect(el.query).to.equal('');
    expect((part(el, 'search') as HTMLInputElement).value).to.equal('');
    expect(shownIds(el)).to.have.length(TOTAL);
    await go(1, el);
    expect((part(el, 'search') as HTMLInputElement).value).to.equal('megacities');
    expect(shownIds(el)).to.deep.equal(['c40', 'metropolis']);
  });

  it('keeps the search being typed when the element leaves the page before the pause', async () => {
    const el = await renderWidget(html`<city-networks url-state search></city-networks>`);
    (part(el, 'search') as HTMLInputElement).focus();
    await sendKeys({ type: 'mega' });
    expect(address(), 'nothing while typing').to.equal('?page=2#top');
    el.remove();
    expect(address()).to.equal('?page=2&city-networks.query=mega#top');
    // An entry of its own: Back leads to the view before the search.
    await go(-1, el);
    expect(address()).to.equal('?page=2#top');
  });

  it('opens the view a shared link holds', async () => {
    history.replaceState(null, '', '?city-networks.topics=climate&city-networks.query=mega#top');
    const el = await renderWidget(html`<city-networks url-state search></city-networks>`);
    expect(el.selectedTopics).to.deep.equal(['climate']);
    expect((part(el, 'search') as HTMLInputElement).value).to.equal('mega');
    expect(shownIds(el)).to.deep.equal(['c40']);
  });

  it('keeps two instances apart by id', async () => {
    history.replaceState(null, '', '?a.topics=peace&b.query=eccar');
    const wrapper = await fixture(
      html`<div>
        <city-networks id="a" url-state></city-networks>
        <city-networks id="b" url-state></city-networks>
      </div>`,
    );
    const [a, b] = wrapper.querySelectorAll('city-networks');
    await a!.updateComplete;
    await b!.updateComplete;
    expect(a!.selectedTopics).to.deep.equal(['peace']);
    expect(b!.query).to.equal('eccar');
    topicButton(b!, 'Climate').click();
    await b!.updateComplete;
    expect(location.search).to.equal('?a.topics=peace&b.query=eccar&b.topics=climate');
    expect(a!.selectedTopics).to.deep.equal(['peace']);
  });

  it('lets only the first of two instances without id write the URL, and says why', async () => {
    let second!: CityNetworks;
    const seen = await warnings(async () => {
      const wrapper = await fixture(
        html`<div>
          <city-networks url-state></city-networks><city-networks url-state></city-networks>
        </div>`,
      );
      second = wrapper.querySelectorAll('city-networks')[1]!;
      await second.updateComplete;
    });
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('its own id');
    topicButton(second, 'Climate').click();
    await second.updateComplete;
    expect(address()).to.equal('?page=2#top');
  });

  it('ignores values that make no sense, with a warning', async () => {
    const long = 'x'.repeat(201);
    history.replaceState(
      null,
      '',
      `?city-networks.topics=climate+nonsense&city-networks.query=${long}`,
    );
    let el!: CityNetworks;
    const seen = await warnings(async () => {
      el = await renderWidget(html`<city-networks url-state></city-networks>`);
    });
    expect(shownIds(el)).to.deep.equal(idsWithTopics('climate'));
    expect(el.query).to.equal('');
    expect(seen.join('\n')).to.contain('nonsense').and.to.contain('longer than 200');
    el.remove();
    history.replaceState(null, '', '?city-networks.topics=peace&city-networks.topics=climate');
    const twice = await warnings(async () => {
      el = await renderWidget(html`<city-networks url-state></city-networks>`);
    });
    expect(el.selectedTopics).to.deep.equal([]);
    expect(twice.join('\n')).to.contain('given twice');
  });

  it("keeps the page's own view for a URL without parameters, also after the element moves", async () => {
    const el = await renderWidget(html`<city-networks url-state topics="peace"></city-networks>`);
    topicButton(el, 'Climate').click();
    await el.updateComplete;
    expect(location.search).to.equal('?page=2&city-networks.topics=peace+climate');
    el.parentElement!.append(el); // disconnected and connected again
    await go(-1, el);
    expect(el.selectedTopics).to.deep.equal(['peace']);
  });

  it('stops when the attribute goes or the element leaves, and starts when it comes', async () => {
    const el = await renderWidget(html`<city-networks></city-networks>`);
    topicButton(el, 'Climate').click();
    expect(address()).to.equal('?page=2#top');
    el.urlState = true;
    await el.updateComplete;
    topicButton(el, 'Culture').click();
    expect(location.search).to.equal('?page=2&city-networks.topics=climate+culture');
    el.removeAttribute('url-state');
    el.urlState = false;
    await el.updateComplete;
    topicButton(el, 'Peace').click();
    expect(location.search).to.equal('?page=2&city-networks.topics=climate+culture');
  });
});
