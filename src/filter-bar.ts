import { msg, str } from './localization.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { topicLabel } from './data/text.js';
import type { Language, PartlyTranslated } from './data/types.js';
import { formatNumber, isSingular } from './format.js';

export interface FilterBarContext {
  readonly language: Language;
  /** The topics offered as toggles, in order. */
  readonly topics: readonly string[];
  readonly selected: ReadonlySet<string>;
  /** Topic labels by id. */
  readonly topicLabels: Readonly<Record<string, PartlyTranslated>>;
  readonly shown: number;
  readonly total: number;
  /** The search text the count was for, trimmed ('' for none). */
  readonly query: string;
  /** Click handlers; a toggle carries its topic id in `data-topic`. */
  readonly onToggle: (event: Event) => void;
  readonly onClear: () => void;
}

/** "5 of 14 networks", and what was searched for, in the widget's language. */
function countText(shown: number, total: number, query: string, language: Language): string {
  const [s, t] = [formatNumber(shown, language), formatNumber(total, language)];
  if (query) {
    return isSingular(total)
      ? msg(str`${s} of ${t} network for “${query}”`, {
          id: 'count-one-query',
          desc: 'Live result count: networks shown of all networks, for the search text',
        })
      : msg(str`${s} of ${t} networks for “${query}”`, {
          id: 'count-query',
          desc: 'Live result count: networks shown of all networks, for the search text',
        });
  }
  return isSingular(total)
    ? msg(str`${s} of ${t} network`, {
        id: 'count-one',
        desc: 'Live result count: networks shown of all networks',
      })
    : msg(str`${s} of ${t} networks`, {
        id: 'count',
        desc: 'Live result count: networks shown of all networks',
      });
}

/**
 * The labelled group of topic toggles (native buttons with `aria-pressed`),
 * a button that clears the selection, and the live result count.
 */
export function renderFilterBar(context: FilterBarContext): TemplateResult {
  const { language, topics, selected, topicLabels, shown, total, query, onToggle, onClear } =
    context;
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
    <p part="count" class="count" role="status">${countText(shown, total, query, language)}</p>`;
}
