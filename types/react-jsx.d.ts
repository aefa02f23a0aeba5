// `import type {} from 'city-networks/react-jsx'`: <city-networks> in React 19's JSX.
// React 19 sets a prop as a property where the element has one (networks),
// else as an attribute, and listens to `on` + the exact event name.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  CityNetworks,
  CityNetworksEvents,
  CityNetworksProps,
} from '../lib/framework-types.js';

type Handler<K extends keyof CityNetworksEvents> = (event: CityNetworksEvents[K]) => void;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'city-networks': Omit<DetailedHTMLProps<HTMLAttributes<CityNetworks>, CityNetworks>, 'lang'> &
        CityNetworksProps & {
          'oncity-networks-change'?: Handler<'city-networks-change'>;
          'oncity-networks-error'?: Handler<'city-networks-error'>;
        };
    }
  }
}
