// Type tests, checked by tsc (npm run check), never rendered: each expected
// error fails the check once the line under it compiles.
import type {} from 'city-networks/react-jsx';

export const fine = (
  <city-networks
    lang="de"
    topics="climate"
    heading-level={3}
    search
    query="klima"
    url-state
    oncity-networks-change={(event) => event.detail.query + event.detail.topics.join()}
  />
);

// @ts-expect-error: no attribute "topcs".
export const misspelled = <city-networks topcs="climate" />;

// @ts-expect-error: networks is an array, never a string.
export const stringNetworks = <city-networks networks="[]" />;

export const detail = (
  <city-networks
    oncity-networks-change={(event) =>
      // @ts-expect-error: the detail has no "topcs".
      event.detail.topcs
    }
  />
);
