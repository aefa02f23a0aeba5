import { LANGUAGES, type Language } from './data/types.js';

/** The language the widget falls back to when nothing on the page says otherwise. */
export const FALLBACK_LANGUAGE: Language = LANGUAGES[0];

/**
 * Maps a BCP 47 tag to a supported language: `de-AT` and `DE` give `de`.
 * Returns `undefined` for an unsupported, empty or missing tag.
 */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return LANGUAGES.find((language) => language === primary);
}

/** The element's parent, stepping out of a shadow root to its host. */
function composedParent(element: Element): Element | null {
  const root = element.getRootNode();
  return element.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}

/**
 * The language an element renders in, as the contract says: its own `lang`,
 * else the nearest ancestor's (across shadow roots, up to `<html lang>`),
 * else the browser's preferred languages. The nearest `lang` wins even when
 * it is empty or unsupported, then the fallback is used: like HTML itself,
 * an inner `lang` is never overridden by an outer one.
 */
export function resolveLanguage(element: Element): Language {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const tag = node.getAttribute('lang');
    if (tag !== null) return toLanguage(tag) ?? FALLBACK_LANGUAGE;
  }
  for (const tag of navigator.languages) {
    const language = toLanguage(tag);
    if (language) return language;
  }
  return FALLBACK_LANGUAGE;
}

/** Every root (shadow roots, then the document) between an element and the top. */
export function composedRoots(element: Element): Node[] {
  const roots: Node[] = [];
  for (let root = element.getRootNode(); ;) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
    root = root.host.getRootNode();
  }
}
