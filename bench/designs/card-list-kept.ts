import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderCardContent, type CardContext } from '../../src/card.js';
import type { Network } from '../../src/data/types.js';

/**
 * Design (b), for the bench only: every card of the dataset is built once
 * and kept; the ones the view hides get `hidden`, which is `display: none`
 * (`[hidden]` in styles.ts: an !important rule inside the shadow root, so
 * no host `::part()` rule can show them again). Their inner parts stay in the DOM, unpainted.
 */
export function renderCardList(
  shown: readonly Network[],
  context: CardContext,
  networks: readonly Network[],
): TemplateResult {
  const onShow = new Set(shown);
  const cards = networks.map((network) => {
    const show = onShow.has(network);
    return {
      id: network.id,
      card: html`<li
        part=${show ? 'card' : nothing}
        class="card"
        data-network=${network.id}
        ?hidden=${!show}
      >
        ${renderCardContent(network, context)}
      </li>`,
    };
  });
  // eslint-disable-next-line lit-a11y/no-redundant-role
  return html`<ul class="cards" role="list">
    ${repeat(
      cards,
      ({ id }) => id,
      ({ card }) => card,
    )}
  </ul>`;
}
