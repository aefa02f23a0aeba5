import { html, type TemplateResult } from 'lit';
import { msg } from './localization.js';

export interface SearchFieldContext {
  readonly query: string;
  readonly onInput: (event: Event) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  /** The search is finished: Enter, or leaving a changed field. */
  readonly onChange: () => void;
  readonly onBlur: () => void;
}

/** The labelled search field that narrows the cards as one types. */
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
      .value=${query}
      @input=${onInput}
      @keydown=${onKeyDown}
      @change=${onChange}
      @blur=${onBlur}
    />
  </div>`;
}
