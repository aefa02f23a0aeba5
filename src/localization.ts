import type { msg as litMsg } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { Language } from './data/types.js';
import { templates as de } from './generated/locales/de.js';

/**
 * Our own `msg()`, on @lit/localize's message runtime, answering in the
 * language of the element that is rendering.
 *
 * @lit/localize's `configure*` functions install one `msg` per copy of the
 * library, once per page. A host page that uses @lit/localize itself would
 * then configure, or be configured by, ours whenever the two share a copy
 * (an npm build that dedupes them). So we configure nothing: this `msg`
 * looks up the generated templates directly, like the reentrant mode does,
 * and carries the same type brand, so `lit-localize extract` finds every
 * call. An element renders inside `inLanguage()`, which sets the language
 * for its synchronous render and restores the previous one afterwards.
 * Every language is bundled: switching never loads anything.
 */
const translations: Record<Language, typeof de | undefined> = { en: undefined, de };
let current: Language = 'en';

export const msg = ((template, options) =>
  runtimeMsg(translations[current], template, options)) as typeof litMsg;

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
