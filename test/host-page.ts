import { waitUntil } from '@open-wc/testing';
import type { CityNetworks } from '../src/index.js';

/** What test/fixtures/report.js collects in a host page. */
export interface Report {
  errors: string[];
  violations: string[];
  notes: string[];
}

export type HostWindow = Window & typeof globalThis & { report: Report; hostReady?: boolean };

/**
 * A host page from test/fixtures in an iframe: its own document, custom
 * element registry and CSP, the way a real page loads the built file. With
 * `scripts: false` the page runs no script at all, as in a browser with
 * JavaScript turned off (a sandbox without allow-scripts; same origin, so the
 * test can still look at it).
 */
export async function loadHostPage(path: string, width = 1024, { scripts = true } = {}) {
  const iframe = document.createElement('iframe');
  if (!scripts) iframe.sandbox.add('allow-same-origin');
  iframe.style.width = `${width}px`;
  iframe.style.height = '768px';
  document.body.append(iframe);
  await new Promise((resolve) => {
    iframe.addEventListener('load', resolve, { once: true });
    iframe.src = path;
  });
  const page = iframe.contentWindow as HostWindow;
  return { iframe, page, document: page.document };
}

/** Waits until a widget has rendered `count` cards. */
export async function cardsShown(el: CityNetworks, count: number, what = 'the widget') {
  await waitUntil(
    () => el.shadowRoot?.querySelectorAll('[part~="card"]').length === count,
    `${what} did not render ${count} cards`,
    { timeout: 5000 },
  );
}

export const countText = (el: CityNetworks) =>
  el.shadowRoot!.querySelector('[part~="count"]')!.textContent!.trim();

export function removeHostPages() {
  document.querySelectorAll('iframe').forEach((iframe) => iframe.remove());
}
