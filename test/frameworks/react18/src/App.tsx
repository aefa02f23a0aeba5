import { lazy, Suspense, useState } from 'react';
import appNetworks from '../../networks.json';

Object.assign(window, { appNetworks });

// The wrapper (city-networks/react) defines the element: loaded lazily, after
// the app's first render.
const Networks = lazy(() => import('./Networks.js'));

export function App() {
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
      {mounted && (
        <Suspense>
          <Networks
            lang={ownLang}
            topics={topics}
            networks={appNetworks}
            src={src}
            onTopics={(next) => {
              setTopics(next);
              setUpdates((count) => count + 1);
            }}
            onError={setError}
          />
        </Suspense>
      )}
    </div>
  );
}
