import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { CityNetworks } from '../src/index.js';

/** Queries inside the element's shadow root by part name. */
export function parts(el: CityNetworks, part: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
}

export function part(el: CityNetworks, name: string): HTMLElement {
  const [found] = parts(el, name);
  if (!found) throw new Error(`no part "${name}"`);
  return found;
}

/** The polite live region that tells screen readers the count (not a part: nothing to style). */
export function announcement(el: CityNetworks): HTMLElement {
  const region = el.shadowRoot!.querySelector<HTMLElement>('[role="status"]');
  if (!region) throw new Error('no live region');
  return region;
}

/**
 * Waits until `condition` holds, polling, for as long as a busy machine may
 * need: a typing pause alone is 0.7 s. Fails with `message` after 5 s.
 */
export const eventually = (condition: () => boolean, message: string) =>
  waitUntil(condition, message, { timeout: 5000 });

/** The language an element of the shadow root is in: its own `lang` or the nearest one above. */
export function languageOf(element: Element): string | undefined {
  return element.closest('[lang]')?.getAttribute('lang') ?? undefined;
}

/** The ids of the cards on show, in order. */
export function shownIds(el: CityNetworks): string[] {
  return parts(el, 'card').map((card) => card.dataset.network!);
}

/** The topic toggle whose visible label is `label`. */
export function topicButton(el: CityNetworks, label: string): HTMLButtonElement {
  const button = parts(el, 'topic').find((b) => b.textContent!.trim() === label);
  if (!button) throw new Error(`no topic button "${label}"`);
  return button as HTMLButtonElement;
}

export async function renderWidget(template = html`<city-networks></city-networks>`) {
  const el = await fixture<CityNetworks>(template);
  await el.updateComplete;
  return el;
}

/** Waits until the element has rendered after a change made outside Lit (a `lang` attribute). */
export async function settled(el: CityNetworks): Promise<void> {
  // Mutation observers run as a microtask; the update they request follows.
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

export { oneEvent };

/** The built-in dataset as tests expect it: its size, ids and counts, never written out. */
export { ALL_IDS, TOTAL, expectedCount, idsWithTopics, withTopics } from './built-in.js';

/**
 * Registers hooks that restore `<html lang>` after each test of the
 * enclosing suite, and set it to `lang` before each, when given.
 */
export function usePageLang(lang?: string) {
  let before: string | null;
  beforeEach(() => {
    before = document.documentElement.getAttribute('lang');
    if (lang) document.documentElement.setAttribute('lang', lang);
  });
  afterEach(() => {
    if (before === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', before);
  });
}

/** A small, valid custom dataset. */
export function customNetworks() {
  return [
    {
      id: 'alpha',
      name: { de: 'Alpha-Netz', en: 'Alpha network' },
      summary: { de: 'Über Alpha.', en: 'About alpha.' },
      topics: ['climate'],
      links: { website: 'https://alpha.example' },
    },
    {
      id: 'beta',
      name: { de: 'Beta-Netz', en: 'Beta network' },
      summary: { de: 'Über Beta.', en: 'About beta.' },
      topics: ['culture', 'economy'],
    },
  ];
}
