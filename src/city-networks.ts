import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { renderCardList, renderMoreNetworks } from './card-list.js';
import { parseTopicList } from './data/select.js';
import type { Dataset, Network } from './data/types.js';
import { DatasetController } from './dataset-controller.js';
import { renderFilterBar } from './filter-bar.js';
import { LanguageController } from './language-controller.js';
import { inLanguage } from './localization.js';
import type { CityNetworksChangeDetail } from './events.js';
import { countOf, renderNoMatch, renderStatusMessage } from './messages.js';
import { takeOver } from './prerendered.js';
import { sameItems } from './same-items.js';
import { renderSearchField } from './search-field.js';
import { styles } from './styles.js';
import { VERSION } from './version.js';
import { ViewChanges } from './view-changes.js';
import { unknownTopicsWarning, ViewDeriver, type View } from './view.js';

/**
 * Berlin's international city networks as cards with topic filters, in
 * German or English. Whatever the host writes inside the element is its
 * no-script fallback: shown where scripts do not run, out of sight once the
 * element renders (its shadow root has no slot).
 *
 * @summary Berlin's international city networks as filterable cards.
 *
 * @attribute lang - Language of this instance, `de` or `en`. Without it, the nearest ancestor's
 * `lang` (across shadow roots), `<html lang>`, then the browser's languages; followed live.
 * @attribute topics - Selected topic ids, space- or comma-separated (property `selectedTopics`).
 * @attribute src - URL of a JSON dataset that replaces the built-in one.
 * @attribute heading-level - Level of the card headings, 2 to 6 (property `headingLevel`).
 * @attribute search - Shows a search field.
 * @attribute query - The search text; narrows the cards together with the topics.
 * @attribute url-state - Keeps the selection and the query in the page URL (property `urlState`).
 *
 * @fires city-networks-change - The user changed the topic selection or the query (Back and Forward
 * included). Detail: `{ topics, query, shown, total }`.
 * @fires city-networks-error - A dataset from `src` or `networks` cannot be used. Detail: `{ message }`.
 *
 * @csspart filter - The group of topic toggles.
 * @csspart topic - Each topic toggle: a native button with `aria-pressed`.
 * @csspart clear - The button that clears the selection.
 * @csspart count - The result count, current with every change (announced apart, politely).
 * @csspart search - The search field: an `<input type="search">` with a label.
 * @csspart card - Each card; carries `data-network` with the network's id.
 * @csspart card-title - The card's heading.
 * @csspart link - Each link on a card.
 * @csspart message - The loading, empty or error message.
 *
 * @cssprop [--city-networks-accent=#c8102e] - Accent: pressed toggles, card edge, links.
 * @cssprop [--city-networks-on-accent=#fff] - Text on the accent colour.
 * @cssprop [--city-networks-text=#1a1a1a] - Text colour.
 * @cssprop [--city-networks-muted=#5c5c5c] - Secondary text: count, topics, facts.
 * @cssprop [--city-networks-surface=#fff] - Background of cards and toggles.
 * @cssprop [--city-networks-border=#767676] - Borders of cards and toggles.
 * @cssprop [--city-networks-radius=0.5em] - Corner radius of cards.
 * @cssprop [--city-networks-gap=1em] - Space between cards.
 * @cssprop [--city-networks-card-min-width=16em] - Narrowest a card gets before the grid reflows.
 * @cssprop [--city-networks-focus-ring=var(--city-networks-text)] - Colour of the keyboard focus outline; the text colour unless set.
 */
export class CityNetworks extends LitElement {
  static override styles = styles;

  /** The version of this copy, so a second copy on the page can tell. */
  static readonly version = VERSION;

  // Declared here rather than with decorators: no decorator transform, in
  // any tool, stands between the source and the browser.
  static override properties = {
    selectedTopics: {
      attribute: 'topics',
      reflect: true,
      noAccessor: true,
      converter: {
        fromAttribute: parseTopicList,
        toAttribute: (topics: string[]) => (topics.length ? topics.join(' ') : null),
      },
    },
    // Every set counts, the same value too: after a failure, that is a retry.
    src: { reflect: true, hasChanged: () => true },
    headingLevel: { attribute: 'heading-level', type: Number },
    search: { type: Boolean, reflect: true },
    query: {
      reflect: true,
      noAccessor: true,
      converter: { toAttribute: (query: string) => query || null },
    },
    urlState: { attribute: 'url-state', type: Boolean },
    networks: { attribute: false, noAccessor: true },
  };

  /**
   * Selected topic ids (attribute `topics`, space- or comma-separated). Empty
   * shows every network; `null` or `undefined` (a framework removing the prop)
   * selects nothing.
   */
  get selectedTopics(): string[] {
    return this._selectedTopics;
  }
  set selectedTopics(value: readonly string[] | null | undefined) {
    const topics: string[] = Array.isArray(value) ? [...value] : [];
    // Frameworks set their props again on every render: the same topics change nothing.
    if (sameItems(topics, this._selectedTopics)) return;
    const old = this._selectedTopics;
    this._selectedTopics = topics;
    this.requestUpdate('selectedTopics', old);
  }
  private _selectedTopics: string[] = [];

