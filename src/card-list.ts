import {
  html,
  isServer,
  noChange,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderCardContent, type CardContext } from './card.js';
import type { Language, Network } from './data/types.js';

/** Cards shown from the top that are current in the first frame after a change: a screenful and more. */
const FIRST_CARDS = 120;
/**
 * Cards whose content renders per frame while the rest catch up: each frame
 * also lays the whole list out again, so fewer, longer frames finish sooner
 * (a language switch at 10,000: 480 a frame, done in 3.4 s; 1,500, 2.6 s).
 */
const CARDS_PER_FRAME = 1000;
/** Up to this many cards shown or hidden, a change shows whole in its first frame. */
const CHANGES_AT_ONCE = 1000;

/** Resolves after the next frame has been rendered. */
export const afterFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** What a card was last rendered with: shown or not, and the network and context of its content, if it has any. */
interface Rendered {
  readonly shown: boolean;
  readonly network?: Network;
  readonly context?: CardContext;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Every card of the dataset, in one list, each rendered once and kept: a
 * change of selection or query only shows and hides cards, and a hidden card
 * keeps its layout (see `.card[hidden]` in styles.ts), so showing thousands
 * again costs a fraction of laying them out anew. A hidden card has no
 * `part="card"`, so `[part~="card"]` finds the cards on show.
 *
 * However long the list, a change shows at once: the first update brings the
 * top of the list (up to the {@link FIRST_CARDS}th card shown) and the cards
 * in view up to date; the others catch up in the frames after. A hidden
 * card's content renders only when it is shown.
 *
 * Every card on show stays rendered, laid out and in the accessibility tree.
 * (No `content-visibility: auto`: Chromium leaves the content it skips out of
 * the accessibility tree, so a screen reader would find only the cards near
 * the viewport.)
 */
export class CardList implements ReactiveController {
  /** Per card, by position: what it was last rendered with. */
  private _rendered: Rendered[] = [];
  /** The context and networks of the last render. */
  private _context?: CardContext;
  private _networks?: readonly Network[];
  private _all = false;
  private _catchingUp = false;
  private _pending = false;
  private readonly _host: Host;

  constructor(host: Host) {
    (this._host = host).addController(this);
  }

  /** Whether every card shows the current state. */
  get complete(): boolean {
    return !this._pending;
  }

  /**
   * Renders every card in the next update, as when taking over cards the
   * server rendered: they are all there already and must not empty out.
   */
  renderAllInNextUpdate(): void {
    this._all = true;
  }

  hostUpdated(): void {
    this._all = this._catchingUp = false;
    if (!this._pending) return;
    // After the frame that shows this update, never before it.
    void afterFrame().then(() => {
      this._catchingUp = true;
      this._host.requestUpdate();
    });
  }

  /** All `networks` in order, those in `shown` on show. */
  render(networks: readonly Network[], shown: readonly Network[], context: CardContext) {
    // role="list": WebKit drops the list role of a <ul> without bullets.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ul class="cards" role="list">
      ${
        isServer
          ? shown.map((network) =>
              this._renderCard(
                network,
                true,
                renderCardContent(network, context),
                context.language,
              ),
            )
          : this._renderCards(networks, new Set(shown), context)
      }
    </ul>`;
  }

  private _renderCards(networks: readonly Network[], shown: Set<Network>, given: CardContext) {
    const rendered = this._rendered;
    // Cards tell a change of context by identity: it stays while nothing in it changes.
    const context = this._stable(given);
    const sameCards = context === this._context && networks === this._networks;
    this._networks = networks;
    this._context = context;
    rendered.length = networks.length;
    // Cards only shown and hidden, and not too many: all at once. Else the
    // top and the cards in view first, then the rest, a frame's worth of
    // content at a time (also while content is still catching up).
    const atOnce =
      this._all ||
      (sameCards && !this._pending && this._visibilityChanges(networks, shown) <= CHANGES_AT_ONCE);
    const topTo = atOnce ? Infinity : positionOfShown(networks, shown);
    // Read while this render has changed nothing yet: the layout is the last frame's.
    const [viewFrom, viewTo] = atOnce ? [0, -1] : this._cardsInView();
    let budget = CARDS_PER_FRAME;
    this._pending = false;
    return networks.map((network, i) => {
      const show = shown.has(network);
      const before = rendered[i];
      // A hidden card's content waits until the card is shown.
      const needsContent = show && (before?.network !== network || before.context !== context);
      if (before && !needsContent && before.shown === show) return noChange;
      const due =
        i <= topTo ||
        (i >= viewFrom && i <= viewTo) ||
        (this._catchingUp && (!needsContent || budget-- > 0));
      if (!due) {
        this._pending = true;
        if (before) return noChange;
        // New, and not yet due: there, hidden and empty, until it is.
        rendered[i] = { shown: false };
        return this._renderCard(network, false, nothing);
      }
      if (!needsContent) {
        rendered[i] = { ...before, shown: show };
        return this._renderCard(
          network,
          show,
          before ? noChange : nothing,
          before?.context?.language,
        );
      }
      rendered[i] = { shown: true, network, context };
      return this._renderCard(network, true, renderCardContent(network, context), context.language);
    });
  }

  /** How many cards a change shows or hides. */
  private _visibilityChanges(networks: readonly Network[], shown: Set<Network>): number {
    const shows = (network: Network, i: number) => this._rendered[i]?.shown !== shown.has(network);
    return networks.filter(shows).length;
  }

  /** A card: its content, and the language that content is in (none while it has none). */
  private _renderCard(network: Network, show: boolean, content: unknown, language?: Language) {
    return html`<li
      lang=${ifDefined(language)}
      part=${ifDefined(show ? 'card' : undefined)}
      class="card"
      data-network=${network.id}
      ?hidden=${!show}
    >
      ${content}
    </li>`;
  }

  /** The context of the last render while nothing in it changed, else the one given. */
  private _stable(context: CardContext): CardContext {
    const before = this._context;
    const same =
      before?.language === context.language &&
      before.headingLevel === context.headingLevel &&
      before.topicLabels === context.topicLabels;
    return same ? before : context;
  }

  /** The first and last position of the cards on show in the viewport, from the layout as it is. */
  private _cardsInView(): readonly [number, number] {
    const cards = this._host.renderRoot.querySelector('.cards')?.children;
    const positions = this._rendered.flatMap((card, i) => (card.shown ? [i] : []));
    if (!cards || !positions.length) return [0, -1];
    const bottom = (k: number) => cards.item(positions[k] ?? -1)?.getBoundingClientRect().bottom;
    // Cards on show are laid out in order: the first whose bottom is below y.
    const firstBelow = (y: number) => {
      let [low, high] = [0, positions.length];
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((bottom(middle) ?? Infinity) <= y) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    const [from, to] = [firstBelow(0), firstBelow(innerHeight)];
    const last = positions.length - 1;
    return from > last ? [0, -1] : [positions[from] ?? 0, positions[Math.min(to, last)] ?? 0];
  }
}

/** The position in `networks` of the {@link FIRST_CARDS}th one shown, or the last position. */
function positionOfShown(networks: readonly Network[], shown: Set<Network>): number {
  let count = 0;
  for (const [i, network] of networks.entries()) {
    if (shown.has(network) && ++count === FIRST_CARDS) return i;
  }
  return networks.length - 1;
}
