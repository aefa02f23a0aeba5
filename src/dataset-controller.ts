import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { fetchDataset } from './data/fetch.js';
import { builtInDataset } from './data/networks.js';
import type { Dataset } from './data/types.js';
import { DatasetError, readDataset } from './data/validate.js';
import { createEvent } from './events.js';
import { embeddedDataset } from './prerendered.js';

export type DatasetStatus = 'ready' | 'loading' | 'error';

/** What shows while a dataset loads or after one failed: no network. */
const NO_NETWORKS: Dataset = { topics: builtInDataset.topics, networks: [] };

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly src: string | null;
  readonly hasUpdated: boolean;
}

/**
 * The dataset an element shows: the built-in one, the one `networks` was
 * given, or the one `src` names (whichever was set last), validated. A
 * dataset that cannot be used leaves the element empty with an error status,
 * a console error and `city-networks-error`.
 */
export class DatasetController implements ReactiveController {
  /** The dataset in use (an empty one after an error). */
  dataset: Dataset = builtInDataset;
  status: DatasetStatus = 'ready';

  /** The dataset to show: none while one loads or after an error. */
  get shown(): Dataset {
    return this.status === 'ready' ? this.dataset : NO_NETWORKS;
  }

  /** The value last given to `networks`, as given (a dataset object from the server too). */
  private _given?: unknown;
  private readonly _host: Host;
  /**
   * The dataset `src` names, fetched when `src` changes (in the update's
   * hostUpdate, before render) and aborted when it changes again, when
   * `networks` is set or when the element leaves the page.
   */
  private readonly _fromSrc: Task<readonly [string | null], unknown>;

  constructor(host: Host) {
    (this._host = host).addController(this);
    this._fromSrc = new Task(host, {
      // No src is no src, whether null, undefined (a framework's removed prop) or empty.
      args: () => [host.src || null] as const,
      // Without src the dataset is the built-in one: nothing to run at first.
      initialValue: builtInDataset,
      task: ([src], { signal }) => {
        // Without src, the dataset is the one `networks` was given, else the built-in one.
        if (!src) return this._given ?? builtInDataset;
        // The task starts in hostUpdate, before this update renders: the
        // loading message shows in the same update that brought the new src.
        this._set('loading');
        // Removed before this update ran (a framework unmounting it at once):
        // no request now; hostConnected starts the load on return.
        if (!host.isConnected) throw new DOMException('Not on the page', 'AbortError');
        return fetchDataset(src, signal);
      },
      onComplete: (json) => this._use(json),
      onError: (error) => {
        if ((error as Error).name !== 'AbortError') {
          this._fail(`could not load ${host.src}: ${(error as Error).message}`);
        }
      },
    });
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
    this._fromSrc.abort();
    this._use(value ?? builtInDataset);
  }

  hostConnected(): void {
    // A prerendered element of custom data carries the dataset the server
    // showed; the built-in one would replace its cards.
    if (!this._host.hasUpdated && !this._host.src && this._given === undefined) {
      const embedded = embeddedDataset(this._host);
      if (embedded !== undefined) this.give(embedded);
    }
    // A load cut short by leaving the page starts again on return.
    if (this.status === 'loading') void this._fromSrc.run();
  }

  hostDisconnected(): void {
    this._fromSrc.abort();
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
    this._set('error', NO_NETWORKS);
    console.error(`<city-networks>: ${message}`);
    this._host.dispatchEvent(createEvent('city-networks-error', { message }));
  }

  private _set(status: DatasetStatus, dataset = this.dataset): void {
    this.status = status;
    this.dataset = dataset;
    this._host.requestUpdate();
  }
}
