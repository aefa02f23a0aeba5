import { useCallback, useState } from 'react';
import type {} from 'city-networks/react-jsx';
import type { CityNetworks } from 'city-networks';
import appNetworks from '../../networks.json';

/**
 * Rendered on the server (server.tsx) and hydrated (ssr-client.tsx). React
 * 19 sets no properties and adds no listeners on custom elements while it
 * hydrates, so `networks` and the change listener go through a ref callback,
 * which runs after hydration too.
 */
export function SsrApp() {
  const [topics, setTopics] = useState(['climate']);
  const [updates, setUpdates] = useState(0);
  const ref = useCallback((element: CityNetworks | null) => {
    if (!element) return;
    element.networks = appNetworks;
    const onChange = (event: CustomEvent<{ topics: string[] }>) => {
      setTopics(event.detail.topics);
      setUpdates((count) => count + 1);
    };
    element.addEventListener('city-networks-change', onChange);
    return () => element.removeEventListener('city-networks-change', onChange);
  }, []);
  return (
    <div id="app" lang="de">
      <output id="topics">{topics.join(' ')}</output>
      <output id="updates">{updates}</output>
      <city-networks ref={ref} topics={topics.join(' ')} heading-level={2} />
    </div>
  );
}
