import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderCardContent, type CardContext } from './card.js';
import type { Network } from './data/types.js';
import { moreText } from './messages.js';

/**
 * The cards on show, keyed by network id: a change adds and removes cards,
 * and a card that stays keeps its DOM. A card the selection or the query
 * hides is not in the DOM at all, so no host style, focus, find-in-page or
 * accessibility tree can reach it; every card on show is complete and laid
 * out. Chosen by measurement (docs/card-list.md).
 */
export function renderCardList(shown: readonly Network[], context: CardContext): TemplateResult {
  // Made here, inside the render's language scope (msg() answers in it):
  // repeat() calls its template function later, when it commits.
  const cards = shown.map((network) => ({
    id: network.id,
    card: html`<li part="card" data-network=${network.id}>
      ${renderCardContent(network, context)}
    </li>`,
  }));
  // role="list": WebKit drops the list role of a <ul> without bullets.
  // eslint-disable-next-line lit-a11y/no-redundant-role
  return html`<ul class="cards" role="list">
    ${repeat(
      cards,
      ({ id }) => id,
      ({ card }) => card,
    )}
  </ul>`;
}

/**
 * The networks a preselection hides (of `networks`, those not `shown`),
 * after the cards on show, in a closed
 * `<details>`: server-rendered only, for a page that runs no script, where
 * no toggle can bring them back. Its style shows it only there (`--_more`,
 * set by the snippet's `<noscript>` style); the element never renders it.
 */
export function renderMoreNetworks(
  networks: readonly Network[],
  shown: readonly Network[],
  context: CardContext,
) {
  const hidden = networks.filter((network) => !shown.includes(network));
  if (!hidden.length) return nothing;
  return html`<details class="more">
    <summary>${moreText(hidden.length, context.language)}</summary>
    ${renderCardList(hidden, context)}
  </details>`;
}
