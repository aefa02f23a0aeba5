import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../src/data/types.js';
import { formatNumber, isSingular } from '../src/format.js';

describe('formatNumber', () => {
  const counts = [0, 1, 7, 42, 999, 1000, 1500, 8265, 10000, 99999, 123456, 1234567, 10000000];
  for (const language of LANGUAGES) {
    it(`writes counts in ${language} as Intl.NumberFormat does`, () => {
      const intl = new Intl.NumberFormat(language);
      expect(counts.map((count) => formatNumber(count, language))).to.deep.equal(
        counts.map((count) => intl.format(count)),
      );
    });
  }
});

describe('isSingular', () => {
  for (const language of LANGUAGES) {
    it(`agrees with Intl.PluralRules in ${language}`, () => {
      const rules = new Intl.PluralRules(language);
      for (const count of [0, 1, 2, 5, 11, 21, 101, 1000]) {
        expect(isSingular(count), String(count)).to.equal(rules.select(count) === 'one');
      }
    });
  }
});
