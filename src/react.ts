/**
 * `city-networks/react`: `<CityNetworks>` for React 18, made with @lit/react.
 * React 18 sets every prop on a custom element as an attribute and has no
 * way to listen to its events; the wrapper sets `networks`, `selectedTopics`
 * and the others as properties and adds the event listeners. React 19 needs
 * no wrapper: use `<city-networks>` with `city-networks/react-jsx`.
 *
 * Importing it defines the tag (guarded, as the main entry does), and works
 * in Node, for a server render.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { CityNetworks as CityNetworksElement } from './index.js';
import type { CityNetworksEvents } from './framework-types.js';

export const CityNetworks = createComponent({
  tagName: 'city-networks',
  elementClass: CityNetworksElement,
  react: React,
  events: {
    onCityNetworksChange: 'city-networks-change' as EventName<
      CityNetworksEvents['city-networks-change']
    >,
    onCityNetworksError: 'city-networks-error' as EventName<
      CityNetworksEvents['city-networks-error']
    >,
  },
});
