import type { Language } from './data/types.js';

/**
 * Numbers in the card's language, with the formatters cached: a render of a
 * thousand cards creates one per language, not thousands.
 */
const numberFormats = new Map<Language, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(value);
}

/**
 * Whether a count takes the singular. German and English, the only languages
 * here, share the rule (one, and only one, is singular), so no Intl.PluralRules.
 */
export const isSingular = (count: number): boolean => count === 1;
