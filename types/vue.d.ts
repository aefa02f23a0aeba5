// `import type {} from 'city-networks/vue'`: <city-networks> in Vue templates
// (vue-tsc). Set `networks` with `:networks.prop`; listen with
// `@city-networks-change`. Vue's compiler must know the tag is a custom
// element: `isCustomElement: (tag) => tag === 'city-networks'`.
import type { DefineComponent } from 'vue';
import type { CityNetworksEvents, CityNetworksProps } from '../lib/framework-types.js';

type Handler<K extends keyof CityNetworksEvents> = (event: CityNetworksEvents[K]) => void;

declare module 'vue' {
  interface GlobalComponents {
    // vue-tsc checks `heading-level` as `headingLevel`, the way Vue names props.
    'city-networks': DefineComponent<
      Omit<CityNetworksProps, 'heading-level' | 'url-state'> & {
        headingLevel?: CityNetworksProps['heading-level'];
        urlState?: CityNetworksProps['url-state'];
        onCityNetworksChange?: Handler<'city-networks-change'>;
        onCityNetworksError?: Handler<'city-networks-error'>;
      }
    >;
  }
}
