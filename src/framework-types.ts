/**
 * What `<city-networks>` takes in a framework's template, for the typings in
 * `types/` (React JSX, Vue, Svelte). Types only; a test holds them to
 * `custom-elements.json`.
 */
import type { CityNetworksChangeDetail, CityNetworksErrorDetail } from './events.js';
import type { Network } from './data/types.js';

export type { CityNetworks } from './city-networks.js';
export type { CityNetworksChangeDetail, CityNetworksErrorDetail } from './events.js';

/** The attributes, and the one property that has none (`networks`). */
export interface CityNetworksProps {
  /** Language of this instance: `de` or `en`; without it, the page's. */
  lang?: string;
  /** Selected topic ids, space- or comma-separated. */
  topics?: string;
  /** URL of a JSON dataset that replaces the built-in one. */
  src?: string;
  /** Level of the card headings, 2 to 6. */
  'heading-level'?: number | `${number}`;
  /** Shows a search field. */
  search?: boolean;
  /** The search text; narrows the cards together with the topics. */
  query?: string;
  /** Keeps the selection and the query in the page URL. */
  'url-state'?: boolean;
  /** The dataset in use; set it as a property. `null` brings the built-in one back. */
  networks?: readonly Network[] | null;
}

/** The element's events, by name. */
export interface CityNetworksEvents {
  'city-networks-change': CustomEvent<CityNetworksChangeDetail>;
  'city-networks-error': CustomEvent<CityNetworksErrorDetail>;
}
