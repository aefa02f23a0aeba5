import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Language } from './data/types.js';
import { composedRoots, FALLBACK_LANGUAGE, resolveLanguage, toLanguage } from './language.js';
import { renderingLanguage } from './localization.js';

/**
 * Keeps a host element's language current. A `lang` change on the host, on
 * any ancestor (across shadow roots) or on `<html>`, and a change of the
 * browser's languages, re-resolve it; the host updates only when the result
 * differs.
 *
 * On the server (`@lit-labs/ssr`) there is no page around the host and no
 * browser: the host's own `lang` attribute counts, else the language of the
 * render under way (`renderCityNetworks` sets it), and nothing is observed
 * (the server never connects the host).
 */
export class LanguageController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & HTMLElement;
  private _language: Language;
  private _observer?: MutationObserver;
  private readonly _onLanguageChange = () => this._refresh();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this._host = host;
    // Resolved when the host connects, before its first update: a
    // constructor reads no DOM (on the server there is none).
    this._language = FALLBACK_LANGUAGE;
    host.addController(this);
  }

  /** The language the host renders in. */
  get language(): Language {
    if (isServer) return toLanguage(this._host.getAttribute('lang')) ?? renderingLanguage();
    return this._language;
  }

  hostConnected(): void {
    // One observer watches every root on the way up: a `lang` can change in
    // the document or in any shadow root that encloses the host.
    this._observer ??= new MutationObserver(() => this._refresh());
    for (const root of composedRoots(this._host)) {
      this._observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    window.addEventListener('languagechange', this._onLanguageChange);
    this._refresh();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    window.removeEventListener('languagechange', this._onLanguageChange);
  }

  private _refresh(): void {
    const language = resolveLanguage(this._host);
    if (language !== this._language) {
      this._language = language;
      this._host.requestUpdate();
    }
  }
}
