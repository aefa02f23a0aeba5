import { LANGUAGES, QUALIFIERS } from './types.js';
import type { Dataset, Members, Network, NetworkLinks, PartlyTranslated } from './types.js';

/** A dataset that cannot be used at all: the element shows an error instead. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
}

/** A usable dataset, and a description of every record that was left out. */
export interface ReadResult {
  readonly dataset: Dataset;
  readonly rejected: readonly string[];
}

type Json = Record<string, unknown>;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws the reason a record is invalid; `readDataset` turns it into a warning. */
function invalid(reason: string): never {
  throw new TypeError(reason);
}

function readText(value: unknown, field: string): PartlyTranslated {
  if (!isObject(value)) invalid(`"${field}" must be an object with "de" and/or "en"`);
  const text: Partial<Record<string, string>> = {};
  for (const language of LANGUAGES) {
    const entry = value[language];
    if (entry === undefined) continue;
    if (typeof entry !== 'string' || !entry.trim())
      invalid(`"${field}.${language}" must be a non-empty string`);
    text[language] = entry.trim();
  }
  return Object.keys(text).length ? text : invalid(`"${field}" has neither "de" nor "en"`);
}

function readUrl(value: unknown, field: string): string {
  // Only absolute http(s) URLs: `javascript:`, `data:` and relative ones never reach an href.
  const url = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
  return url && /^https?:$/.test(url.protocol)
    ? (value as string)
    : invalid(`"${field}" must be an http(s) URL`);
}

function readYear(value: unknown, field: string): number {
  return Number.isInteger(value) && (value as number) >= 1800 && (value as number) <= 2100
    ? (value as number)
    : invalid(`"${field}" must be a year`);
}

function readMembers(value: unknown): Members {
  if (!isObject(value) || !Number.isInteger(value.count) || (value.count as number) < 0) {
    invalid('"members.count" must be a whole number');
  }
  const { count, qualifier } = value as { count: number; qualifier?: unknown };
  if (qualifier === undefined) return { count };
  return QUALIFIERS.find((known) => known === qualifier)
    ? { count, qualifier: qualifier as Members['qualifier'] }
    : invalid(`"members.qualifier" must be one of ${QUALIFIERS.join(', ')}`);
}

function readLinks(value: unknown): NetworkLinks {
  if (!isObject(value)) invalid('"links" must be an object');
  const links: { info?: PartlyTranslated; website?: string } = {};
  if (value.info !== undefined) {
    const info = readText(value.info, 'links.info');
    links.info = Object.fromEntries(
      Object.entries(info).map(([language, url]) => [
        language,
        readUrl(url, `links.info.${language}`),
      ]),
    );
  }
  if (value.website !== undefined) links.website = readUrl(value.website, 'links.website');
  return links;
}

function readNetwork(value: unknown, labelled: ReadonlySet<string>): Network {
  if (!isObject(value)) invalid('a network must be an object');
  const { id, abbreviation, topics, members, founded, berlinSince, links } = value;
  if (typeof id !== 'string' || !ID.test(id))
    invalid('"id" must be lower-case letters, digits and dashes');
  if (!Array.isArray(topics) || topics.length === 0)
    invalid('"topics" must list at least one topic');
  for (const topic of topics)
    if (!labelled.has(topic)) invalid(`topic "${String(topic)}" has no label`);
  if (abbreviation !== undefined && (typeof abbreviation !== 'string' || !abbreviation.trim())) {
    invalid('"abbreviation" must be a non-empty string');
  }
  return {
    id,
    ...(abbreviation !== undefined && { abbreviation: (abbreviation as string).trim() }),
    name: readText(value.name, 'name'),
    summary: readText(value.summary, 'summary'),
    topics: [...new Set(topics as string[])],
    ...(members !== undefined && { members: readMembers(members) }),
    ...(founded !== undefined && { founded: readYear(founded, 'founded') }),
    ...(berlinSince !== undefined && { berlinSince: readYear(berlinSince, 'berlinSince') }),
    ...(links !== undefined && { links: readLinks(links) }),
  };
}

function readTopicLabels(value: unknown): Record<string, PartlyTranslated> {
  if (value === undefined) return {};
  if (!isObject(value)) throw new DatasetError('"topics" must be an object of labels');
  const labels: Record<string, PartlyTranslated> = {};
  for (const [id, label] of Object.entries(value)) {
    if (!ID.test(id))
      throw new DatasetError(`topic id "${id}" must be lower-case letters, digits and dashes`);
    try {
      labels[id] = readText(label, `topics.${id}`);
    } catch (error) {
      throw new DatasetError((error as Error).message);
    }
  }
  return labels;
}

/**
 * Reads a dataset from untrusted input: a `{ topics?, networks }` object or
 * a bare array of networks. Valid records are copied field by field (unknown
 * fields are dropped, text is trimmed); invalid ones are
 * left out and described in `rejected`. Throws a `DatasetError` when
 * nothing usable remains.
 */
export function readDataset(input: unknown, defaultTopics: Dataset['topics']): ReadResult {
  const source = Array.isArray(input) ? { networks: input } : input;
  if (!isObject(source) || !Array.isArray(source.networks)) {
    throw new DatasetError('expected an array of networks or an object with a "networks" array');
  }
  const topics = { ...defaultTopics, ...readTopicLabels(source.topics) };
  const labelled = new Set(Object.keys(topics));
  const ids = new Set<string>();
  const networks: Network[] = [];
  const rejected: string[] = [];
  source.networks.forEach((record: unknown, index) => {
    const name =
      isObject(record) && typeof record.id === 'string' ? `"${record.id}"` : `#${index + 1}`;
    try {
      const network = readNetwork(record, labelled);
      if (ids.has(network.id)) invalid('its id is used twice');
      ids.add(network.id);
      networks.push(network);
    } catch (error) {
      rejected.push(`${name}: ${(error as Error).message}`);
    }
  });
  if (networks.length === 0) {
    throw new DatasetError(
      rejected.length ? `no valid network (${rejected.join('; ')})` : 'the dataset has no networks',
    );
  }
  return { dataset: { topics, networks }, rejected };
}
