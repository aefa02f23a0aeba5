/**
 * The dataset format shared by the built-in data, `src` and the `networks`
 * property. Pure types and closed sets: nothing here imports from `lit`.
 * `schema/city-networks.schema.json` describes the same format as JSON Schema.
 */

/** The languages the widget renders in. The first is the fallback. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Topic ids the widget ships labels for: the six focus areas, then three extras. */
export const TOPICS = [
  'climate',
  'economy',
  'science',
  'culture',
  'urban-development',
  'social-integration',
  'human-rights',
  'health',
  'peace',
] as const;
export type Topic = (typeof TOPICS)[number];

/** How a member count is meant: "more than 130", "almost 142", "8,265". */
export const QUALIFIERS = ['more-than', 'almost', 'about', 'exactly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A text in every language. The built-in data must be complete. */
export type Translated<T = string> = Readonly<Record<Language, T>>;

/** A text in at least one language; custom data may miss a translation. */
export type PartlyTranslated<T = string> = Readonly<Partial<Record<Language, T>>>;

export interface Members {
  readonly count: number;
  /** Left out means `exactly`. */
  readonly qualifier?: Qualifier;
}

export interface NetworkLinks {
  /**
   * The berlin.de page about the network, in each language it exists in;
   * a card links to the other language's page, marked as such, where its own is missing.
   */
  readonly info?: PartlyTranslated;
  /** The network's own website. */
  readonly website?: string;
}

/**
 * One city network. `Text` is complete for the built-in data and may be
 * partial for custom data; `TopicId` is closed for the built-in data.
 */
export interface Network<
  TopicId extends string = string,
  Text extends PartlyTranslated = PartlyTranslated,
> {
  /** Stable id, unique in its dataset: lower-case letters, digits and dashes. */
  readonly id: string;
  readonly abbreviation?: string;
  readonly name: Text;
  readonly summary: Text;
  /** One or more topic ids. */
  readonly topics: readonly TopicId[];
  readonly members?: Members;
  /** Year the network was founded. */
  readonly founded?: number;
  /** Year Berlin joined. */
  readonly berlinSince?: number;
  readonly links?: NetworkLinks;
}

/** A dataset after validation: what the element renders. */
export interface Dataset {
  readonly topics: Readonly<Record<string, PartlyTranslated>>;
  readonly networks: readonly Network[];
}

/** The built-in dataset: closed topic ids, every text in every language. */
export interface BuiltInDataset {
  readonly topics: Readonly<Record<Topic, Translated>>;
  readonly networks: readonly Network<Topic, Translated>[];
}
