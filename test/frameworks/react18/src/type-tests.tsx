// Type tests, checked by tsc (npm run check), never rendered: each expected
// error fails the check once the line under it compiles.
import { CityNetworks } from 'city-networks/react';

export const fine = (
  <CityNetworks
    selectedTopics={['climate']}
    headingLevel={3}
    search
    query="klima"
    urlState
    onCityNetworksChange={(event) => event.detail.query + event.detail.topics.join()}
  />
);

// @ts-expect-error: no property "topcs".
export const misspelled = <CityNetworks topcs="climate" />;

// @ts-expect-error: networks is an array, never a string.
export const stringNetworks = <CityNetworks networks="[]" />;

export const detail = (
  <CityNetworks
    onCityNetworksChange={(event) =>
      // @ts-expect-error: the detail has no "topcs".
      event.detail.topcs
    }
  />
);
