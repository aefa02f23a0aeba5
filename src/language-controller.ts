import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from './data/types.js';
import { composedRoots, resolveLanguage } from './language.js';

/**
 * Keeps a host element's language current. A `lang` change on the host, on
 * any ancestor (across shadow roots) or on `<html>`, and a change of the
 * browser's languages, re-resolve it; the host updates only when the result
 * differs.
 */
export class LanguageController implements ReactiveController {
  /** The language the host renders in. */
  language: Language;

  private readonly host: ReactiveControllerHost & Element;
  private readonly observer = new MutationObserver(() => this.refresh());
  private readonly onLanguageChange = () => this.refresh();

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    this.language = resolveLanguage(host);
    host.addController(this);
  }

  hostConnected(): void {
    // One observer watches every root on the way up: a `lang` can change in
    // the document or in any shadow root that encloses the host.
    for (const root of composedRoots(this.host)) {
      this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    window.addEventListener('languagechange', this.onLanguageChange);
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    window.removeEventListener('languagechange', this.onLanguageChange);
  }

  private refresh(): void {
    const language = resolveLanguage(this.host);
    if (language !== this.language) {
      this.language = language;
      this.host.requestUpdate();
    }
  }
}
