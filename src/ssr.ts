/**
 * `city-networks/ssr`: the element rendered to HTML in Node, by
 * `@lit-labs/ssr` from the element's own templates. The result is what a
 * page needs before any script runs: a `<city-networks>` whose declarative
 * shadow root holds the cards, and a light-DOM fallback link for browsers
 * without declarative shadow DOM. Loading the element's script later takes
 * that root over (see `prerendered.ts`).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { overviewPage } from './data/overview-page.js';
import { builtInDataset } from './data/networks.js';
import type { Dataset, Language } from './data/types.js';
import { parseTopicList } from './data/select.js';
import { LANGUAGE_LIST, readDataset } from './data/validate.js';
import { toLanguage } from './language.js';
import { inLanguage, msg } from './localization.js';
import './index.js';

/** The language of a render that names none: that of berlin.de, where the widget comes from. */
const FALLBACK_SERVER_LANGUAGE = 'de';

export interface RenderOptions {
  /** The language to render in: `de` (the default) or `en` (`LANGUAGES`); a regional tag such as `de-AT` will do. */
  readonly lang?: string;
  /** Topic ids to preselect: a list, or a space- or comma-separated string as the `topics` attribute takes. */
  readonly topics?: readonly string[] | string;
  /** Level of the card headings, 2 to 6 (default 3). */
  readonly headingLevel?: number;
  /** Renders the search field (attribute `search`), so that it takes its room before the script runs. */
  readonly search?: boolean;
  /** Keeps the view in the page URL once the script runs (attribute `url-state`). */
  readonly urlState?: boolean;
  /** A custom dataset (schema as for `src` and `networks`); the built-in one if left out. */
  readonly networks?: unknown;
}

/**
 * Renders `<city-networks>` with its cards for a page to carry in its HTML.
 * Every option may be left out: no argument at all renders German, every
 * network. Throws an `Error` with a clear message for a bad option or
 * unusable data.
 */
export function renderCityNetworks(options: RenderOptions = {}): string {
  const { language, topics, headingLevel, search, urlState, dataset } = readOptions(options);
  const custom = dataset === builtInDataset ? undefined : dataset;
  // Custom data also goes into the light DOM as JSON, for the script to
  // take up what the server showed (a template cannot bind inside <script>).
  const embedded = custom
    ? unsafeHTML(`<script type="application/json">${scriptSafeJson(custom)}</script>`)
    : nothing;
  const topicList = topics.length ? topics.join(' ') : nothing;
  const level = headingLevel === 3 ? nothing : headingLevel;
  // The element gets no `lang` attribute, so that once upgraded it follows
  // the page like any other instance. On the server, an element without one
  // renders in the language of the render around it (the fallback link's text
  // too), and its content carries that language. The render is synchronous:
  // nothing in it waits.
  const rendered = inLanguage(language, () => {
    const fallback = msg('City networks on berlin.de', {
      id: 'fallback-link',
      desc: 'Link shown where the widget cannot render, to the page it is made from',
    });
    // One line: whitespace in the tag would reach the page as it is.
    // prettier-ignore
    const element = html`<city-networks topics=${topicList} heading-level=${level} ?search=${search} ?url-state=${urlState} .networks=${dataset}><a href=${overviewPage[language]}>${fallback}</a>${embedded}${WITHOUT_SCRIPT}</city-networks>`;
    return collectResultSync(render(element));
  });
  return (
    rendered
      .replace(HYDRATION_MARKERS, '')
      // Attributes left out leave their spaces behind in the tag.
      .replace(START_TAG, (_, name: string, attributes: string) => {
        return `<${name}${attributes.replace(ATTRIBUTE, ' $1')}>`;
      })
      // Every browser of the floor reads shadowrootmode; shadowroot is Chrome's older name.
      .replace(' shadowroot="open"', '')
      // The folded networks carry no parts: hidden by the preselection, they are
      // no cards on show, for host styles (::part) as for anything that counts them.
      .replace(FOLDED, (folded) => folded.replace(PART, ''))
  );
}

/**
 * A start tag and its attributes. Safe on what the renderer writes: every
 * attribute value is in double quotes, and no text holds a raw `<` (text is
 * escaped, JSON has `\u003c`, the stylesheet has none).
 */
const START_TAG = /<([a-z][a-z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+(?:="[^"]*")?)/g;

/** The `<details>` of the networks a preselection hides (card-list.ts), and a part attribute in it. */
const FOLDED = /<details class="more">[\s\S]*?<\/details>/;
const PART = / part="[^"]*"/g;

/**
 * The style a page without script applies (a `<noscript>` holds it): the
 * controls, which need the script, give up the room they keep for it, and
 * the networks a preselection hides show in a closed `<details>`. Its
 * `'sha256-…'` for a Content-Security-Policy is in dist/integrity.json.
 */
export const NO_SCRIPT_STYLE = 'city-networks{--_controls:none;--_more:block}';
const WITHOUT_SCRIPT = unsafeHTML(`<noscript><style>${NO_SCRIPT_STYLE}</style></noscript>`);

/**
 * The markers @lit-labs/ssr leaves for hydration: comments, and `<?>` (which
 * HTML parses as a comment, with a parse error). Nothing reads them: the
 * element renders its prerendered root afresh instead of hydrating it. Only
 * the renderer writes them; text from data is escaped (`<` as `&lt;`, or
 * `\u003c` in the JSON), so none can come from a dataset.
 */
const HYDRATION_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g;

/** The options checked, or an `Error` that says what is wrong. */
function readOptions(options: RenderOptions) {
  if (typeof options !== 'object' || options === null) {
    throw new Error(`the options must be an object, not ${JSON.stringify(options)}`);
  }
  const {
    lang = FALLBACK_SERVER_LANGUAGE,
    topics: topicsGiven = [],
    headingLevel = 3,
    search = false,
    urlState = false,
  } = options;
  const language: Language | undefined = toLanguage(lang);
  if (!language) throw new Error(`lang must be ${LANGUAGE_LIST}, not ${JSON.stringify(lang)}`);
  if (!Number.isInteger(headingLevel) || headingLevel < 2 || headingLevel > 6) {
    throw new Error(`headingLevel must be a whole number from 2 to 6, not ${headingLevel}`);
  }
  for (const [name, value] of Object.entries({ search, urlState })) {
    if (typeof value !== 'boolean') {
      throw new Error(`${name} must be true or false, not ${JSON.stringify(value)}`);
    }
  }
  let dataset: Dataset = builtInDataset;
  if (options.networks !== undefined) {
    const read = readDataset(options.networks, builtInDataset.topics);
    if (read.rejected.length) {
      throw new Error(`invalid networks in the data: ${read.rejected.join('; ')}`);
    }
    dataset = read.dataset;
  }
  const topics = typeof topicsGiven === 'string' ? parseTopicList(topicsGiven) : topicsGiven;
  if (!Array.isArray(topics) || topics.some((topic) => typeof topic !== 'string')) {
    throw new Error(
      `topics must be a list of topic ids or a string of them, not ${JSON.stringify(topicsGiven)}`,
    );
  }
  const unknown = topics.filter((topic) => !Object.hasOwn(dataset.topics, topic));
  if (unknown.length) {
    const known = Object.keys(dataset.topics).join(', ');
    throw new Error(`unknown topics: ${unknown.join(', ')} (known: ${known})`);
  }
  return { language, topics, headingLevel, search, urlState, dataset };
}

/** JSON that cannot end the `<script>` element it is in, nor open a comment. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');
