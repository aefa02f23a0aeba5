import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Language } from './data/types.js';
import type { DatasetStatus } from './dataset-controller.js';
import { formatNumber, isSingular } from './format.js';
import { msg, str } from './localization.js';

/** A result count: the networks shown of all, and the search text they were found for. */
export interface Count {
  readonly shown: number;
  readonly total: number;
  /** The search text, trimmed ('' for none). */
  readonly query: string;
}

/** The count of what a view shows, its search text trimmed. */
export const countOf = ({ shown, total, query }: Count): Count => ({
  shown,
  total,
  query: query.trim(),
});

/** "5 of 14 networks", and what was searched for, in the widget's language. */
export function countText({ shown, total, query }: Count, language: Language): string {
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

/** Why no card shows: the query, the topics, or both. */
export function noMatchText(query: string, topicsSelected: boolean): string {
  if (!query) return msg('No network matches the selected topics.', { id: 'no-match' });
  return topicsSelected
    ? msg(str`No network matches “${query}” in the selected topics.`, {
        id: 'no-match-query-topics',
        desc: 'Shown when no network matches the search text and the selected topics',
      })
    : msg(str`No network matches “${query}”.`, {
        id: 'no-match-query',
        desc: 'Shown when no network matches the search text',
      });
}

/** The summary of the networks a prerendered preselection hides ("12 more networks"). */
export function moreText(count: number, language: Language): string {
  const n = formatNumber(count, language);
  return isSingular(count)
    ? msg(str`${n} more network`, {
        id: 'more-one',
        desc: 'Without JavaScript: opens the network that the preselected topics hide',
      })
    : msg(str`${n} more networks`, {
        id: 'more',
        desc: 'Without JavaScript: opens the networks that the preselected topics hide',
      });
}

export const loadingText = () => msg('Loading city networks…', { id: 'loading' });

export const loadErrorText = () =>
  msg('The list of city networks could not be loaded.', { id: 'load-error' });

/** The message of a dataset that loads or could not be used, beside the data on show. */
export function renderStatusMessage(status: DatasetStatus) {
  if (status === 'loading') return renderMessage(loadingText(), 'status');
  if (status === 'error') return renderMessage(loadErrorText(), 'alert');
  return nothing;
}

/** Why no card shows, for the query as typed and whether topics are selected. */
export const renderNoMatch = (query: string, topicsSelected: boolean) =>
  renderMessage(noMatchText(query.trim(), topicsSelected));

/** The loading, empty or error message. */
export function renderMessage(text: string, role?: 'status' | 'alert') {
  return html`<p part="message" class="message" role=${ifDefined(role)}>${text}</p>`;
}
