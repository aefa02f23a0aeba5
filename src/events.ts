/** Detail of `city-networks-change`: the user's new selection and query, and what they show. */
export interface CityNetworksChangeDetail {
  readonly topics: string[];
  readonly query: string;
  readonly shown: number;
  readonly total: number;
}

/** Detail of `city-networks-error`: why a dataset from `src` or `networks` cannot be used. */
export interface CityNetworksErrorDetail {
  readonly message: string;
}

declare global {
  interface HTMLElementEventMap {
    'city-networks-change': CustomEvent<CityNetworksChangeDetail>;
    'city-networks-error': CustomEvent<CityNetworksErrorDetail>;
  }
}

/** Both events bubble and are composed, so hosts can listen above their own shadow roots. */
export function createEvent<K extends 'city-networks-change' | 'city-networks-error'>(
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
