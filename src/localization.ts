import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { Language } from './data/types.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as de from './generated/locales/de.js';

/**
 * Localisation in @lit/localize's reentrant mode: `msg()` asks `getLocale`
 * every time, so each element can render in its own language. An element
 * renders inside `inLanguage()`, which sets the language for the duration of
 * its (synchronous) render and restores the previous one afterwards.
 * Every language is bundled: switching never loads anything.
 */
const translations = { de };
let current: Language = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => current,
  loadLocaleSync: (locale) => translations[locale as keyof typeof translations],
});

/** Runs `render` with `msg()` answering in `language`. */
export function inLanguage<T>(language: Language, render: () => T): T {
  const previous = current;
  current = language;
  try {
    return render();
  } finally {
    current = previous;
  }
}
