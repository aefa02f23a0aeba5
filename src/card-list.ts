import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderCardContent, type CardContext } from './card.js';
import type { Network } from './data/types.js';

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
    card: html`<li part="card" class="card" data-network=${network.id}>
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
