import type { ReactiveControllerHost } from 'lit';
import { toggleTopic } from './data/select.js';
import { createEvent, type CityNetworksChangeDetail } from './events.js';
import { countOf, type Count } from './messages.js';
import { TypingPause } from './typing-pause.js';
import { UrlState, type View } from './url-state.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  get selectedTopics(): string[];
  set selectedTopics(topics: readonly string[]);
  query: string;
  readonly urlState: boolean;
}

/**
 * The user's changes of the view (topics and query), taken from the
 * controls' events: put in place, told to the page by `city-networks-change`,
 * announced to screen readers and, with `url-state`, kept in the URL. A click
 * does all of it at once; a search changes the cards and fires the event on
 * every key, and is announced and written to the URL once typing pauses.
 * Back and Forward bring a view back, fire the event and announce the count:
 * they are the user's too. A view the host sets is put in place by the host's
 * own properties, never through here.
 *
 * Its two controllers, the typing pause and the URL, join the host's.
 */
export class ViewChanges {
  private _announced?: Count;
  private readonly _typing: TypingPause;
  private readonly _url: UrlState;

  constructor(
    private readonly _host: Host,
    /** What the host's view shows now, as the change event tells it. */
    private readonly _shown: () => CityNetworksChangeDetail,
  ) {
    // Before the URL's controller: leaving the page ends a search being
    // typed, and its entry is written while the URL is still kept.
    this._typing = new TypingPause(_host, (first) => {
      this._announce();
      this._url.write(first ? 'push' : 'replace');
    });
    this._url = new UrlState(
      _host,
      () => ({ topics: _host.selectedTopics, query: _host.query }),
      (view, fromHistory) => {
        this._typing.cancel();
        this._apply(view, fromHistory);
        // Back and Forward are the user's too: the count they bring is said, as after a click.
        if (fromHistory) this._announce();
      },
    );
  }

  /** What screen readers were last told, if anything: the count after a click, or a pause. */
  get announced(): Count | undefined {
    return this._announced;
  }

  /** Starts or stops keeping the view in the URL, as the host's `urlState` says. */
  syncUrl(): void {
    this._url.sync();
  }

  /** A topic toggle clicked: it carries its topic id in `data-topic`. */
  readonly toggle = (event: Event): void => {
    const { topic } = (event.currentTarget as HTMLElement).dataset;
    if (topic) this._click({ topics: toggleTopic(this._shown().topics, topic) });
  };

  /** "Show all": no topic, no query. */
  readonly clear = (): void => {
    if (this._shown().topics.length || this._host.query) this._click({ topics: [], query: '' });
  };

  /** A key typed into the search field. */
  readonly type = (event: Event): void => {
    this._typing.keystroke();
    this._apply({ query: (event.target as HTMLInputElement).value }, true);
  };

  /** Escape clears the search; in an empty field it is left to the page (a dialog closing). */
  readonly escape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this._host.query) return;
    event.preventDefault();
    this._click({ query: '' });
  };

  /** The search is finished (Enter, or a changed field left): as if typing paused now. */
  readonly finish = (): void => this._typing.pause();

  /** The user left the field: the next search is a new one, with an entry of its own. */
  readonly leave = (): void => this._typing.end();

  /** A click (a toggle, "Show all", Escape in the field): everything at once, a new history entry. */
  private _click(view: Partial<View>): void {
    this._typing.cancel();
    this._apply(view, true);
    this._announce();
    this._url.write('push');
  }

  /** Puts a view in place; the user's fires city-networks-change. */
  private _apply({ topics, query }: Partial<View>, byUser: boolean): void {
    const host = this._host;
    const before = [host.selectedTopics, host.query];
    if (topics) host.selectedTopics = topics;
    if (query !== undefined) host.query = query;
    if (!byUser || (before[0] === host.selectedTopics && before[1] === host.query)) return;
    host.dispatchEvent(createEvent('city-networks-change', this._shown()));
  }

  private _announce(): void {
    this._announced = countOf(this._shown());
    this._host.requestUpdate();
  }
}