  /** URL of a JSON dataset that replaces the built-in one. */
  src: string | null = null;

  /** Level of the card headings, 2 to 6. */
  headingLevel = 3;

  /** Shows a search field (attribute `search`). */
  search = false;

  /**
   * The search text (attribute `query`): the cards shown hold every word of
   * it, in either language, whatever the case, accents or ß/ss. `null` or
   * `undefined` is no query.
   */
  get query(): string {
    return this._query;
  }
  set query(value: string | null | undefined) {
    const query = String(value ?? '');
    if (query === this._query) return;
    const old = this._query;
    this._query = query;
    this.requestUpdate('query', old);
  }
  private _query = '';

  /**
   * Keeps the selection and the query in the page URL (attribute
   * `url-state`), so that a shared link opens the same view, and Back and
   * Forward step through the user's changes. Parameters `<id>.topics` and
   * `<id>.query`, or `city-networks.…` for an element without an `id`.
   */
  urlState = false;

  /**
   * The networks in use. Setting it (networks, or a dataset with its topic
   * labels) replaces the dataset, validated like `src`; `null` or `undefined`
   * brings the built-in one back. Whichever of `src` and `networks` was set
   * last is in use. (The setter comes first: lit-analyzer types by it.)
   */
  set networks(value: readonly Network[] | Dataset | null | undefined) {
    // Frameworks set their props again on every render: the same value again
    // changes nothing (it neither validates anew nor overrides a later src).
    if (value !== this._dataset.given) this._dataset.give(value);
  }
  get networks(): readonly Network[] {
    return this._dataset.dataset.networks;
  }

  private readonly _language = new LanguageController(this);
  private readonly _dataset = new DatasetController(this);
  private readonly _views = new ViewDeriver();
  /** What is on show, derived in willUpdate for render. */
  private _view!: View;
  private readonly _changes = new ViewChanges(this, () => this._summary());
  private readonly _warnUnknownTopics = unknownTopicsWarning();
  /** Gives focus back to the prerendered link that had it, once the cards are rendered. */
  private _restoreFocus?: () => void;

  /** The shadow root, taken over from the server's rendering (declarative shadow DOM) where there is one. */
  protected override createRenderRoot() {
    if (this.shadowRoot) this._restoreFocus = takeOver(this.shadowRoot);
    return super.createRenderRoot();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this._dataset.srcSet();
    if (changed.has('urlState')) this._changes.syncUrl();
    this._view = this._derive();
  }

  protected override firstUpdated(): void {
    this._restoreFocus?.();
    this._restoreFocus = undefined;
  }

  protected override updated(): void {
    // Unknown ids are judged against the data in use, not while a src loads that may define them.
    if (this._dataset.status === 'ready') this._warnUnknownTopics(this._view.unknown);
  }

  protected override render() {
    const { language } = this._language;
    return inLanguage(
      language,
      () =>
        html`<div class="root" lang=${language}>${this._renderTop()}${this._renderCards()}</div>`,
    );
  }

  /** The loading or error message, and unless no data is on show, the search, the filter bar and, if nothing matches, a message. */
  private _renderTop() {
    const { status, dataset } = this._dataset;
    const message = renderStatusMessage(status);
    if (!dataset.networks.length) return message;
    const { selection, offered, shown } = this._view;
    const search = this.search
      ? renderSearchField({
          query: this.query,
          onInput: this._changes.type,
          onKeyDown: this._changes.escape,
          onChange: this._changes.finish,
          onBlur: this._changes.leave,
        })
      : nothing;
    const filter = renderFilterBar({
      language: this._language.language,
      topics: offered,
      selected: new Set(selection),
      topicLabels: dataset.topics,
      count: countOf(this._summary()),
      announced: this._changes.announced,
      onToggle: this._changes.toggle,
      onClear: this._changes.clear,
    });
    const empty = shown.length ? nothing : renderNoMatch(this.query, selection.length > 0);
    return html`${message}${search}${filter}${empty}`;
  }

  private _renderCards() {
    const { dataset } = this._dataset;
    const { shown } = this._view;
    const { language } = this._language;
    const context = { language, headingLevel: this.headingLevel, topicLabels: dataset.topics };
    const cards = renderCardList(shown, context);
    // Prerendered: what the preselection hides stays within reach of a page without script.
    return isServer ? html`${cards}${renderMoreNetworks(dataset.networks, shown, context)}` : cards;
  }

  /** What the view shows, as `city-networks-change` tells it (and the count says it). */
  private _summary(): CityNetworksChangeDetail {
    const { selection, shown } = this._derive();
    const total = this.networks.length;
    return { topics: [...selection], query: this.query, shown: shown.length, total };
  }

  /** The view of the current dataset, selection and query: derived once per change. */
  private _derive(): View {
    return this._views.derive(this._dataset.dataset, this.selectedTopics, this.query);
  }
}
