// A baseline for bench/run.js: the same widget as a plain custom element, no
// library. A search field (the same rules: every word, in either language,
// ignoring case, accents and ß/ss), topic toggles (native buttons with aria-pressed), a live count,
// cards with heading, summary, topics, facts and two links (the content of the
// widget's cards, so layout costs compare), German or English after
// <html lang> (followed live), OR filter. Every change re-renders the whole
// shadow root but the search field through innerHTML; every text is escaped.
//
// The dataset ({ topics, networks }, the format of README "Data") is read from
// <script type="application/json" id="reference-data">, which bench/run.js
// fills with the built-in dataset; the `networks` property replaces the list.

/* global HTMLElement, MutationObserver, document, customElements -- a browser script */

const TEXTS = {
  de: {
    search: 'Netzwerke durchsuchen',
    filter: 'Nach Thema filtern',
    showAll: 'Alle anzeigen',
    count: (shown, total) => `${shown} von ${total} Netzwerken`,
    topics: 'Themen',
    facts: 'Fakten',
    members: { 'more-than': 'mehr als', almost: 'fast', about: 'rund', n: 'Mitglieder' },
    founded: 'gegründet',
    since: 'Berlin Mitglied seit',
    info: (name) => `Mehr über ${name} auf berlin.de`,
    website: (name) => `Website von ${name}`,
    none: 'Kein Netzwerk passt zu den gewählten Themen.',
  },
  en: {
    search: 'Search the networks',
    filter: 'Filter by topic',
    showAll: 'Show all',
    count: (shown, total) => `${shown} of ${total} networks`,
    topics: 'Topics',
    facts: 'Facts',
    members: { 'more-than': 'more than', almost: 'almost', about: 'about', n: 'members' },
    founded: 'founded',
    since: 'Berlin member since',
    info: (name) => `More about ${name} on berlin.de`,
    website: (name) => `${name} website`,
    none: 'No network matches the selected topics.',
  },
};

const STYLE = `<style>
  :host { display: block; font-size: max(1em, 14px); line-height: 1.5; }
  * { box-sizing: border-box; margin: 0; }
  ul { padding: 0; list-style: none; }
  .filter { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; }
  button { font: inherit; min-height: 2.75em; padding: 0.25em 0.9em; border: 1px solid #767676;
    border-radius: 1.5em; background: #fff; cursor: pointer; }
  button[aria-pressed='true'] { border-color: #c8102e; background: #c8102e; color: #fff; }
  .count { margin-block: 1em; color: #5c5c5c; }
  .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 1em; }
  .card { display: flex; flex-direction: column; gap: 0.5em; padding: 1em 1.25em;
    border: 1px solid #767676; border-top: 4px solid #c8102e; border-radius: 0.5em; }
  .title { font-size: 1.2em; line-height: 1.3; }
  .tags, .facts { display: flex; flex-wrap: wrap; gap: 0.25em 0.5em; font-size: 0.875em; }
  .tags li { padding: 0 0.6em; border: 1px solid #767676; border-radius: 1em; }
  a { color: #c8102e; }
</style>`;

/** Folded for search: lower case, no accents, ß as ss. */
const fold = (text) =>
  text.toLowerCase().replaceAll('ß', 'ss').normalize('NFD').replace(/\p{M}/gu, '');

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (value) => String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** The text in `language`, else in the other one. */
const pick = (text, language) => text?.[language] ?? text?.[language === 'de' ? 'en' : 'de'];

const pageLanguage = () =>
  document.documentElement.lang.toLowerCase().startsWith('de') ? 'de' : 'en';

function readDataset() {
  const script = document.getElementById('reference-data');
  return script ? JSON.parse(script.textContent) : { topics: {}, networks: [] };
}

