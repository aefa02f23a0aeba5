import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { CityNetworks } from '../src/index.js';
import { part, parts, settled, shownIds, topicButton } from './helpers.js';

/**
 * A long list: every card on show is in the DOM, current, in keyboard order,
 * in find-in-page and in the accessibility tree; every card hidden is gone.
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
    // From the 120th card Tab reaches the 121st, off screen; from the last
    // but one, the last card and then the page after the widget.
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

  it('shows every card current in the update that brought the change', async () => {
    const el = await renderMany();
    const titles = () => parts(el, 'card').map((card) => card.querySelector('h3')!.textContent);
    topicButton(el, 'Culture').click();
    await el.updateComplete;
    expect(titles()).to.deep.equal(
      Array.from({ length: 334 }, (_, i) => `Network number ${3 * i}`),
    );
    parts(el, 'card')[300]!.scrollIntoView({ block: 'center' });
    el.lang = 'de';
    await settled(el);
    expect(titles()).to.deep.equal(
      Array.from({ length: 334 }, (_, i) => `Netzwerk Nummer ${3 * i}`),
    );
    window.scrollTo(0, 0);
  });

  it('keeps hidden cards out of the DOM, the tab order and the layout', async () => {
    const el = await renderMany();
    topicButton(el, 'Culture').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-network="n-1"]')).to.equal(null);
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
