import { msg, str } from './localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { pickText, topicLabel, type LocalizedText } from './data/text.js';
import type { Language, Members, Network, PartlyTranslated } from './data/types.js';
import { formatNumber, isSingular } from './format.js';

/** What every card of one render shares. */
export interface CardContext {
  readonly language: Language;
  /** The level of the card headings, from `heading-level`. */
  readonly headingLevel: number;
  /** Topic labels by id; validation labels every id a network uses. */
  readonly topicLabels: Readonly<Record<string, PartlyTranslated>>;
}

/**
 * The card's heading, `<h2>` to `<h6>` as `heading-level` says; anything
 * else gets `<h3>`. One template per level rather than a static tag name:
 * lit/static-html would add 170 bytes gzipped to the bundle.
 */
const HEADINGS: Readonly<Record<number, (title: LocalizedText) => TemplateResult>> = {
  2: ({ text, lang }) => html`<h2 part="card-title" lang=${ifDefined(lang)}>${text}</h2>`,
  3: ({ text, lang }) => html`<h3 part="card-title" lang=${ifDefined(lang)}>${text}</h3>`,
  4: ({ text, lang }) => html`<h4 part="card-title" lang=${ifDefined(lang)}>${text}</h4>`,
  5: ({ text, lang }) => html`<h5 part="card-title" lang=${ifDefined(lang)}>${text}</h5>`,
  6: ({ text, lang }) => html`<h6 part="card-title" lang=${ifDefined(lang)}>${text}</h6>`,
};

const renderHeading = (level: number, title: LocalizedText) =>
  (HEADINGS[level] ?? HEADINGS[3])(title);

function membersText({ count, qualifier = 'exactly' }: Members, language: Language): string {
  const n = formatNumber(count, language);
  switch (qualifier) {
    case 'more-than':
      return msg(str`more than ${n} members`, {
        id: 'members-more-than',
        desc: 'Fact on a card: how many members the network has',
      });
    case 'almost':
      return msg(str`almost ${n} members`, {
        id: 'members-almost',
        desc: 'Fact on a card: how many members the network has',
      });
    case 'about':
      return msg(str`about ${n} members`, {
        id: 'members-about',
        desc: 'Fact on a card: how many members the network has',
      });
    case 'exactly':
      return isSingular(count)
        ? msg(str`${n} member`, {
            id: 'member',
            desc: 'Fact on a card: how many members the network has',
          })
        : msg(str`${n} members`, {
            id: 'members',
            desc: 'Fact on a card: how many members the network has',
          });
  }
}

/** "more than 1,500 members", "founded 1990", "Berlin member since 2006": whatever is known. */
function facts({ members, founded, berlinSince }: Network, language: Language): string[] {
  return [
    members && membersText(members, language),
    founded &&
      msg(str`founded ${founded}`, {
        id: 'founded',
        desc: 'Fact on a card: the year the network was founded',
      }),
    berlinSince &&
      msg(str`Berlin member since ${berlinSince}`, {
        id: 'berlin-since',
        desc: 'Fact on a card: the year Berlin joined',
      }),
  ].filter((fact): fact is string => Boolean(fact));
}

/** The link to berlin.de's page, noting (and saying in `hreflang`) when that page is in the other language. */
function renderInfoLink(page: LocalizedText, shortName: string) {
  const text = msg(str`More about ${shortName} on berlin.de`, {
    id: 'info-link',
    desc: "Link to berlin.de's page about a network, named by its abbreviation or name",
  });
  return html`<li>
    <a part="link" href=${page.text} hreflang=${ifDefined(page.lang)}
      >${text}${page.lang ? renderLanguageNote(page.lang) : nothing}</a
    >
  </li>`;
}

/** "in German", said of a linked page in each language: a new language needs its entry. */
const PAGE_LANGUAGE_NOTES: Record<Language, () => string> = {
  de: () => msg('in German', { id: 'in-german', desc: 'After a link whose page is in German' }),
  en: () => msg('in English', { id: 'in-english', desc: 'After a link whose page is in English' }),
};

/** " (in German)" after a link whose page is in the other language. */
function renderLanguageNote(pageLanguage: Language) {
  return html`<span> (${PAGE_LANGUAGE_NOTES[pageLanguage]()})</span>`;
}

function renderWebsiteLink(website: string, shortName: string) {
  const text = msg(str`${shortName} website`, {
    id: 'website-link',
    desc: "Link to a network's own website",
  });
  return html`<li><a part="link" href=${website}>${text}</a></li>`;
}

function renderLinks(network: Network, shortName: string, language: Language) {
  const { info, website } = network.links ?? {};
  const page = info && pickText(info, language);
  if (!page && !website) return nothing;
  // eslint-disable-next-line lit-a11y/no-redundant-role -- WebKit drops the role without bullets.
  return html`<ul class="links" role="list">
    ${page ? renderInfoLink(page, shortName) : nothing}
    ${website ? renderWebsiteLink(website, shortName) : nothing}
  </ul>`;
}

/** What a card shows of one network: heading, summary, topics, facts and links. */
export function renderCardContent(
  network: Network,
  { language, headingLevel, topicLabels }: CardContext,
): TemplateResult {
  const name = pickText(network.name, language);
  const summary = pickText(network.summary, language);
  const { abbreviation } = network;
  const title =
    abbreviation && !name.text.includes(abbreviation)
      ? `${name.text} (${abbreviation})`
      : name.text;
  const factList = facts(network, language);
  // role="list" because WebKit drops the list role of a <ul> without bullets.
  /* eslint-disable lit-a11y/no-redundant-role */
  return html`${renderHeading(headingLevel, { text: title, lang: name.lang })}
    <p lang=${ifDefined(summary.lang)}>${summary.text}</p>
    <ul
      class="tags"
      role="list"
      aria-label=${msg('Topics', { id: 'topics', desc: "Accessible name of a card's list of topics" })}
    >
      ${network.topics.map((topic) => {
        const label = topicLabel(topicLabels, topic, language);
        return html`<li lang=${ifDefined(label.lang)}>${label.text}</li>`;
      })}
    </ul>
    ${
      factList.length
        ? html`<ul
            class="facts"
            role="list"
            aria-label=${msg('Facts', { id: 'facts', desc: "Accessible name of a card's list of facts (members, years)" })}
          >
            ${factList.map((fact) => html`<li>${fact}</li>`)}
          </ul>`
        : nothing
    }
    ${renderLinks(network, abbreviation ?? name.text, language)}`;
  /* eslint-enable lit-a11y/no-redundant-role */
}
