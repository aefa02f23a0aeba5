/**
 * Taking over what the server rendered (see `ssr.ts`): a declarative shadow
 * root with the cards, and, for custom data, the dataset as JSON in the light
 * DOM. Browser-only: called as the element connects.
 */

/**
 * Empties a shadow root the server rendered, so the element renders into it
 * afresh (Lit would otherwise render before the cards already there). The
 * element renders in the same task, before the next paint: nothing flashes.
 * Returns a function that, once the element has rendered, gives focus back
 * to the link that had it (before the script, links are all that takes focus).
 */
export function takeOver(root: ShadowRoot): () => void {
  const link = root.activeElement?.closest('a[href]');
  const card = link?.closest<HTMLElement>('[data-network]')?.dataset.network;
  const href = link?.getAttribute('href');
  root.replaceChildren();
  return () => {
    if (!card || !href) return;
    root
      .querySelector<HTMLElement>(
        `[data-network="${CSS.escape(card)}"] a[href="${CSS.escape(href)}"]`,
      )
      ?.focus();
  };
}

/** The selector of the JSON dataset a prerendered element of custom data carries. */
export const EMBEDDED_DATASET = 'script[type="application/json"]';

/** The dataset a prerendered element carries as JSON, if any (not yet validated). */
export function embeddedDataset(host: Element): unknown {
  const script = host.querySelector(`:scope > ${EMBEDDED_DATASET}`);
  if (!script?.textContent) return undefined;
  try {
    return JSON.parse(script.textContent);
  } catch {
    // Validation reports it: an unreadable dataset is no dataset.
    return script.textContent;
  }
}
