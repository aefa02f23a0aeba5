import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { CityNetworks } from '../src/index.js';
import {
  announcement,
  customNetworks,
  expectedCount,
  idsWithTopics,
  languageOf,
  part,
  parts,
  topicButton,
  usePageLang,
} from './helpers.js';

/**
 * WCAG 2.1 AA, checked in the browser: axe in every state, keyboard walks,
 * contrast of the focus ring, target sizes, 320 px and text-spacing layouts.
 */

type Scheme = 'light' | 'dark';

/** The widget in a page-like box: a width, a colour scheme and the page background. */
async function renderIn(
  { width = 1280, scheme = 'light' as Scheme, fontSize = '16px' } = {},
  widget = html`<city-networks></city-networks>`,
): Promise<CityNetworks> {
  const page = await fixture<HTMLElement>(html`
    <div
      style="width: ${width}px; color-scheme: ${scheme}; background: Canvas; font-size: ${fontSize}; padding: 8px"
    >
      ${widget}
    </div>
  `);
  const el = page.querySelector('city-networks')!;
  await el.updateComplete;
  return el;
}

/**
 * A computed colour as `rgb(r, g, b)`: painted on a canvas and read back, so
 * that `color(srgb …)` (what engines compute for `color-mix()`) reads alike.
 */
