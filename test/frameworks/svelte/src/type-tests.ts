// Type tests, checked by svelte-check (npm run check): the props Svelte
// checks <city-networks> against in markup (App.svelte uses them), where an
// expected error cannot be marked. Each expected error fails the check once
// the line under it compiles.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'city-networks/svelte';

type Props = SvelteHTMLElements['city-networks'];

export const fine: Props = {
  lang: 'de',
  topics: 'climate',
  'heading-level': 3,
  search: true,
  query: 'klima',
  'url-state': true,
};

// @ts-expect-error: no attribute "topcs".
export const misspelled: Props = { topcs: 'climate' };

// @ts-expect-error: networks is an array, never a string.
export const stringNetworks: Props = { networks: '[]' };

export const detail: Props = {
  'oncity-networks-change': (event) => {
    // @ts-expect-error: the detail has no "topcs".
    void event.detail.topcs;
  },
};
