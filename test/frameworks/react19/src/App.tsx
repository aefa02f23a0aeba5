import { useEffect, useState } from 'react';
import type {} from 'city-networks/react-jsx';
import appNetworks from '../../networks.json';

Object.assign(window, { appNetworks });

/**
 * React 19 sets a prop on a custom element as a property only where the
 * element has one at that moment: before the element is defined, `networks`
 * would become the attribute "[object Object]". So the element renders once
 * it is defined (the definition itself is a lazy import).
 */
function useDefined(): boolean {
  const [defined, setDefined] = useState(false);
  useEffect(() => {
    void import('city-networks').then(() => setDefined(true));
  }, []);
  return defined;
}

export function App() {
  const defined = useDefined();
  const [appLang, setAppLang] = useState('de');
  const [ownLang, setOwnLang] = useState<string>();
  const [topics, setTopics] = useState(['climate']);
  const [updates, setUpdates] = useState(0);
  const [src, setSrc] = useState<string>();
  const [error, setError] = useState('');
  const [mounted, setMounted] = useState(true);

  return (
    <div id="app" lang={appLang}>
      <button id="lang" onClick={() => setAppLang(appLang === 'de' ? 'en' : 'de')}>
        Language
      </button>
      <button id="own-lang" onClick={() => setOwnLang('en')}>
        Own language
      </button>
      <button id="bad-src" onClick={() => setSrc('/test/slow-missing.json')}>
        Bad src
      </button>
      <button id="mount" onClick={() => setMounted(!mounted)}>
        Mount
      </button>
      <output id="topics">{topics.join(' ')}</output>
      <output id="updates">{updates}</output>
      <output id="error">{error}</output>
      {defined && mounted && (
        <city-networks
          lang={ownLang}
          topics={topics.join(' ')}
          heading-level={2}
          networks={appNetworks}
          src={src}
          oncity-networks-change={(event) => {
            setTopics(event.detail.topics);
            setUpdates((count) => count + 1);
          }}
          oncity-networks-error={(event) => setError(event.detail.message)}
        />
      )}
    </div>
  );
}
