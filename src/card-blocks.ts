import {
  html,
  isServer,
  noChange,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import { renderCard, type CardContext } from './card.js';
import type { Network } from './data/types.js';
import { sameItems } from './same-items.js';

/**
 * Cards per block: a multiple of every column count up to 6, and of 8, 10
 * and 12, so a full block never leaves a gap in the grid.
 */
const BLOCK_SIZE = 120;
/** Blocks that catch up per frame after the first. */
const BLOCKS_PER_FRAME = 8;

/** Resolves after the next frame has been rendered. */
export const afterFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * The shown cards in blocks of {@link BLOCK_SIZE}, each its own list and a
 * grid with the same columns, so that a change shows at once however long
 * the list: it renders the first block in its own update (the top of the
 * list is what shows under the filter); the others catch up a few per
 * frame, from the top. Until then they show what they showed.
 *
 * Every card stays rendered, laid out and in the accessibility tree. (No
 * `content-visibility: auto`, which would skip the layout of blocks off
 * screen: Chromium leaves skipped content out of the accessibility tree,
 * so a screen reader would find only the cards near the viewport.)
 *
 * Blocks are positional: block 2 holds the 241st to 360th card on show, so
 * the grid has no gaps whatever the filter. Blocks the selection no longer
 * fills are hidden, and go when every block has caught up.
 */
export class CardBlocks implements ReactiveController {
  /**
   * Blocks, from the top, that render the current state in this update. On
   * the server, where no update runs hostUpdate and no frames catch up, all.
   */
  private _due = isServer ? Infinity : 0;
  /** What each block was last rendered with: language, heading level, labels, then its networks. */
  private _rendered: unknown[][] = [];
  private _catchingUp = false;
  private _allInNextUpdate = false;
  private readonly _host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    (this._host = host).addController(this);
  }

  /** Whether every block shows the current state. */
  get complete(): boolean {
    return this._due >= this._rendered.length;
  }

  /**
   * Renders every block in the next update, as when taking over cards the
   * server rendered: they are all there already and must not empty out.
   */
  renderAllInNextUpdate(): void {
    this._allInNextUpdate = true;
  }

  hostUpdate(): void {
    if (this._allInNextUpdate) this._due = Infinity;
    else this._due = this._catchingUp ? this._due + BLOCKS_PER_FRAME : 1;
    this._catchingUp = this._allInNextUpdate = false;
  }

  hostUpdated(): void {
    if (this.complete) return;
    // After the frame that shows this update, never before it.
    void afterFrame().then(() => {
      this._catchingUp = true;
      this._host.requestUpdate();
    });
  }

  render(networks: readonly Network[], context: CardContext) {
    const { language, headingLevel, topicLabels } = context;
    const needed = Math.ceil(networks.length / BLOCK_SIZE);
    // Blocks past the last one needed stay, hidden, until every block is due.
    const count = this.complete ? needed : Math.max(needed, this._rendered.length);
    this._rendered.length = count;
    const blocks = Array.from({ length: count }, (_, i) => {
      const cards = networks.slice(i * BLOCK_SIZE, (i + 1) * BLOCK_SIZE);
      const shows = [language, headingLevel, topicLabels, ...cards];
      const rendered = this._rendered[i] ?? [];
      // A block renders when it is due and what it shows has changed; otherwise
      // noChange keeps its cards as they are, without Lit looking into them.
      const renders = i < this._due && !sameItems(rendered, shows);
      this._rendered[i] = renders ? shows : rendered;
      // role="list": WebKit drops the list role of a <ul> without bullets.
      // eslint-disable-next-line lit-a11y/no-redundant-role
      return html`<ul class="block" role="list" ?hidden=${!cards.length}>
        ${renders ? cards.map((network) => renderCard(network, context)) : noChange}
      </ul>`;
    });
    return html`<div class="cards">${blocks}</div>`;
  }
}
