import { builtInDataset } from '../src/data/networks.js';
import type { Language } from '../src/data/types.js';

/**
 * What the tests expect of the built-in dataset, derived from it: no test
 * states how many networks it has or lists them all, so that adding a network
 * fails one test alone, the one that pins the dataset to its source page
 * (test/node/dataset.test.js). No element here: host-page tests import this
 * module without defining <city-networks> in their own document.
 */

/** How many networks the built-in dataset has. */
export const TOTAL = builtInDataset.networks.length;

/** The ids of the built-in networks, in their order. */
export const ALL_IDS: readonly string[] = builtInDataset.networks.map((network) => network.id);

/** The built-in networks with at least one of `topics`, in their order: what selecting them shows. */
export function withTopics(...topics: string[]) {
  return builtInDataset.networks.filter((network) =>
    network.topics.some((topic) => topics.includes(topic)),
  );
}

/** The ids of the built-in networks with at least one of `topics`, in their order. */
export const idsWithTopics = (...topics: string[]): string[] =>
  withTopics(...topics).map((network) => network.id);

/**
 * The count the widget shows and announces: "5 of 14 networks" and
 * "5 von 14 Netzwerken", with the search text when given. The numbers are
 * formatted by Intl.NumberFormat, not by the code under test; `total` is the
 * built-in dataset's unless given.
 */
export function expectedCount(
  shown: number,
  language: Language = 'en',
  { total = TOTAL, query = '' }: { total?: number; query?: string } = {},
): string {
  const format = new Intl.NumberFormat(language);
  const [s, t] = [format.format(shown), format.format(total)];
  const one = total === 1;
  if (language === 'de') {
    const count = `${s} von ${t} ${one ? 'Netzwerk' : 'Netzwerken'}`;
    return query ? `${count} für „${query}“` : count;
  }
  const count = `${s} of ${t} ${one ? 'network' : 'networks'}`;
  return query ? `${count} for “${query}”` : count;
}
