import type { Translated } from './types.js';

/**
 * The Senate Chancellery's page the widget is made from, in each language:
 * the fallback link of a prerendered element. `SOURCES.md` says why the
 * German link goes to the parent page "Internationales".
 */
export const overviewPage: Translated = {
  de: 'https://www.berlin.de/rbmskzl/politik/senatskanzlei/internationales/',
  en: 'https://www.berlin.de/rbmskzl/en/international-relations/city-networks/',
};
