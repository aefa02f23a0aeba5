import type { Network, PartlyTranslated } from './types.js';

/**
 * A text folded for search: lower case, without accents, ß as ss, so that
 * "stadte" finds "Städte" and "strasse" finds "Straße".
 */
export function foldText(text: string): string {
  return text.toLowerCase().replaceAll('ß', 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The words of a query, folded. A network matches when its text holds every one. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** What a query searches in a network, in both languages: name, abbreviation, summary, topic labels. */
export function searchableText(
  network: Network,
  topicLabels: Readonly<Record<string, PartlyTranslated>>,
): string {
  const texts = [
    network.abbreviation,
    ...Object.values(network.name),
    ...Object.values(network.summary),
    ...network.topics.flatMap((topic) => Object.values(topicLabels[topic] ?? {})),
  ];
  // A line break between texts: no word is found across two of them.
  return foldText(texts.join('\n'));
}

/**
 * Tells whether a network holds every word of a query. Each network's text is
 * folded once, when first asked, and kept as long as the matcher is.
 */
export function queryMatcher(topicLabels: Readonly<Record<string, PartlyTranslated>>) {
  const texts = new WeakMap<Network, string>();
  return (network: Network, words: readonly string[]): boolean => {
    let text = texts.get(network);
    if (text === undefined) texts.set(network, (text = searchableText(network, topicLabels)));
    return words.every((word) => text.includes(word));
  };
}
