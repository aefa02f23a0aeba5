import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchDataset } from './data/fetch.js';
import { builtInDataset } from './data/networks.js';
import type { Dataset } from './data/types.js';
import { DatasetError, readDataset } from './data/validate.js';
import { createEvent } from './events.js';
import { embeddedDataset } from './prerendered.js';

export type DatasetStatus = 'ready' | 'loading' | 'error';

/** What shows before any dataset could be used: no network. */
const NO_NETWORKS: Dataset = { topics: builtInDataset.topics, networks: [] };

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly src: string | null;
  readonly hasUpdated: boolean;
}

/**
 * The dataset an element shows: the built-in one, the one `networks` was
 * given, or the one `src` names (whichever was set last), validated. Data on
 * show stays there while another loads and after one fails (with an error
 * status, a console error and `city-networks-error`): a widget that showed
 * cards never turns empty. Before its first render it shows none of the
 * built-in cards while `src` loads.
 */
export class DatasetController implements ReactiveController {
  /** The dataset on show: the last one that could be used. */
  dataset: Dataset = builtInDataset;
  /** Whether `dataset` is the one asked for, or another one is loading or failed. */
  status: DatasetStatus = 'ready';

  /** The value last given to `networks`, as given (a dataset object from the server too). */
  private _given?: unknown;
  /** The `src` whose dataset is on show or loading ('' for none). */
  private _src = '';
  /** The fetch under way: aborted when `src` changes, `networks` is set or the element leaves the page. */
  private _fetch?: AbortController;
  private readonly _host: Host;

  constructor(host: Host) {
    (this._host = host).addController(this);
  }

  /** The value last given to `networks`, as given. */
  get given(): unknown {
    return this._given;
  }

  /**
   * Puts a value given to `networks` in use: an array of networks or a whole
   * dataset, validated; `null` or `undefined` is the built-in dataset.
   */
  give(value: unknown): void {
    this._given = value;
    this._fetch?.abort();
    this._use(value ?? builtInDataset);
  }

  /**
   * `src` was set, to a new value or the same one again: loads a new one,
   * and the same one again after a failure. Called before the update
   * renders, so the loading message shows in the update that brought `src`.
   */
  srcSet(): void {
    // No src is no src, whether null, undefined (a framework's removed prop) or empty.
    const src = this._host.src || '';
    if (src !== this._src || (src && this.status === 'error')) void this._load(src);
  }

  hostConnected(): void {
    // A prerendered element of custom data carries the dataset the server
    // showed; the built-in one would replace its cards.
    if (!this._host.hasUpdated && !this._host.src && this._given === undefined) {
      const embedded = embeddedDataset(this._host);
      if (embedded !== undefined) this.give(embedded);
    }
    // A load cut short by leaving the page starts again on return.
    if (this.status === 'loading') void this._load(this._src);
  }

  hostDisconnected(): void {
    this._fetch?.abort();
  }

  private async _load(src: string): Promise<void> {
    this._fetch?.abort();
    this._src = src;
    // Without src, the dataset is the one `networks` was given, else the built-in one.
    if (!src) return this._use(this._given ?? builtInDataset);
    this._set('loading');
    // Removed before this update ran (a framework unmounting it at once):
    // no request now; hostConnected starts the load on return.
    if (!this._host.isConnected) return;
    const fetching = (this._fetch = new AbortController());
    try {
      const json = await fetchDataset(src, fetching.signal);
      if (!fetching.signal.aborted) this._use(json);
    } catch (error) {
      if (!fetching.signal.aborted)
        this._fail(`could not load ${src}: ${(error as Error).message}`);
    }
  }

  /** Validates a dataset and puts it in use, or reports why it cannot be. */
  private _use(input: unknown): void {
    if (input === builtInDataset) return this._set('ready', builtInDataset);
    try {
      const { dataset, rejected } = readDataset(input, builtInDataset.topics);
      if (rejected.length)
        console.warn(`<city-networks>: left out invalid networks: ${rejected.join('; ')}`);
      this._set('ready', dataset);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      this._fail(error.message);
    }
  }

  private _fail(message: string): void {
    this._set('error');
    console.error(`<city-networks>: ${message}`);
    this._host.dispatchEvent(createEvent('city-networks-error', { message }));
  }

  /** A new status, with a dataset to show, or the one on show kept (none before the first render). */
  private _set(status: DatasetStatus, dataset?: Dataset): void {
    this.status = status;
    this.dataset = dataset ?? (this._host.hasUpdated ? this.dataset : NO_NETWORKS);
    this._host.requestUpdate();
  }
}