class ReferenceCityNetworks extends HTMLElement {
  #data = readDataset();
  #selected = new Set();
  #words = [];
  /** Each network's searchable text, folded once. */
  #texts = new WeakMap();
  #observer = new MutationObserver(() => this.#render());
  #search;
  #out;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      `${STYLE}<input part="search" type="search"><div class="out"></div>`;
    [this.#search, this.#out] = this.shadowRoot.querySelectorAll('input, .out');
    this.shadowRoot.addEventListener('click', (event) => this.#onClick(event));
    this.#search.addEventListener('input', () => {
      this.#words = fold(this.#search.value).split(/\s+/).filter(Boolean);
      this.#render();
    });
  }

  get networks() {
    return this.#data.networks;
  }

  set networks(networks) {
    this.#data = { ...this.#data, networks };
    this.#render();
  }

  connectedCallback() {
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.#observer.observe(document.documentElement, options);
    this.#render();
  }

  disconnectedCallback() {
    this.#observer.disconnect();
  }

  #onClick(event) {
    const button = event.target.closest('button');
    if (!button) return;
    const { topic } = button.dataset;
    if (!topic) this.#selected.clear();
    else if (this.#selected.has(topic)) this.#selected.delete(topic);
    else this.#selected.add(topic);
    this.#render();
  }

  #matches(network) {
    let text = this.#texts.get(network);
    if (text === undefined) {
      const { topics } = this.#data;
      const texts = [
        network.abbreviation,
        ...Object.values(network.name),
        ...Object.values(network.summary),
        ...network.topics.flatMap((id) => Object.values(topics[id] ?? {})),
      ];
      this.#texts.set(network, (text = fold(texts.join('\n'))));
    }
    return this.#words.every((word) => text.includes(word));
  }

  #render() {
    const language = pageLanguage();
    const texts = TEXTS[language];
    const { topics, networks } = this.#data;
    const used = new Set(networks.flatMap((network) => network.topics));
    const offered = Object.keys(topics).filter((id) => used.has(id) || this.#selected.has(id));
    const shown = networks.filter(
      (network) =>
        (!this.#selected.size || network.topics.some((id) => this.#selected.has(id))) &&
        this.#matches(network),
    );
    const format = new Intl.NumberFormat(language);
    const buttons = offered.map(
      (id) =>
        `<button part="topic" type="button" data-topic="${escape(id)}"
          aria-pressed="${this.#selected.has(id)}">${escape(pick(topics[id], language))}</button>`,
    );
    const context = { language, texts, format, topics };
    const cards = shown.map((network) => renderCard(network, context));
    this.#search.setAttribute('aria-label', texts.search);
    this.#out.innerHTML = `<div class="root" lang="${language}">
      <div part="filter" class="filter" role="group" aria-label="${escape(texts.filter)}">
        ${buttons.join('')}
        <button part="clear" type="button">${escape(texts.showAll)}</button>
      </div>
      <p part="count" class="count" role="status">${escape(
        texts.count(format.format(shown.length), format.format(networks.length)),
      )}</p>
      ${
        cards.length
          ? `<ul class="cards" role="list">${cards.join('')}</ul>`
          : `<p part="message">${escape(texts.none)}</p>`
      }
    </div>`;
  }
}

/** "mehr als 1.500 Mitglieder", "gegründet 1990", …: whatever is known. */
function facts({ members, founded, berlinSince }, { texts, format }) {
  const qualifier = members && texts.members[members.qualifier];
  return [
    members &&
      `${qualifier ? `${qualifier} ` : ''}${format.format(members.count)} ${texts.members.n}`,
    founded && `${texts.founded} ${founded}`,
    berlinSince && `${texts.since} ${berlinSince}`,
  ].filter(Boolean);
}

function renderCard(network, context) {
  const { language, texts, topics } = context;
  const name = pick(network.name, language);
  const shortName = network.abbreviation ?? name;
  const info = pick(network.links?.info, language);
  const website = network.links?.website;
  const links = [
    info && `<li><a part="link" href="${escape(info)}">${escape(texts.info(shortName))}</a></li>`,
    website &&
      `<li><a part="link" href="${escape(website)}">${escape(texts.website(shortName))}</a></li>`,
  ].filter(Boolean);
  return `<li part="card" class="card" data-network="${escape(network.id)}">
    <h3 part="card-title" class="title">${escape(name)}</h3>
    <p class="summary">${escape(pick(network.summary, language))}</p>
    ${list(
      'tags',
      texts.topics,
      network.topics.map((id) => escape(pick(topics[id], language))),
    )}
    ${list('facts', texts.facts, facts(network, context).map(escape))}
    ${links.length ? `<ul class="links">${links.join('')}</ul>` : ''}
  </li>`;
}

/** A labelled list of already escaped items, or nothing for none. */
const list = (className, label, items) =>
  items.length
    ? `<ul class="${className}" aria-label="${label}">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`
    : '';

customElements.define('reference-city-networks', ReferenceCityNetworks);
