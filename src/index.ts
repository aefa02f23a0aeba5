import { CityNetworks } from './city-networks.js';

export { CityNetworks } from './city-networks.js';
export type { CityNetworksChangeDetail, CityNetworksErrorDetail } from './events.js';
export type * from './data/types.js';

declare global {
  interface HTMLElementTagNameMap {
    'city-networks': CityNetworks;
  }
}

// Guarded: loading this file twice, or beside another copy, must never throw.
if (!customElements.get('city-networks')) {
  customElements.define('city-networks', CityNetworks);
}