function toRgb(color: string): string {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

/** WCAG relative luminance contrast of two computed colours (opaque). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = toRgb(color)
      .match(/[\d.]+/g)!
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The tab stops inside the widget, in the order Tab visits them. */
async function tabWalk(el: CityNetworks, stops: number, backwards = false): Promise<HTMLElement[]> {
  const visited: HTMLElement[] = [];
  for (let i = 0; i < stops; i++) {
    await (backwards ? executeServerCommand('shift-tab') : sendKeys({ press: 'Tab' }));
    visited.push(el.shadowRoot!.activeElement as HTMLElement);
  }
  return visited;
}

/** Fails with the offending elements when anything sticks out of its box. */
function expectNoOverflow(el: CityNetworks) {
  const host = el.getBoundingClientRect();
  const outside = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((node) => {
    const box = node.getBoundingClientRect();
    return box.width > 0 && (box.left < host.left - 1 || box.right > host.right + 1);
  });
  expect(outside.map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
  const clipped = [
    ...parts(el, 'topic'),
    ...parts(el, 'card'),
    ...parts(el, 'link'),
    ...parts(el, 'card-title'),
  ].filter((node) => node.scrollWidth > node.clientWidth + 1);
  expect(clipped.map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
}

usePageLang('en');

describe('axe: no violations in any state', () => {
  const states = {
    'nothing selected': html`<city-networks></city-networks>`,
    'one topic selected': html`<city-networks topics="climate"></city-networks>`,
    'several topics selected': html`<city-networks topics="climate culture peace"></city-networks>`,
    'an empty result': html`<city-networks topics="human-rights"></city-networks>`,
    'German, several selected': html`<city-networks
      lang="de"
      topics="economy health"
    ></city-networks>`,
    'the error state': html`<city-networks src="data:application/json,nope"></city-networks>`,
    'the error state in German': html`<city-networks
      lang="de"
      src="/missing.json"
    ></city-networks>`,
  };
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [320, 1280]) {
      for (const [state, widget] of Object.entries(states)) {
        it(`${state}, ${width} px, ${scheme}`, async () => {
          const originalError = console.error;
          console.error = () => {};
          try {
            const el = await renderIn({ width, scheme }, widget);
            if (el.src) await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
            await expect(el).to.be.accessible();
          } finally {
            console.error = originalError;
          }
        });
      }
    }
  }

  it('the loading state, announced politely', async () => {
    const originalFetch = window.fetch;
    window.fetch = () => new Promise(() => {});
    try {
      const el = await renderIn({}, html`<city-networks src="/slow.json"></city-networks>`);
      expect(part(el, 'message').getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('custom data with a text in the other language only', async () => {
    const el = await renderIn({}, html`<city-networks lang="de"></city-networks>`);
    el.networks = [{ ...customNetworks()[0]!, summary: { en: 'English only.' } }];
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('keyboard (2.1.1, 2.1.2, 2.4.3, 2.4.7)', () => {
  it('Tab visits the toggles, "Show all", then every card link, in order; Shift+Tab goes back', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <button id="before">before</button>
        <city-networks topics="peace"></city-networks>
        <button id="after">after</button>
      </div>`,
    );
    const el = page.querySelector('city-networks')!;
    await el.updateComplete;
    page.querySelector<HTMLElement>('#before')!.focus();
    const links = parts(el, 'card').flatMap((card) => [...card.querySelectorAll('a')]);
    const expected = [...parts(el, 'topic'), part(el, 'clear'), ...links];
    expect(await tabWalk(el, expected.length)).to.deep.equal(expected);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(page.querySelector('#after'));
    expect(await tabWalk(el, expected.length, true)).to.deep.equal([...expected].reverse());
  });

  it('keeps focus on the toggle while the cards change under it', async () => {
    const el = await renderIn();
    topicButton(el, 'Health').focus();
    for (const key of [' ', 'Enter', ' ']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(topicButton(el, 'Health'));
    }
    expect(el.selectedTopics).to.deep.equal(['health']);
  });

  it('keeps a toggle, and focus on it, when its topic matches nothing and is unpressed', async () => {
    const el = await renderIn({}, html`<city-networks topics="human-rights"></city-networks>`);
    const toggle = topicButton(el, 'Human rights');
    toggle.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.selectedTopics).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement).to.equal(topicButton(el, 'Human rights'));
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows a focus ring of 3:1 against the ${scheme} background that host CSS cannot remove`, async () => {
      const style = document.createElement('style');
      style.textContent = `city-networks::part(topic), city-networks::part(link) { outline: none !important; }`;
      document.head.append(style);
      try {
        const el = await renderIn({ scheme });
        const before = document.createElement('button');
        el.before(before);
        before.focus();
        await sendKeys({ press: 'Tab' });
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        expect(focused).to.equal(parts(el, 'topic')[0]);
        const ring = getComputedStyle(focused);
        expect(ring.outlineStyle).to.equal('solid');
        expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
        const background = getComputedStyle(el.parentElement!).backgroundColor;
        expect(contrast(ring.outlineColor, background)).to.be.at.least(3);
        before.remove();
      } finally {
        style.remove();
      }
    });
  }
});

describe('screen readers (1.3.1, 4.1.2, 4.1.3, 3.1.2)', () => {
  it('exposes each toggle state through aria-pressed', async () => {
    const el = await renderIn({}, html`<city-networks topics="culture"></city-networks>`);
    const pressed = parts(el, 'topic').filter((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((b) => b.textContent!.trim())).to.deep.equal(['Culture']);
  });

  it('shows the count and announces it in one polite live region, once per click', async () => {
    const el = await renderIn();
    const live = el.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [aria-live]');
    expect(live).to.have.length(1);
    const region = announcement(el);
    expect(region.textContent!.trim(), 'nothing announced at load').to.equal('');
    expect(region.getBoundingClientRect().width, 'visually hidden').to.be.at.most(1);
    let changes = 0;
    const observer = new MutationObserver((records) => (changes += records.length));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    // Changes of the region since the last call: delivered, or still queued.
    const changed = () => {
      const count = changes + observer.takeRecords().length;
      changes = 0;
      return count;
    };
    topicButton(el, 'Climate').click();
    await el.updateComplete;
    const first = changed();
    topicButton(el, 'Peace').click();
    await el.updateComplete;
    const second = changed();
    observer.disconnect();
    expect([first, second].map(Boolean), 'a change per click').to.deep.equal([true, true]);
    expect(region.textContent!.trim()).to.equal(
      expectedCount(idsWithTopics('climate', 'peace').length),
    );
    expect(region.textContent!.trim()).to.equal(part(el, 'count').textContent!.trim());
  });

  it('names the controls and each card with the language they render in, and only text in another language inside', async () => {
    const el = await renderIn({}, html`<city-networks lang="de-AT"></city-networks>`);
    expect(languageOf(part(el, 'filter'))).to.equal('de');
    expect(languageOf(part(el, 'count'))).to.equal('de');
    for (const card of parts(el, 'card')) {
      expect(languageOf(card)).to.equal('de');
      // The built-in data has every text in both languages: nothing inside needs its own lang.
      expect(card.querySelectorAll('[lang]')).to.have.length(0);
    }
  });

  it('puts card headings at heading-level inside list items', async () => {
    const el = await renderIn({}, html`<city-networks heading-level="4"></city-networks>`);
    for (const card of parts(el, 'card')) {
      expect(card.tagName).to.equal('LI');
      expect(card.querySelector('[part~="card-title"]')!.tagName).to.equal('H4');
    }
  });
});

describe('visual (1.4.3, 1.4.4, 1.4.10, 1.4.11, 1.4.12, 2.5.8)', () => {
  it('fits 320 px without horizontal scrolling', async () => {
    const el = await renderIn({ width: 320 });
    expectNoOverflow(el);
  });

  it('fits 320 px in German with several topics selected', async () => {
    const el = await renderIn(
      { width: 320 },
      html`<city-networks lang="de" topics="climate culture"></city-networks>`,
    );
    expectNoOverflow(el);
  });

  it('fits 320 px with a very long unbroken name in custom data', async () => {
    const el = await renderIn({ width: 320 });
    el.networks = [{ ...customNetworks()[0]!, name: { en: 'Städtepartnerschafts'.repeat(6) } }];
    await el.updateComplete;
    expectNoOverflow(el);
  });

  it('fits 640 px with text at 200%', async () => {
    const el = await renderIn({ width: 640, fontSize: '32px' });
    expectNoOverflow(el);
  });

  it('survives the WCAG 1.4.12 text-spacing overrides without clipping', async () => {
    const el = await renderIn({ width: 320 });
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
    expectNoOverflow(el);
    for (const node of [...parts(el, 'topic'), ...parts(el, 'card')]) {
      expect(node.scrollHeight, node.textContent!.slice(0, 40)).to.be.at.most(
        node.clientHeight + 1,
      );
    }
  });

  it('gives every control and link a target of at least 24 × 24 px', async () => {
    const el = await renderIn({ width: 320 });
    for (const target of [...parts(el, 'topic'), part(el, 'clear'), ...parts(el, 'link')]) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.textContent!.trim()).to.be.at.least(24);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps toggle borders at 3:1 against the ${scheme} background (1.4.11)`, async () => {
      const el = await renderIn({ scheme });
      const background = getComputedStyle(el.parentElement!).backgroundColor;
      for (const toggle of parts(el, 'topic')) {
        expect(contrast(getComputedStyle(toggle).borderTopColor, background)).to.be.at.least(3);
      }
    });
  }

  it('shows a pressed toggle by shape too, not by colour alone (1.4.1)', async () => {
    const el = await renderIn({}, html`<city-networks topics="climate"></city-networks>`);
    const mark = (button: HTMLElement) => getComputedStyle(button, '::before').content;
    expect(mark(topicButton(el, 'Climate'))).to.contain('✓');
    expect(mark(topicButton(el, 'Economy'))).to.equal('none');
  });
});

describe('colours without light-dark() (engines from the floor up to Chrome 122, Safari 17.4)', () => {
  /**
   * Applies the stylesheet's own fallback rules, the body of its
   * `@supports not (color: light-dark(…))` block, after the rest, as an
   * engine without light-dark() would: the rules tested are the ones that ship.
   */
  function withoutLightDark(el: CityNetworks) {
    const root = el.shadowRoot!;
    const block = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .find(
        (rule): rule is CSSSupportsRule =>
          rule instanceof CSSSupportsRule && rule.conditionText.includes('light-dark'),
      );
    if (!block) throw new Error('no @supports fallback for light-dark() in the stylesheet');
    const fallback = new CSSStyleSheet();
    fallback.replaceSync([...block.cssRules].map((rule) => rule.cssText).join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, fallback];
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps every colour pair readable on a ${scheme} page, the pressed toggle 3:1 apart from the others`, async () => {
      const el = await renderIn({ scheme }, html`<city-networks topics="climate"></city-networks>`);
      const before = getComputedStyle(topicButton(el, 'Climate')).backgroundColor;
      withoutLightDark(el);
      const page = getComputedStyle(el.parentElement!).backgroundColor;
      const pressed = getComputedStyle(topicButton(el, 'Climate'));
      const plain = getComputedStyle(topicButton(el, 'Economy'));
      const card = getComputedStyle(parts(el, 'card')[0]!);
      const link = getComputedStyle(parts(el, 'link')[0]!);
      // The fallback is what is on show now (system colours, not the light-dark() values).
      expect(toRgb(pressed.backgroundColor)).not.to.equal(toRgb(before));
      expect(contrast(pressed.backgroundColor, plain.backgroundColor)).to.be.at.least(3);
      expect(contrast(pressed.color, pressed.backgroundColor)).to.be.at.least(4.5);
      expect(contrast(plain.color, plain.backgroundColor)).to.be.at.least(4.5);
      expect(contrast(plain.borderTopColor, page)).to.be.at.least(3);
      expect(contrast(card.color, card.backgroundColor)).to.be.at.least(4.5);
      expect(contrast(link.color, card.backgroundColor)).to.be.at.least(4.5);
      expect(contrast(getComputedStyle(part(el, 'count')).color, page)).to.be.at.least(4.5);
      expect(contrast(card.borderTopColor, page)).to.be.at.least(3);
    });
  }
});

describe('media features (Chromium, where they can be emulated)', () => {
  async function emulate(features: Record<string, string>): Promise<boolean> {
    return (await executeServerCommand('emulate-media-features', features)) === true;
  }
  // An empty value ends the emulation of that feature.
  afterEach(() =>
    emulate({ 'forced-colors': '', 'prefers-reduced-motion': '', 'prefers-color-scheme': '' }),
  );

  it('keeps every control and the pressed state visible in forced colours', async function () {
    if (!(await emulate({ 'forced-colors': 'active' }))) this.skip();
    const el = await renderIn({}, html`<city-networks topics="climate"></city-networks>`);
    const pressed = getComputedStyle(topicButton(el, 'Climate'));
    const plain = getComputedStyle(topicButton(el, 'Economy'));
    expect(pressed.backgroundColor).not.to.equal(plain.backgroundColor);
    expect(plain.borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('follows prefers-color-scheme on a page that allows dark', async function () {
    if (!(await emulate({ 'prefers-color-scheme': 'dark' }))) this.skip();
    const el = await renderIn({ scheme: 'light dark' as Scheme });
    const card = getComputedStyle(parts(el, 'card')[0]!);
    expect(contrast(card.backgroundColor, 'rgb(0, 0, 0)')).to.be.below(2);
    await expect(el).to.be.accessible();
  });
});
