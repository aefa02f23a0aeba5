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
// The first definition stays; a different version beside it is noted once.
const defined: (CustomElementConstructor & { version?: string }) | undefined =
  customElements.get('city-networks');
if (!defined) {
  customElements.define('city-networks', CityNetworks);
} else if (defined.version !== CityNetworks.version) {
  console.info(
    `<city-networks> ${CityNetworks.version} is loaded, but ${defined.version ?? 'another version'} was defined first and stays in use.`,
  );
}
