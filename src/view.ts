import { queryMatcher, queryWords } from './data/search.js';
import { filterTopics, selectNetworks } from './data/select.js';
import type { Dataset, Network } from './data/types.js';

/** What the element shows for one dataset, topic selection and query. */
export interface View {
  /** The selected topics the dataset has labels for. */
  readonly selection: readonly string[];
  /** The selected topics it has no label for (blank ones aside): ignored, with a warning. */
  readonly unknown: readonly string[];
  /** The topics offered as toggles, in label order. */
  readonly offered: readonly string[];
  /** The networks on show, in dataset order. */
  readonly shown: readonly Network[];
}

/**
 * Derives the view, once per change: a user's change asks for it to fire its
 * event, the update that follows gets the same object back, so a keystroke
 * filters the networks once.
 *
 * A topic offered because it was selected, though no network uses it, stays
 * offered after it is unselected (until the dataset changes), so a focused
 * toggle never vanishes under the user's finger.
 */
export class ViewDeriver {
  private _dataset?: Dataset;
  private _matches = queryMatcher({});
  private _offeredBySelection = new Set<string>();
  private _last?: { topics: readonly string[]; query: string; view: View };

  derive(dataset: Dataset, topics: readonly string[], query: string): View {
    const last = this._last;
    if (dataset === this._dataset && last?.topics === topics && last.query === query) {
      return last.view;
    }
    if (dataset !== this._dataset) {
      this._dataset = dataset;
      this._matches = queryMatcher(dataset.topics);
      this._offeredBySelection = new Set();
    }
    const known = (topic: string) => Object.hasOwn(dataset.topics, topic);
    const selection = topics.filter(known);
    for (const topic of selection) this._offeredBySelection.add(topic);
    const words = queryWords(query);
    const matches = words.length ? (network: Network) => this._matches(network, words) : undefined;
    const view: View = {
      selection,
      // A blank id is no topic at all: ignored without a warning.
      unknown: topics.filter((topic) => topic.trim() && !known(topic)),
      offered: filterTopics(Object.keys(dataset.topics), dataset.networks, [
        ...this._offeredBySelection,
      ]),
      shown: selectNetworks(dataset.networks, selection, matches),
    };
    this._last = { topics, query, view };
    return view;
  }
}

/** Warns of unknown selected topics, once for each different list of them. */
export function unknownTopicsWarning(): (unknown: readonly string[]) => void {
  let warned = '';
  return (unknown) => {
    const list = unknown.join(', ');
    if (list && list !== warned) console.warn(`<city-networks>: ignoring unknown topics: ${list}`);
    warned = list;
  };
}
