import type { msg as litMsg, StrResult } from '@lit/localize';
import type { Language } from './data/types.js';
import { templates as de } from './generated/locales/de.js';

/**
 * Our own `msg()`, answering in the language of the element that is rendering.
 *
 * @lit/localize's `configure*` functions install one `msg` per copy of the
 * library, once per page. A host page that uses @lit/localize itself would
 * then configure, or be configured by, ours whenever the two share a copy
 * (an npm build that dedupes them). So we configure nothing: this `msg`
 * looks up the generated templates directly, and carries the library's type
 * brand, so `lit-localize extract` finds every call. Every call names its
 * message with an `id` (a test holds to it), so no id is hashed at runtime.
 *
 * An element renders inside `inLanguage()`, which sets the language for its
 * synchronous render and restores the previous one afterwards. Every
 * language is bundled: switching never loads anything.
 */
type Template = string | StrResult;

const translations: Record<Language, Partial<Record<string, Template>>> = { en: {}, de };
let current: Language = 'en';

export const msg = ((source: Template, { id }: { id: string }) => {
  const localized = translations[current][id] ?? source;
  if (typeof localized === 'string') return localized;
  // A translated `str` holds, in place of each value, the index of the source's value.
  const order = localized === source ? undefined : (localized.values as number[]);
  const { values } = source as StrResult;
  return localized.strings.reduce(
    (text, part, i) => `${text}${String(values[order?.[i - 1] ?? i - 1])}${part}`,
  );
}) as typeof litMsg;

export { str } from '@lit/localize';

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
