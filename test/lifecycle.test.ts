import { expect, fixture, html } from '@open-wc/testing';
import { fetchDataset } from '../src/data/fetch.js';
import type { CityNetworks } from '../src/index.js';
import {
  TOTAL,
  customNetworks,
  eventually,
  expectedCount,
  idsWithTopics,
  part,
  parts,
  settled,
  shownIds,
  topicButton,
} from './helpers.js';

/**
 * The element's life on a page: attached and detached, moved between
 * documents, fed foreign data. It must keep working and leave nothing behind.
 */

/** Counts live observations and languagechange listeners while a test runs. */
function watchResources() {
  const observing = new Set<MutationObserver>();
  let languageListeners = 0;
  const original = {
    observe: MutationObserver.prototype.observe,
    disconnect: MutationObserver.prototype.disconnect,
    add: window.addEventListener,
    remove: window.removeEventListener,
  };
  MutationObserver.prototype.observe = function (...args) {
    observing.add(this);
    return original.observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function () {
    observing.delete(this);
    return original.disconnect.apply(this);
  };
  window.addEventListener = function (
    this: Window,
    ...args: Parameters<Window['addEventListener']>
  ) {
    if (args[0] === 'languagechange') languageListeners++;
    return original.add.apply(this, args);
  } as Window['addEventListener'];
  window.removeEventListener = function (
    this: Window,
    ...args: Parameters<Window['removeEventListener']>
  ) {
    if (args[0] === 'languagechange') languageListeners--;
    return original.remove.apply(this, args);
  } as Window['removeEventListener'];
  return {
    get observers() {
      return observing.size;
    },
    get languageListeners() {
      return languageListeners;
    },
    restore() {
      Object.assign(MutationObserver.prototype, {
        observe: original.observe,
        disconnect: original.disconnect,
      });
      Object.assign(window, {
        addEventListener: original.add,
        removeEventListener: original.remove,
      });
    },
  };
}

/** A fetch that never answers on its own, recording each request's signal. */
function holdFetches() {
  const original = window.fetch;
  const signals: AbortSignal[] = [];
  window.fetch = (_input, init) =>
    new Promise((_resolve, reject) => {
      const signal = init!.signal!;
      signals.push(signal);
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  return { signals, restore: () => (window.fetch = original) };
}

describe('<city-networks> life cycle', () => {
  it('keeps working after being removed and re-added 100 times, leaving no observer or listener behind', async () => {
    const resources = watchResources();
    try {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('city-networks');
      for (let i = 0; i < 100; i++) {
        container.append(el);
        el.remove();
      }
      container.append(el);
      await el.updateComplete;
      expect(resources.observers).to.equal(1);
      expect(resources.languageListeners).to.equal(1);
      topicButton(el, 'Climate').click();
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(idsWithTopics('climate'));
      el.remove();
      expect(resources.observers).to.equal(0);
      expect(resources.languageListeners).to.equal(0);
    } finally {
      resources.restore();
    }
  });

  it('moves to another document and follows that document’s language', async () => {
    const iframe = await fixture<HTMLIFrameElement>(
      html`<iframe title="another document"></iframe>`,
    );
    const other = iframe.contentDocument!;
    other.documentElement.lang = 'de';
    document.documentElement.lang = 'en';
    const el = await fixture<CityNetworks>(html`<city-networks></city-networks>`);
    expect(part(el, 'count').textContent!.trim()).to.equal(expectedCount(TOTAL));
    other.body.append(el);
    await settled(el);
    expect(part(el, 'count').textContent!.trim()).to.equal(expectedCount(TOTAL, 'de'));
    other.documentElement.lang = 'en';
    await settled(el);
    expect(part(el, 'count').textContent!.trim()).to.equal(expectedCount(TOTAL));
    document.body.append(el);
    el.remove();
  });

  it('reads nothing of the page in its constructor, as on a server, and its language on connecting', async () => {
    const read: string[] = [];
    // Records each call on a <city-networks>; returns what puts the original back.
    const spy = (prototype: object, name: string) => {
      const original = Reflect.get(prototype, name) as (...args: unknown[]) => unknown;
      Reflect.set(prototype, name, function (this: Node, ...args: unknown[]) {
        if (this instanceof HTMLElement && this.localName === 'city-networks') read.push(name);
        return original.apply(this, args);
      });
      return () => Reflect.set(prototype, name, original);
    };
    const restore = [
      spy(Element.prototype, 'getAttribute'),
      spy(Element.prototype, 'hasAttribute'),
      spy(Node.prototype, 'getRootNode'),
    ];
    let el: CityNetworks;
    try {
      el = document.createElement('city-networks');
    } finally {
      for (const put of restore) put();
    }
    expect(read).to.deep.equal([]);
    const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    wrapper.append(el);
    await el.updateComplete;
    expect(part(el, 'count').textContent!.trim()).to.equal(expectedCount(TOTAL, 'de'));
  });

  it('copes with any value a host sets, never throwing', async () => {
    const el = await fixture<CityNetworks>(html`<city-networks></city-networks>`);
    const originalError = console.error;
    console.error = () => {};
    try {
      for (const value of ['networks', 42, {}, [null], [[]]]) {
        el.networks = value as never;
        await el.updateComplete;
        expect(part(el, 'message').getAttribute('role')).to.equal('alert');
      }
      // A framework removing the prop: the built-in dataset comes back.
      for (const value of [null, undefined]) {
        el.networks = customNetworks();
        el.networks = value;
        await el.updateComplete;
        expect(shownIds(el)).to.have.length(TOTAL);
      }
      // Props a framework removes: nothing selected, the default heading level.
      el.selectedTopics = ['climate'];
      el.selectedTopics = null;
      el.headingLevel = undefined as never;
      el.src = undefined as never;
      el.networks = undefined;
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(TOTAL);
      expect(el.hasAttribute('topics')).to.equal(false);
      expect(part(el, 'card-title').tagName).to.equal('H3');
      el.headingLevel = Number('abc');
      el.selectedTopics = ['', ' ', 'climate'];
      el.networks = customNetworks();
      await el.updateComplete;
      expect(part(el, 'card-title').tagName).to.equal('H3');
      expect(shownIds(el)).to.deep.equal(['alpha']);
    } finally {
      console.error = originalError;
    }
  });
});

describe('<city-networks> updates', () => {
  /**
   * 2,400 networks: a click on a topic hides 1,200, more than the list before
   * issue 19 changed at once (above 1,000 it read the layout and waited for frames).
   */
  const many = Array.from({ length: 2400 }, (_, i) => ({
    id: `n-${i}`,
    name: { en: `Network ${i}`, de: `Netzwerk ${i}` },
    summary: { en: `About network ${i}.`, de: `Über Netzwerk ${i}.` },
    topics: [i % 2 ? 'climate' : 'culture'],
  }));

  it('completes in a tab that runs no animation frames', async () => {
    const el = await fixture<CityNetworks>(html`<city-networks lang="en"></city-networks>`);
    el.networks = many;
    await el.updateComplete;
    const original = window.requestAnimationFrame;
    // A background tab: frames never come.
    window.requestAnimationFrame = () => 0;
    try {
      topicButton(el, 'Climate').click();
      await el.updateComplete;
      expect(parts(el, 'card')).to.have.length(1200);
      el.lang = 'de';
      await settled(el);
      expect(parts(el, 'card').at(-1)!.querySelector('h3')!.textContent).to.equal('Netzwerk 2399');
    } finally {
      window.requestAnimationFrame = original;
    }
  });

  it('reads no layout while it renders', async () => {
    const el = await fixture<CityNetworks>(html`<city-networks lang="en"></city-networks>`);
    el.networks = many;
    await el.updateComplete;
    const prototype = Element.prototype;
    const original = prototype.getBoundingClientRect;
    let reads = 0;
    prototype.getBoundingClientRect = function (this: Element) {
      reads++;
      return original.call(this);
    };
    try {
      topicButton(el, 'Climate').click();
      await el.updateComplete;
    } finally {
      prototype.getBoundingClientRect = original;
    }
    expect(parts(el, 'card')).to.have.length(1200);
    expect(reads).to.equal(0);
  });
});

describe('<city-networks> loading src', () => {
  it('aborts the request when src changes, and when the element leaves the page', async () => {
    const fetches = holdFetches();
    try {
      const el = await fixture<CityNetworks>(
        html`<city-networks src="/first.json"></city-networks>`,
      );
      expect(fetches.signals).to.have.length(1);
      el.src = '/second.json';
      await el.updateComplete;
      expect(fetches.signals[0]!.aborted).to.equal(true);
      expect(fetches.signals[1]!.aborted).to.equal(false);
      el.remove();
      expect(fetches.signals[1]!.aborted).to.equal(true);
      // Back on the page, it loads again instead of waiting forever.
      document.body.append(el);
      await el.updateComplete;
      expect(fetches.signals).to.have.length(3);
      el.remove();
    } finally {
      fetches.restore();
    }
  });

  it('makes no request when removed in the same task as src was set, and loads on return', async () => {
    const fetches = holdFetches();
    try {
      const el = await fixture<CityNetworks>(html`<city-networks></city-networks>`);
      el.src = '/later.json';
      el.remove();
      await el.updateComplete;
      expect(fetches.signals).to.have.length(0);
      document.body.append(el);
      await el.updateComplete;
      expect(fetches.signals).to.have.length(1);
      el.remove();
    } finally {
      fetches.restore();
    }
  });

  it('never shows a dataset that arrives after src has moved on', async () => {
    // A server that answers late, whatever the request's signal says.
    const original = window.fetch;
    let answer: (() => void) | undefined;
    let read: Promise<unknown> | undefined;
    window.fetch = () =>
      new Promise((resolve) => {
        answer = () => {
          const response = new Response(JSON.stringify(customNetworks()));
          const json = response.json.bind(response);
          response.json = () => (read = json());
          resolve(response);
        };
      });
    try {
      const el = await fixture<CityNetworks>(
        html`<city-networks src="/late.json"></city-networks>`,
      );
      el.removeAttribute('src');
      await el.updateComplete;
      expect(answer, 'the request').to.be.a('function');
      answer!();
      await eventually(() => read !== undefined, 'the late answer read');
      await read;
      // Whatever the element does with it happens in the promise jobs before the next task.
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(TOTAL);
    } finally {
      window.fetch = original;
    }
  });

  it('gives up after its timeout', async () => {
    const fetches = holdFetches();
    try {
      const request = fetchDataset('/never.json', new AbortController().signal, 50);
      const error = await request.then(
        () => undefined,
        (reason: Error) => reason,
      );
      expect(error?.name).to.equal('TimeoutError');
    } finally {
      fetches.restore();
    }
  });
});
