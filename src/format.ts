import type { Language } from './data/types.js';

/**
 * Number and plural formatting in the card's language, with the formatters
 * cached: a render of a thousand cards creates two of each, not thousands.
 */
const numberFormats = new Map<Language, Intl.NumberFormat>();
const pluralRules = new Map<Language, Intl.PluralRules>();

export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(value);
}

export function isSingular(value: number, language: Language): boolean {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(value) === 'one';
}
