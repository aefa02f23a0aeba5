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

/** The languages, as a message names them: "de" or "en". */
export const LANGUAGE_LIST = [...LANGUAGES]
  .sort()
  .map((language) => `"${language}"`)
  .join(' or ');

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Unless `ok`, throws "`field` must be `expected`", which `readDataset` turns into a warning. */
function check(ok: unknown, field: string, expected: string): asserts ok {
  if (!ok) throw new TypeError(`"${field}" must be ${expected}`);
}

/** Reads an optional field: `undefined` stays `undefined`. */
const optional = <T>(value: unknown, read: (value: unknown) => T): T | undefined =>
  value === undefined ? undefined : read(value);

/** The object without its `undefined` fields, so a record holds only what it has. */
const defined = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

function readString(value: unknown, field: string): string {
  check(typeof value === 'string' && value.trim(), field, 'a text');
  return value.trim();
}

/** One value per language, at least one, each read by `read`. */
function readTranslated(value: unknown, field: string, read = readString): PartlyTranslated {
  check(isObject(value), field, 'an object');
  const entries = LANGUAGES.filter((language) => value[language] !== undefined).map((language) => [
    language,
    read(value[language], `${field}.${language}`),
  ]);
  check(entries.length, field, `in ${LANGUAGE_LIST}`);
  return Object.fromEntries(entries);
}

function readUrl(value: unknown, field: string): string {
  // Only absolute http(s) URLs: `javascript:`, `data:` and relative ones never reach an href.
  check(/^https?:$/.test(parseUrl(value)?.protocol ?? ''), field, 'an http(s) URL');
  return (value as string).trim();
}

/** The URL a string names, if it names one (`URL.canParse` comes after the browser floor). */
function parseUrl(value: unknown): URL | undefined {
  try {
    return typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    return undefined;
  }
}

function readYear(value: unknown, field: string): number {
  check(
    Number.isInteger(value) && (value as number) >= 1800 && (value as number) <= 2100,
    field,
    'a year',
  );
  return value as number;
}

function readMembers(value: unknown): Members {
  check(
    isObject(value) && Number.isInteger(value.count) && (value.count as number) >= 0,
    'members.count',
    'a whole number',
  );
  const qualifier = value.qualifier as Members['qualifier'];
  check(
    qualifier === undefined || QUALIFIERS.includes(qualifier),
    'members.qualifier',
    `one of ${QUALIFIERS.join(', ')}`,
  );
  return defined({ count: value.count as number, qualifier });
}

function readLinks(value: unknown): NetworkLinks {
  check(isObject(value), 'links', 'an object');
  return defined({
    info: optional(value.info, (info) => readTranslated(info, 'links.info', readUrl)),
    website: optional(value.website, (url) => readUrl(url, 'links.website')),
  });
}

function readNetwork(value: unknown, labelled: ReadonlySet<string>): Network {
  check(isObject(value), 'network', 'an object');
  const { id, topics } = value;
  check(typeof id === 'string' && ID.test(id), 'id', 'lower-case letters, digits and dashes');
  check(Array.isArray(topics) && topics.length, 'topics', 'a non-empty list');
  for (const topic of topics) check(labelled.has(topic), `topics: ${String(topic)}`, 'labelled');
  return defined({
    id,
    abbreviation: optional(value.abbreviation, (text) => readString(text, 'abbreviation')),
    name: readTranslated(value.name, 'name'),
    summary: readTranslated(value.summary, 'summary'),
    topics: [...new Set(topics as string[])],
    members: optional(value.members, readMembers),
    founded: optional(value.founded, (year) => readYear(year, 'founded')),
    berlinSince: optional(value.berlinSince, (year) => readYear(year, 'berlinSince')),
    links: optional(value.links, readLinks),
  });
}

function readTopicLabels(value: unknown): Record<string, PartlyTranslated> {
  try {
    check(value === undefined || isObject(value), 'topics', 'an object of labels');
    return Object.fromEntries(
      Object.entries(value ?? {}).map(([id, label]) => {
        check(ID.test(id), `topics.${id}`, 'lower-case letters, digits and dashes');
        return [id, readTranslated(label, `topics.${id}`)];
      }),
    );
  } catch (error) {
    // Labels apply to every record: a bad one makes the whole dataset unusable.
    throw new DatasetError((error as Error).message);
  }
}

/**
 * Reads a dataset from untrusted input: a `{ topics?, networks }` object or
 * a bare array of networks. Valid records are copied field by field (unknown
 * fields are dropped, text is trimmed); invalid ones are left out and
 * described in `rejected`. Throws a `DatasetError` when nothing usable remains.
 */
export function readDataset(input: unknown, defaultTopics: Dataset['topics']): ReadResult {
  const source = Array.isArray(input) ? { networks: input } : input;
  if (!isObject(source) || !Array.isArray(source.networks)) {
    throw new DatasetError('"networks" must be an array');
  }
  const topics = { ...defaultTopics, ...readTopicLabels(source.topics) };
  const labelled = new Set(Object.keys(topics));
  const ids = new Set<string>();
  const networks: Network[] = [];
  const rejected: string[] = [];
  source.networks.forEach((record: unknown, index) => {
    try {
      const network = readNetwork(record, labelled);
      check(!ids.has(network.id), 'id', 'unique');
      ids.add(network.id);
      networks.push(network);
    } catch (error) {
      const name =
        isObject(record) && typeof record.id === 'string' ? `"${record.id}"` : `#${index + 1}`;
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
