import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { CityNetworks } from '../src/index.js';
import { microtasksUntil, part, parts, settled, shownIds, topicButton } from './helpers.js';

/**
 * A long list brings its top up to date first and the rest after, but every
 * card on show stays in keyboard order, in find-in-page and in the
 * accessibility tree, and every card hidden stays out of them.
 */
const SIZE = 1000;

async function renderMany(size = SIZE): Promise<CityNetworks> {
  const el = await fixture<CityNetworks>(
    html`<div><city-networks lang="en"></city-networks><button id="after">After</button></div>`,
  ).then((wrapper) => wrapper.querySelector('city-networks')!);
  el.networks = Array.from({ length: size }, (_, i) => ({
    id: `n-${i}`,
    name: { en: `Network number ${i}`, de: `Netzwerk Nummer ${i}` },
    summary: { en: `Summary of network ${i}.`, de: `Über Netzwerk ${i}.` },
    topics: [i % 3 ? 'climate' : 'culture'],
    links: { website: `https://example.org/n-${i}` },
  }));
  await el.updateComplete;
  return el;
}

const lastCard = (el: CityNetworks) => parts(el, 'card').at(-1)!;

describe('a long list', () => {
  it('keeps its columns all the way down', async () => {
    const el = await renderMany();
    const cards = parts(el, 'card');
    const lefts = (from: number) =>
      cards.slice(from, from + 3).map((card) => Math.round(card.getBoundingClientRect().left));
    expect(new Set(lefts(0)).size, 'columns side by side').to.be.greaterThan(1);
    expect(lefts(120), 'the 121st card').to.deep.equal(lefts(0));
    expect(lefts(960), 'near the end').to.deep.equal(lefts(0));
    const right = Math.round(el.getBoundingClientRect().right);
    const rights = cards.map((card) => Math.round(card.getBoundingClientRect().right));
    expect(Math.max(...rights), 'no card past the right edge').to.be.at.most(right);
  });

  it('keeps every card in the DOM and in keyboard order', async () => {
    const el = await renderMany();
    expect(parts(el, 'card')).to.have.length(SIZE);
    const linkOf = (i: number) => parts(el, 'card')[i]!.querySelector('a')!;
    // The card whose link has focus, or else the focused element's id (strings,
    // which a failing assertion can print, unlike an element in a long list).
    const focused = () =>
      el.shadowRoot!.activeElement?.closest<HTMLElement>('[part~="card"]')?.dataset.network ??
      document.activeElement?.id;
    // From the 120th card, the last of the top that renders first, Tab reaches
    // the 121st, off screen; from the last but one, the last card and then the
    // page after the widget.
    linkOf(119).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('n-120');
    linkOf(SIZE - 2).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(`n-${SIZE - 1}`);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('after');
  });

  it('filters and counts as with a short list', async () => {
    const el = await renderMany();
    topicButton(el, 'Culture').click();
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(334);
    expect(part(el, 'count').textContent).to.equal('334 of 1,000 networks');
  });

  it('shows the top of the list in the first update, and the rest by updateComplete', async () => {
    // Above 1,000 cards shown or hidden at once, a change comes top first.
    const el = await renderMany(2400);
    const titles = () => parts(el, 'card').map((card) => card.querySelector('h3')!.textContent);
    topicButton(el, 'Culture').click();
    // The update that changes the count, before the next frame.
    await microtasksUntil(() => part(el, 'count').textContent !== '2,400 of 2,400 networks');
    const first = titles();
    expect(first.slice(0, 120)).to.deep.equal(
      Array.from({ length: 120 }, (_, i) => `Network number ${3 * i}`),
    );
    // The cards below the top catch up after the first frame: the next card
    // on show is still the one after the top's last, shown as before the click.
    expect(first[120]).to.equal('Network number 358');
    await el.updateComplete;
    expect(titles()).to.deep.equal(
      Array.from({ length: 800 }, (_, i) => `Network number ${3 * i}`),
    );
  });

  it('brings the cards in view up to date first, for a reader scrolled far down', async () => {
    const el = await renderMany(2400);
    const title = (i: number) => parts(el, 'card')[i]!.querySelector('h3')!.textContent;
    parts(el, 'card')[2000]!.scrollIntoView({ block: 'center' });
    el.lang = 'de';
    await microtasksUntil(() => part(el, 'count').textContent === '2.400 von 2.400 Netzwerken');
    expect(title(2000), 'in view').to.equal('Netzwerk Nummer 2000');
    expect(title(0), 'at the top').to.equal('Netzwerk Nummer 0');
    expect(title(1000), 'neither').to.equal('Network number 1000');
    // A card not yet caught up says which language it is still in.
    expect(parts(el, 'card')[1000]!.getAttribute('lang')).to.equal('en');
    // The rest catch up from the top, a frame's worth at a time.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(title(1000), 'one frame later').to.equal('Netzwerk Nummer 1000');
    expect(title(2399), 'one frame later, far down').to.equal('Network number 2399');
    await el.updateComplete;
    expect(title(2399)).to.equal('Netzwerk Nummer 2399');
    window.scrollTo(0, 0);
  });

  it('keeps hidden cards out of sight, the tab order and the layout', async () => {
    const el = await renderMany();
    topicButton(el, 'Culture').click();
    await el.updateComplete;
    const hidden = el.shadowRoot!.querySelector<HTMLElement>('[data-network="n-1"]')!;
    expect(hidden.hidden).to.equal(true);
    expect(hidden.checkVisibility({ visibilityProperty: true })).to.equal(false);
    // The page ends where the last card on show ends, give or take its margin.
    const last = lastCard(el);
    expect(last.dataset.network).to.equal('n-999');
    const below = el.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom;
    expect(below).to.be.within(-1, 1);
    const pageEnd = document.documentElement.scrollHeight - window.scrollY;
    expect(pageEnd - el.getBoundingClientRect().bottom).to.be.below(100);
    // From the last card on show, Tab leaves the widget: no hidden card takes focus.
    last.querySelector('a')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('brings every card up to date after a change, however far down', async () => {
    const el = await renderMany();
    topicButton(el, 'Culture').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(Array.from({ length: 334 }, (_, i) => `n-${3 * i}`));
    el.lang = 'de';
    await settled(el);
    await el.updateComplete;
    expect(lastCard(el).querySelector('[part~="card-title"]')!.textContent).to.equal(
      `Netzwerk Nummer ${SIZE - 1}`,
    );
  });

  it('lets find-in-page reach a card far off screen', async function () {
    const find = (window as { find?: (text: string, caseSensitive?: boolean) => boolean }).find;
    // Where window.find cannot see into any shadow root (WebKit), it cannot
    // tell us anything about ours: a shadow root of the test's own tells.
    const probe = await fixture(html`<div></div>`);
    probe.attachShadow({ mode: 'open' }).textContent = 'Findable shadow text';
    const findsInShadowRoots = Boolean(find?.call(window, 'Findable shadow text', true));
    probe.remove();
    if (!findsInShadowRoots) this.skip();
    await renderMany();
    expect(find!.call(window, `Network number ${SIZE - 1}`, true)).to.equal(true);
  });

  it('keeps cards off screen in the accessibility tree', async function () {
    // Only Chromium can take a snapshot; elsewhere the command answers false.
    // Asked before the widget is there: it tells what the browser can do.
    if ((await a11ySnapshot({})) === (false as never)) this.skip();
    await renderMany();
    type AXNode = { name: string; role: string; children?: AXNode[] };
    const snapshot = (await a11ySnapshot({})) as unknown as AXNode;
    const heading = findAccessibilityNode<AXNode>(
      snapshot as never,
      (node) => node.role === 'heading' && node.name === `Network number ${SIZE - 1}`,
    );
    expect(heading?.name).to.equal(`Network number ${SIZE - 1}`);
  });
});
