import type { Network } from './types.js';

/** Splits a `topics` attribute value ("climate culture", "climate,culture") into unique ids. */
export function parseTopicList(value: string | null): string[] {
  return [...new Set(value?.split(/[\s,]+/).filter(Boolean))];
}

/**
 * The networks to show: those with at least one selected topic (all when none
 * is selected) that `matchesQuery` also accepts (all when it is left out).
 */
export function selectNetworks(
  networks: readonly Network[],
  selected: readonly string[],
  matchesQuery?: (network: Network) => boolean,
): readonly Network[] {
  if (selected.length === 0 && !matchesQuery) return networks;
  const wanted = new Set(selected);
  return networks.filter(
    (network) =>
      (wanted.size === 0 || network.topics.some((topic) => wanted.has(topic))) &&
      (!matchesQuery || matchesQuery(network)),
  );
}

/**
 * The topics to offer as filters, in label order: every labelled topic that a
 * network uses, and the `extra` ones (selected topics, so a selection can
 * always be undone).
 */
export function filterTopics(
  labelled: readonly string[],
  networks: readonly Network[],
  extra: readonly string[],
): string[] {
  const offered = new Set(extra);
  for (const network of networks) for (const topic of network.topics) offered.add(topic);
  return labelled.filter((topic) => offered.has(topic));
}

/** Adds or removes one topic, keeping the rest of the selection in its order. */
export function toggleTopic(selected: readonly string[], topic: string): string[] {
  return selected.includes(topic) ? selected.filter((id) => id !== topic) : [...selected, topic];
}
