import type { StrResult } from '@lit/localize';
import type { Language } from './data/types.js';
import { templates as de } from './generated/locales/de.js';

/**
 * Our own `msg()`, answering in the language of the element that is rendering.
 *
 * @lit/localize's `configure*` functions install one `msg` per copy of the
 * library, once per page. A host page that uses @lit/localize itself would
 * then configure, or be configured by, ours whenever the two share a copy
 * (an npm build that dedupes them). So we configure nothing: this `msg`
 * looks up the generated templates directly. Every call names its message
 * with an `id` (the type requires it), so no id is hashed at runtime.
 *
 * An element renders inside `inLanguage()`, which sets the language for its
 * synchronous render and restores the previous one afterwards. Every
 * language is bundled: switching never loads anything.
 */
export type Message = string | StrResult;

export interface MessageOptions {
  /** The message's id in `locales/*.xlf`. */
  readonly id: string;
  /** A note for translators; read by `lit-localize extract`, not at runtime. */
  readonly desc?: string;
}

export interface Msg {
  (message: Message, options: MessageOptions): string;
  /** The brand by which `lit-localize extract` recognises a `msg()` call. */
  readonly _LIT_LOCALIZE_MSG_?: never;
}

const translations: Record<Language, Partial<Record<string, Message>>> = { en: {}, de };
let current: Language = 'en';

export const msg: Msg = (source, { id }) => {
  const localized = translations[current][id] ?? source;
  if (typeof localized === 'string') return localized;
  // A translated `str` holds, in place of each value, the index of the source's value.
  const order = localized === source ? undefined : (localized.values as number[]);
  const { values } = source as StrResult;
  return localized.strings.reduce(
    (text, part, i) => `${text}${String(values[order?.[i - 1] ?? i - 1])}${part}`,
  );
};

export { str } from '@lit/localize';

/** The language `msg()` answers in now: that of the render under way. */
export const renderingLanguage = (): Language => current;

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
