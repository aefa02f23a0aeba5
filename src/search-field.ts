import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from './localization.js';

export interface SearchFieldContext {
  readonly query: string;
  readonly onInput: (event: Event) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  /** The search is finished: Enter, or leaving a changed field. */
  readonly onChange: () => void;
  readonly onBlur: () => void;
}

/**
 * The labelled search field that narrows the cards as one types. Its text
 * is the host's `query`, checked against the field itself (`live`): a host
 * that sets back the value the field was last rendered with still wins.
 */
export function renderSearchField(context: SearchFieldContext): TemplateResult {
  const { query, onInput, onKeyDown, onChange, onBlur } = context;
  return html`<div class="search">
    <label for="search"
      >${msg('Search the networks', { id: 'search-label', desc: 'Label of the search field' })}</label
    >
    <input
      id="search"
      part="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      .value=${live(query)}
      @input=${onInput}
      @keydown=${onKeyDown}
      @change=${onChange}
      @blur=${onBlur}
    />
  </div>`;
}
