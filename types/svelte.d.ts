// `import type {} from 'city-networks/svelte'`: <city-networks> in Svelte 5
// templates (svelte-check). Listen with `oncity-networks-change={…}`.
import type { HTMLAttributes } from 'svelte/elements';
import type {
  CityNetworks,
  CityNetworksEvents,
  CityNetworksProps,
} from '../lib/framework-types.js';

type Handler<K extends keyof CityNetworksEvents> = (event: CityNetworksEvents[K]) => void;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'city-networks': Omit<HTMLAttributes<CityNetworks>, 'lang'> &
      CityNetworksProps & {
        'oncity-networks-change'?: Handler<'city-networks-change'>;
        'oncity-networks-error'?: Handler<'city-networks-error'>;
      };
  }
}
