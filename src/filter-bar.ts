import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { topicLabel } from './data/text.js';
import type { Language, PartlyTranslated } from './data/types.js';
import { msg } from './localization.js';
import { countText, type Count } from './messages.js';

export interface FilterBarContext {
  readonly language: Language;
  /** The topics offered as toggles, in order. */
  readonly topics: readonly string[];
  readonly selected: ReadonlySet<string>;
  /** Topic labels by id. */
  readonly topicLabels: Readonly<Record<string, PartlyTranslated>>;
  /** What the cards show now. */
  readonly count: Count;
  /** What screen readers were last told, if anything. */
  readonly announced?: Count;
  /** Click handlers; a toggle carries its topic id in `data-topic`. */
  readonly onToggle: (event: Event) => void;
  readonly onClear: () => void;
}

/**
 * The labelled group of topic toggles (native buttons with `aria-pressed`),
 * a button that clears the selection, and the result count. The count on
 * show follows every change; a visually hidden polite live region beside it
 * says what screen readers are told, which may wait for typing to pause.
 */
export function renderFilterBar(context: FilterBarContext): TemplateResult {
  const { language, topics, selected, topicLabels, count, announced, onToggle, onClear } = context;
  return html`<div part="filter" class="filter" role="group" aria-labelledby="filter-label">
      <span id="filter-label" class="filter-label"
        >${msg('Filter by topic', { id: 'filter-label', desc: 'Name of the group of topic toggles' })}</span
      >
      ${topics.map((topic) => {
        const label = topicLabel(topicLabels, topic, language);
        return html`<button
          part="topic"
          type="button"
          data-topic=${topic}
          lang=${ifDefined(label.lang)}
          aria-pressed=${String(selected.has(topic)) as 'true' | 'false'}
          @click=${onToggle}
        >
          ${label.text}
        </button>`;
      })}
      <button part="clear" class="clear" type="button" @click=${onClear}>
        ${msg('Show all', { id: 'show-all', desc: 'Button that clears the topic selection' })}
      </button>
    </div>
    <p part="count" class="count">${countText(count, language)}</p>
    <p class="announcement" role="status">
      ${announced ? countText(announced, language) : nothing}
    </p>`;
}
