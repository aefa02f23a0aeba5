import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseTopicList } from './data/select.js';

/** What the URL keeps of an instance's view. */
export interface View {
  readonly topics: readonly string[];
  readonly query: string;
}

/** The longest query taken from a URL: a longer one is no search a person typed. */
const MAX_QUERY = 200;

const EMPTY_VIEW: View = { topics: [], query: '' };

/** The keys in use on this page, so that two instances never write over each other's view. */
const claimed = new Map<string, Element>();

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly urlState: boolean;
}

/**
 * Keeps an instance's view (topic selection and query) in the page URL, as
 * the parameters `<key>.topics` and `<key>.query`, where the key is the
 * element's `id`, or `city-networks` without one. A parameter is there only
 * while its value differs from what the host set up (the `topics` and `query`
 * attributes when syncing began), so an untouched view leaves the URL as it
 * was; other parameters and the hash are never touched.
 *
 * The host writes a view with {@link write} after a change of the user's;
 * Back and Forward bring the view of that entry back through `apply`.
 */
export class UrlState implements ReactiveController {
  /** The key this instance keeps its view under, while it does. */
  private _key?: string;
  /** Whether another instance had the key when this one asked: asked again only after a stop. */
  private _refused = false;
  /**
   * The view as the host set it up, when syncing first began: what a URL
   * without our parameters shows (not taken again when the element moves).
   */
  private _default?: View;
  private readonly _host: Host;

  constructor(
    host: Host,
    /** The host's view now. */
    private readonly _view: () => View,
    /** Puts a view from the URL in place; `fromHistory` for Back and Forward. */
    private readonly _apply: (view: Partial<View>, fromHistory: boolean) => void,
  ) {
    (this._host = host).addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this._stop();
  }

  /** Starts or stops keeping the view in the URL, as `urlState` says. */
  sync(): void {
    if (!this._host.urlState) this._stop();
    else if (!this._key && !this._refused && this._host.isConnected) this._start();
  }

  /**
   * Writes the view into the URL: `push` adds a history entry (a toggle, a
   * finished search), `replace` changes the current one (a search refined).
   */
  write(mode: 'push' | 'replace'): void {
    const key = this._key;
    if (!key) return;
    const { topics, query } = this._view();
    const { topics: defaultTopics, query: defaultQuery } = this._default ?? EMPTY_VIEW;
    const search = withParams(location.search, {
      [`${key}.topics`]:
        topics.join(' ') === defaultTopics.join(' ') ? undefined : topics.join(' '),
      [`${key}.query`]: query === defaultQuery ? undefined : query,
    });
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    // The entry's state stays as it is: a host's router may keep its own there.
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private _start(): void {
    const key = this._host.id || 'city-networks';
    const holder = claimed.get(key);
    if (holder && holder !== this._host) {
      this._refused = true;
      console.warn(
        `<city-networks>: another instance keeps its view in the URL as "${key}"; ` +
          'give each instance with url-state its own id.',
      );
      return;
    }
    claimed.set(key, this._host);
    this._key = key;
    this._default ??= this._view();
    addEventListener('popstate', this._onPopState);
    this._apply(this._read(), false);
  }

  private _stop(): void {
    this._refused = false;
    if (!this._key) return;
    if (claimed.get(this._key) === this._host) claimed.delete(this._key);
    this._key = undefined;
    removeEventListener('popstate', this._onPopState);
  }

  private readonly _onPopState = () => {
    this._apply({ ...(this._default ?? EMPTY_VIEW), ...this._read() }, true);
  };

  /** The view the URL holds for this instance: what it has of it, and makes sense. */
  private _read(): Partial<View> {
    const params = new URLSearchParams(location.search);
    const value = (name: string) => {
      const values = params.getAll(`${this._key}.${name}`);
      if (values.length > 1) ignore(`${this._key}.${name}`, values.join(', '), 'given twice');
      return values.length === 1 ? values[0] : undefined;
    };
    const view: { topics?: string[]; query?: string } = {};
    const topics = value('topics');
    // Unknown topic ids are for the element to judge, against its dataset.
    if (topics !== undefined) view.topics = parseTopicList(topics);
    const query = value('query');
    if (query !== undefined && query.length > MAX_QUERY) {
      ignore(`${this._key}.query`, `${query.slice(0, 20)}…`, `longer than ${MAX_QUERY} characters`);
    } else if (query !== undefined) {
      view.query = query;
    }
    return view;
  }
}

function ignore(param: string, value: string, why: string): void {
  console.warn(`<city-networks>: ignoring ${param}=${value} in the URL: ${why}.`);
}

/**
 * A query string with each named parameter set (in its place, or added at the
 * end) or, for `undefined`, removed; every other parameter kept as written.
 */
export function withParams(search: string, values: Record<string, string | undefined>): string {
  const encode = (name: string, value: string) => new URLSearchParams({ [name]: value }).toString();
  const written = new Set<string>();
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .flatMap((pair) => {
      const name = paramName(pair);
      if (name === undefined || !Object.hasOwn(values, name)) return [pair];
      // Once, in the place of the first: a parameter given twice is given once.
      if (written.has(name)) return [];
      written.add(name);
      const value = values[name];
      return value === undefined ? [] : [encode(name, value)];
    });
  for (const [name, value] of Object.entries(values)) {
    if (!written.has(name) && value !== undefined) pairs.push(encode(name, value));
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** The decoded name of a `name=value` pair, or undefined where it cannot be decoded. */
function paramName(pair: string): string | undefined {
  try {
    return decodeURIComponent(pair.replace(/=.*/s, '').replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}
