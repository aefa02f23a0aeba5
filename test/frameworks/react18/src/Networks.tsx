import { CityNetworks } from 'city-networks/react';
import type { Network } from 'city-networks';

interface Props {
  lang?: string;
  topics: string[];
  networks: readonly Network[];
  src?: string;
  onTopics: (topics: string[]) => void;
  onError: (message: string) => void;
}

/** React 18 passes properties and events to the element through the wrapper. */
export default function Networks({ lang, topics, networks, src, onTopics, onError }: Props) {
  return (
    <CityNetworks
      // Only when set: `lang` is a property of every element, and undefined would become "undefined".
      {...(lang ? { lang } : {})}
      selectedTopics={topics}
      headingLevel={2}
      networks={networks}
      src={src}
      onCityNetworksChange={(event) => onTopics(event.detail.topics)}
      onCityNetworksError={(event) => onError(event.detail.message)}
    />
  );
}
