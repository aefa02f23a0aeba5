import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task } from '@lit/task';
import { afterFrame, CardList } from './card-list.js';
import { fetchDataset } from './data/fetch.js';
import { builtInDataset } from './data/networks.js';
import { queryMatcher, queryWords } from './data/search.js';
import { filterTopics, parseTopicList, selectNetworks, toggleTopic } from './data/select.js';
import type { Dataset, Network } from './data/types.js';
import { DatasetError, readDataset } from './data/validate.js';
import { createEvent } from './events.js';
import { sameItems } from './same-items.js';
import { renderFilterBar } from './filter-bar.js';
import { renderSearchField } from './search-field.js';
import { UrlState, type View } from './url-state.js';
import { LanguageController } from './language-controller.js';
import { embeddedDataset, takeOver } from './prerendered.js';
import { inLanguage, msg, str } from './localization.js';
import { styles } from './styles.js';
import { VERSION } from './version.js';

type Status = 'ready' | 'loading' | 'error';

/** How long typing must pause before the count is announced and the URL written, in ms. */
const TYPING_PAUSE = 700;

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
 * @csspart count - The live result count.
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
    src: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    search: { type: Boolean, reflect: true },
    query: {
      reflect: true,
      noAccessor: true,
      converter: { toAttribute: (query: string) => query || null },
    },
    urlState: { attribute: 'url-state', type: Boolean },
    networks: { attribute: false, noAccessor: true },
    data: { state: true, attribute: false },
    status: { state: true, attribute: false },
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
   * The networks in use. Setting it replaces the dataset; it is validated like
   * `src`. `null` or `undefined` (a framework removing the prop) brings the
   * built-in dataset back. `src` keeps its value: whichever of the two was set
   * last is in use, and without `src` the networks set are. Setting the same
   * value again changes nothing.
   */
  get networks(): readonly Network[] {
    return this.data.networks;
  }
  set networks(value: readonly Network[] | null | undefined) {
    // Frameworks set their props again on every render: the same value again
    // changes nothing (it neither validates anew nor overrides a later src).
    if (value === this._networksSet) return;
    this._networksSet = value;
    this._fromSrc.abort();
    this._use(value ?? builtInDataset);
  }

  /** The value last given to `networks`, as given. */
  private _networksSet?: readonly Network[] | null;
  private data: Dataset = builtInDataset;
  private status: Status = 'ready';

  private readonly _language = new LanguageController(this);
  private readonly _cards = new CardList(this);
  private readonly _url = new UrlState(
    this,
    () => ({ topics: this.selectedTopics, query: this.query }),
    (view, fromHistory) => {
      // The view of another entry: a search still being typed is over.
      clearTimeout(this._typing);
      this._typing = undefined;
      this._searchInHistory = false;
      this._applyView(view, fromHistory);
    },
  );
  /**
   * The dataset `src` names, fetched when `src` changes (in the update's
   * hostUpdate, before render) and aborted when it changes again, when
   * `networks` is set or when the element leaves the page.
   */
  private readonly _fromSrc = new Task(this, {
    // No src is no src, whether null, undefined (a framework's removed prop) or empty.
    args: () => [this.src || null] as const,
    // Without src the dataset is the built-in one: nothing to run at first.
    // (The value is the JSON as fetched, validated by _use.)
    initialValue: builtInDataset as unknown,
    task: ([src], { signal }) => {
      // Without src, the dataset is the one `networks` was given, else the built-in one.
      if (!src) return this._networksSet ?? builtInDataset;
      // The task starts in hostUpdate, before this update renders: the
      // loading message shows in the same update that brought the new src.
      this.status = 'loading';
      // Removed before this update ran (a framework unmounting it at once):
      // no request now; connectedCallback starts the load on return.
      if (!this.isConnected) throw new DOMException('Not on the page', 'AbortError');
      return fetchDataset(src, signal);
    },
    onComplete: (json) => this._use(json),
    onError: (error) => {
      if ((error as Error).name !== 'AbortError') {
        this._fail(`could not load ${this.src}: ${(error as Error).message}`);
      }
    },
  });
  /** The unknown topic ids last warned about, so each warning is given once. */
  private _warnedUnknown = '';
  /** Gives focus back to the prerendered link that had it, once the cards are rendered. */
  private _restoreFocus?: () => void;

  /** The networks the selection and query show, derived in willUpdate for render. */
  private _shown: readonly Network[] = [];
  /** Tells whether a network holds a query's words; made anew for each dataset. */
  private _matches = queryMatcher(builtInDataset.topics);
  /**
   * What the live count says. While the user types it stays as it was, and
   * says the new count once typing pauses: one announcement, not one a key.
   */
  private _counted = { shown: 0, query: '' };
  /** Pending while the user types; fires when typing pauses. */
  private _typing?: ReturnType<typeof setTimeout>;
  /** Whether this search has written its history entry (later pauses replace it). */
  private _searchInHistory = false;
  /**
   * Topics offered because they were selected, though no network uses them.
   * They stay after being unselected, so a focused toggle never vanishes.
   */
  private _offeredBySelection = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    // A prerendered element of custom data carries the dataset the server
    // showed; the built-in one would replace its cards.
    if (!this.hasUpdated && !this.src && this.data === builtInDataset) {
      const embedded = embeddedDataset(this);
      if (embedded !== undefined) this.networks = embedded as Network[];
    }
    // A load cut short by leaving the page starts again on return.
    if (this.status === 'loading') void this._fromSrc.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._fromSrc.abort();
    clearTimeout(this._typing);
    this._typing = undefined;
  }

  /**
   * The shadow root, taken over from the server's rendering (declarative
   * shadow DOM) where there is one: emptied and rendered afresh, every card
   * at once, as the server rendered them all.
   */
  protected override createRenderRoot() {
    if (this.shadowRoot) {
      this._restoreFocus = takeOver(this.shadowRoot);
      this._cards.renderAllInNextUpdate();
    }
    return super.createRenderRoot();
  }

  protected override firstUpdated(): void {
    this._restoreFocus?.();
    this._restoreFocus = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A private property: PropertyValues<this> only types the public ones.
    if (changed.has('urlState')) this._url.sync();
    if ((changed as PropertyValues).has('data')) {
      this._offeredBySelection = new Set();
      this._matches = queryMatcher(this.data.topics);
    }
    const selection = this._selection;
    for (const topic of selection) this._offeredBySelection.add(topic);
    this._shown = this._select(selection, this.query);
    if (!this._typing) this._counted = { shown: this._shown.length, query: this.query.trim() };
    // Unknown ids are judged against the dataset in use, so not while one loads.
    if (this.status === 'ready') this._warnUnknownTopics();
  }

  /** Resolves once every card shows the current state, far down the list too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!this._cards.complete) {
      await afterFrame();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render() {
    const { language } = this._language;
    return inLanguage(language, () => {
      // The card list stays in the same place while a dataset loads or
      // fails (then empty), so it always knows what it shows.
      const ready = this.status === 'ready';
      const cards = this._cards.render(ready ? this.data.networks : [], this._shown, {
        language,
        headingLevel: this.headingLevel,
        topicLabels: this.data.topics,
      });
      // Each card carries the language it was rendered in, so that a change of
      // language restyles the cards as they catch up, not all of them at once.
      return html`<div class="root">
        <div class="top" lang=${language}>${this._renderTop()}</div>
        ${cards}
      </div>`;
    });
  }

  /** The loading or error message, or the filter bar and, if nothing matches, a message. */
  private _renderTop() {
    if (this.status === 'loading') {
      return this._renderMessage(msg('Loading city networks…', { id: 'loading' }), 'status');
    }
    if (this.status === 'error') {
      return this._renderMessage(
        msg('The list of city networks could not be loaded.', { id: 'load-error' }),
        'alert',
      );
    }
    const empty = this._shown.length ? nothing : this._renderMessage(this._noMatchText());
    const search = this.search
      ? renderSearchField({
          query: this.query,
          onInput: this._onSearchInput,
          onKeyDown: this._onSearchKeyDown,
          onChange: this._searchPaused,
          onBlur: this._onSearchBlur,
        })
      : nothing;
    return html`${search}${this._renderFilter()}${empty}`;
  }

  /** Why no card shows: the query, the topics, or both. */
  private _noMatchText(): string {
    const query = this.query.trim();
    if (!query) return msg('No network matches the selected topics.', { id: 'no-match' });
    return this._selection.length
      ? msg(str`No network matches “${query}” in the selected topics.`, {
          id: 'no-match-query-topics',
          desc: 'Shown when no network matches the search text and the selected topics',
        })
      : msg(str`No network matches “${query}”.`, {
          id: 'no-match-query',
          desc: 'Shown when no network matches the search text',
        });
  }

  private _renderFilter() {
    const { networks, topics } = this.data;
    const selection = this._selection;
    return renderFilterBar({
      language: this._language.language,
      topics: filterTopics(Object.keys(topics), networks, [...this._offeredBySelection]),
      selected: new Set(selection),
      topicLabels: topics,
      shown: this._counted.shown,
      query: this._counted.query,
      total: networks.length,
      onToggle: this._onToggle,
      onClear: this._onClear,
    });
  }

  private _renderMessage(text: string, role?: 'status' | 'alert') {
    return html`<p part="message" class="message" role=${ifDefined(role)}>${text}</p>`;
  }

  private readonly _onToggle = (event: Event) => {
    const { topic } = (event.currentTarget as HTMLElement).dataset;
    if (topic) this._change({ topics: toggleTopic(this._selection, topic) });
  };

  /** "Show all": no topic, no query. */
  private readonly _onClear = () => {
    if (this._selection.length || this.query) this._change({ topics: [], query: '' });
  };

  private readonly _onSearchInput = (event: Event) => {
    this._change({ query: (event.target as HTMLInputElement).value }, 'typing');
  };

  /** Escape clears the search; in an empty field it is left to the page (a dialog closing). */
  private readonly _onSearchKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.query) return;
    event.preventDefault();
    this._change({ query: '' });
  };

  /** Typing has paused, or the search is over: the count says it, the URL keeps it. */
  private readonly _searchPaused = () => {
    if (!this._typing) return;
    clearTimeout(this._typing);
    this._typing = undefined;
    this.requestUpdate();
    this._url.write(this._searchInHistory ? 'replace' : 'push');
    this._searchInHistory = true;
  };

  /** Leaving the field ends this search: the next one gets its own history entry. */
  private readonly _onSearchBlur = () => {
    this._searchPaused();
    this._searchInHistory = false;
  };

  /**
   * A change of the user's: applied, reflected, announced by an event, and
   * kept in the URL: at once for a click, once typing pauses for a search.
   */
  private _change(view: Partial<View>, how: 'click' | 'typing' = 'click'): void {
    if (how === 'typing') {
      clearTimeout(this._typing);
      this._typing = setTimeout(this._searchPaused, TYPING_PAUSE);
    } else {
      clearTimeout(this._typing);
      this._typing = undefined;
      this._searchInHistory = false;
    }
    this._applyView(view, true);
    if (how === 'click') this._url.write('push');
  }

  /** Puts a view in place; the user's (a click, a key, Back or Forward) fires city-networks-change. */
  private _applyView({ topics, query }: Partial<View>, byUser: boolean): void {
    const before = [this.selectedTopics.join(' '), this.query];
    if (topics) this.selectedTopics = topics;
    if (query !== undefined) this.query = query;
    if (!byUser || sameItems(before, [this.selectedTopics.join(' '), this.query])) return;
    const { networks } = this.data;
    const shown = this._select(this._selection, this.query).length;
    const detail = { topics: this._selection, query: this.query, shown, total: networks.length };
    this.dispatchEvent(createEvent('city-networks-change', detail));
  }

  /** The networks that topics and query show. */
  private _select(topics: readonly string[], query: string): readonly Network[] {
    const words = queryWords(query);
    const matches = words.length ? (network: Network) => this._matches(network, words) : undefined;
    return selectNetworks(this.data.networks, topics, matches);
  }

  /** The selected topics that the dataset in use has labels for. */
  private get _selection(): string[] {
    return this.selectedTopics.filter((topic) => Object.hasOwn(this.data.topics, topic));
  }

  private _warnUnknownTopics(): void {
    const unknown = this.selectedTopics
      .filter((topic) => !Object.hasOwn(this.data.topics, topic))
      .join(', ');
    if (unknown && unknown !== this._warnedUnknown) {
      console.warn(`<city-networks>: ignoring unknown topics: ${unknown}`);
    }
    this._warnedUnknown = unknown;
  }

  /** Validates a dataset and puts it in use, or shows the error. */
  private _use(input: unknown): void {
    if (input === builtInDataset) {
      this.data = builtInDataset;
      this.status = 'ready';
      return;
    }
    try {
      const { dataset, rejected } = readDataset(input, builtInDataset.topics);
      if (rejected.length)
        console.warn(`<city-networks>: left out invalid networks: ${rejected.join('; ')}`);
      this.data = dataset;
      this.status = 'ready';
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      this._fail(error.message);
    }
  }

  private _fail(message: string): void {
    this.status = 'error';
    this.data = { topics: builtInDataset.topics, networks: [] };
    console.error(`<city-networks>: ${message}`);
    this.dispatchEvent(createEvent('city-networks-error', { message }));
  }
}
