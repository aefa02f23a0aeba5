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
// The first definition stays; a different version beside it is noted once
// per page, however many copies of ours load (a global symbol remembers).
const defined: (CustomElementConstructor & { version?: string }) | undefined =
  customElements.get('city-networks');
const noted = Symbol.for(`city-networks ${CityNetworks.version} beside ${defined?.version}`);
if (!defined) {
  customElements.define('city-networks', CityNetworks);
} else if (defined.version !== CityNetworks.version && !Reflect.has(globalThis, noted)) {
  Reflect.set(globalThis, noted, true);
  console.info(
    `<city-networks> ${CityNetworks.version} left unused: ${defined.version ?? 'another copy'} came first.`,
  );
}
