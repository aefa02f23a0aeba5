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

  private readonly _host: ReactiveControllerHost & Element;
  private readonly _observer = new MutationObserver(() => this._refresh());
  private readonly _onLanguageChange = () => this._refresh();

  constructor(host: ReactiveControllerHost & Element) {
    this._host = host;
    this.language = resolveLanguage(host);
    host.addController(this);
  }

  hostConnected(): void {
    // One observer watches every root on the way up: a `lang` can change in
    // the document or in any shadow root that encloses the host.
    for (const root of composedRoots(this._host)) {
      this._observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    window.addEventListener('languagechange', this._onLanguageChange);
    this._refresh();
  }

  hostDisconnected(): void {
    this._observer.disconnect();
    window.removeEventListener('languagechange', this._onLanguageChange);
  }

  private _refresh(): void {
    const language = resolveLanguage(this._host);
    if (language !== this.language) {
      this.language = language;
      this._host.requestUpdate();
    }
  }
}
