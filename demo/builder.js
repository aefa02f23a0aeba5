// The snippet builder: a form, a live <city-networks> preview, and the
// snippet and `render` command for the options chosen. Everything is derived
// from the form on each change; nothing else holds state.
import { builtInDataset } from '../src/data/index.ts';
import { overviewPage } from '../src/data/overview-page.ts';
import { escapeAttribute, scriptTag } from '../src/script-tag.ts';

const form = document.getElementById('options');
const preview = document.querySelector('#preview city-networks');
const snippetField = document.getElementById('snippet');
const command = document.getElementById('render-command');
const copyStatus = document.getElementById('copy-status');
const published = document.getElementById('published').content.querySelector('script');

/** The fallback link's text where the widget cannot render, per language. */
const FALLBACK_TEXT = { de: 'Städtenetzwerke auf berlin.de', en: 'City networks on berlin.de' };

// One checkbox per topic a network has (as the widget offers them), labelled in English.
const topicsFieldset = document.getElementById('topics');
const used = new Set(builtInDataset.networks.flatMap((network) => network.topics));
for (const [id, label] of Object.entries(builtInDataset.topics)) {
  if (!used.has(id)) continue;
  const item = document.createElement('label');
  const box = Object.assign(document.createElement('input'), {
    type: 'checkbox',
    name: 'topics',
    value: id,
  });
  item.append(box, ` ${label.en ?? label.de}`);
  topicsFieldset.append(item);
}

/** The options as the form says them. */
function readForm() {
  const data = new FormData(form);
  return {
    lang: data.get('lang'),
    topics: data.getAll('topics'),
    headingLevel: Number(data.get('headingLevel')),
    search: data.has('search'),
    urlState: data.has('urlState'),
    scriptSrc: data.get('source') === 'cdn' ? published.src : data.get('path').trim(),
  };
}

/** The element's attributes for the options, as [name, value] ('' for a boolean one). */
function attributes({ lang, topics, headingLevel, search, urlState }) {
  return [
    lang && ['lang', lang],
    topics.length && ['topics', topics.join(' ')],
    headingLevel !== 3 && ['heading-level', String(headingLevel)],
    search && ['search', ''],
    urlState && ['url-state', ''],
  ].filter(Boolean);
}

/** The snippet to paste: the script tag, then the element with its fallback link. */
export function snippetFor(options) {
  const language = options.lang || document.documentElement.lang || 'de';
  const attributeText = attributes(options)
    .map(([name, value]) => (value ? ` ${name}="${escapeAttribute(value)}"` : ` ${name}`))
    .join('');
  return [
    scriptTag(options.scriptSrc, published.integrity),
    `<city-networks${attributeText}>`,
    `  <a href="${overviewPage[language]}">${FALLBACK_TEXT[language]}</a>`,
    '</city-networks>',
  ].join('\n');
}

/** The `render` command that prints the same view, prerendered. */
export function commandFor({ lang, topics, headingLevel, search, urlState, scriptSrc }) {
  return [
    'npx city-networks render',
    `--lang ${lang || 'de'}`,
    topics.length && `--topics ${topics.join(',')}`,
    headingLevel !== 3 && `--heading-level ${headingLevel}`,
    search && '--search',
    urlState && '--url-state',
    scriptSrc !== published.src && `--script-src '${scriptSrc.replaceAll("'", "'\\''")}'`,
  ]
    .filter(Boolean)
    .join(' ');
}

function update() {
  const options = readForm();
  // The preview: the same attributes on a live element (any left out removed).
  const wanted = new Map(attributes(options));
  for (const name of ['lang', 'topics', 'heading-level', 'search', 'url-state']) {
    if (wanted.has(name)) preview.setAttribute(name, wanted.get(name));
    else preview.removeAttribute(name);
  }
  form.elements.path.disabled = form.elements.source.value === 'cdn';
  snippetField.value = snippetFor(options);
  command.textContent = commandFor(options);
  copyStatus.textContent = '';
}

document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetField.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard access (an older browser, or permission refused): select it instead.
    snippetField.select();
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
});

form.addEventListener('input', update);
form.addEventListener('change', update);
update();
