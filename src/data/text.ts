import { LANGUAGES, type Language, type PartlyTranslated } from './types.js';

/** A text, and its language where that is not the one asked for. */
export interface LocalizedText {
  readonly text: string;
  /**
   * Set only where custom data lacks the translation asked for and the text
   * is in the other language: the caller marks it up with this `lang`.
   */
  readonly lang?: Language;
}

/** The text in `language`, or, where custom data lacks that translation, in the other language. */
export function pickText(text: PartlyTranslated, language: Language): LocalizedText {
  for (const lang of [language, ...LANGUAGES]) {
    const value = text[lang];
    if (value) return lang === language ? { text: value } : { text: value, lang };
  }
  // Validated data always has one language; this keeps the type honest.
  return { text: '' };
}

/**
 * A topic's label in `language`. Validation labels every id a network uses;
 * the id itself is the last resort.
 */
export function topicLabel(
  labels: Readonly<Record<string, PartlyTranslated>>,
  topic: string,
  language: Language,
): LocalizedText {
  return pickText(labels[topic] ?? { en: topic }, language);
}
