import { LANGUAGES, type Language, type PartlyTranslated } from './types.js';

/** A text and the language it is really in. */
export interface LocalizedText {
  readonly text: string;
  readonly lang: Language;
}

/**
 * The text in `language`, or, where custom data lacks that translation, in
 * the other language, which the caller marks up with its own `lang`.
 */
export function pickText(text: PartlyTranslated, language: Language): LocalizedText {
  for (const lang of [language, ...LANGUAGES]) {
    const value = text[lang];
    if (value) return { text: value, lang };
  }
  // Validated data always has one language; this keeps the type honest.
  return { text: '', lang: language };
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
