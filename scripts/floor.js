// The browser floor (contract.md, "Browsers") read from MDN's browser
// compatibility data (@mdn/browser-compat-data), not from memory.
//
//   node scripts/floor.js   prints the versions each feature the widget relies
//                           on came in, and those past the floor it works without
//
// The browser tests load test/fixtures/past-floor.js, made by apisPastFloor():
// it deletes every JavaScript built-in and web API member that some engine of
// the floor lacks, before the widget loads (test/floor.test.ts).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data');

/** The oldest version of each engine the widget supports. */
export const FLOOR = { chrome: 111, firefox: 128, safari: 16.4 };

/** What the widget relies on, within the floor: each must be there in every floor engine. */
export const RELIED_ON = {
  'html.elements.template.shadowrootmode': 'prerendered cards without script',
  'api.ShadowRoot.adoptedStyleSheets': 'Lit’s styles',
  'api.CSSStyleSheet.replaceSync': 'Lit’s styles',
  'javascript.builtins.Object.hasOwn': 'data checks',
  'javascript.builtins.String.replaceAll': 'server-rendered JSON',
  'api.AbortController.abort.reason_parameter': 'a fetch aborted with its reason',
  'css.types.color.color-mix': 'colours without light-dark()',
  'css.types.color.system-color': 'colours without light-dark()',
  'css.selectors.focus-visible': 'the focus ring',
  'css.properties.overflow-wrap.anywhere': 'long words in narrow cards',
  'css.properties.gap.flex_context': 'controls that wrap',
  'css.properties.break-inside.avoid': 'no card split across printed pages',
  'css.at-rules.media.forced-colors': 'forced colours',
};

/** Newer than the floor, so only used where present, with a fallback that behaves the same. */
export const DETECTED = {
  'css.types.color.light-dark': 'colours: an @supports fallback of system colours',
  'css.properties.content.alt_text':
    'the pressed mark: plain content first, unread where alt text works',
};

/** Newer than the floor and not used at all: the code does the same within it. */
export const AVOIDED = {
  'api.URL.canParse_static': 'link checks: new URL() in try/catch',
  'api.AbortSignal.any_static': 'fetch time-outs: one AbortController',
  'api.AbortSignal.timeout_static':
    'fetch time-outs: setTimeout (TimeoutError only since Chrome 124)',
};

const compat = (path) => path.split('.').reduce((node, key) => node?.[key], bcd)?.__compat;

/**
 * The first version of an engine that has a feature under its own name and
 * without a flag, or null. `partial`: a partial implementation counts (the
 * API is there); otherwise only full support does.
 */
function added(support, partial) {
  const versions = [support ?? []]
    .flat()
    .filter(
      (entry) =>
        !entry.flags &&
        !entry.prefix &&
        !entry.alternative_name &&
        (partial || !entry.partial_implementation) &&
        typeof entry.version_added === 'string',
    )
    .map((entry) => Number(entry.version_added.replace('≤', '')));
  return versions.length ? Math.min(...versions) : null;
}

/** The version each engine added a feature in: { chrome, firefox, safari } (null: never). */
export function versions(path, { partial = false } = {}) {
  const feature = compat(path);
  if (!feature) throw new Error(`${path} is not in @mdn/browser-compat-data`);
  return Object.fromEntries(
    Object.keys(FLOOR).map((engine) => [engine, added(feature.support[engine], partial)]),
  );
}

/** Whether every engine of the floor has the feature (`partial`: in part will do). */
export function withinFloor(path, options) {
  const found = versions(path, options);
  return Object.entries(FLOOR).every(
    ([engine, floor]) => found[engine] !== null && found[engine] <= floor,
  );
}

/**
 * Every JavaScript built-in, web API and member of one that some engine of
 * the floor lacks, as [owner, member, static]: `['URL', 'canParse', true]`,
 * or `['trustedTypes', null, false]` for a global. Members come before their
 * owner, so that a script can still reach them through it.
 */
export function apisPastFloor() {
  const found = [];
  for (const [root, owners] of [
    ['javascript.builtins', bcd.javascript.builtins],
    ['api', bcd.api],
  ]) {
    for (const [owner, features] of Object.entries(owners)) {
      for (const [name, feature] of Object.entries(features)) {
        if (name === '__compat' || !feature.__compat) continue;
        // Present in part is present: the API is there to call.
        if (withinFloor(`${root}.${owner}.${name}`, { partial: true })) continue;
        const isStatic = name.endsWith('_static');
        found.push([owner, isStatic ? name.slice(0, -'_static'.length) : name, isStatic]);
      }
      if (features.__compat && !withinFloor(`${root}.${owner}`, { partial: true })) {
        found.push([owner, null, false]);
      }
    }
  }
  return found;
}

/** A classic script that deletes those where they exist, and lists what it deleted. */
export function pastFloorScript() {
  return `// Made by scripts/floor.js from @mdn/browser-compat-data ${bcd.__meta.version}.
(() => {
  const deleted = [];
  const remove = (target, name, label) => {
    if (target && Object.hasOwn(target, name) && delete target[name]) deleted.push(label);
  };
  for (const [owner, member, isStatic] of ${JSON.stringify(apisPastFloor())}) {
    const constructor = globalThis[owner];
    if (member === null) remove(globalThis, owner, owner);
    // Members of Window live on the global object itself.
    else if (owner === 'Window') remove(globalThis, member, 'Window.' + member);
    else remove(isStatic ? constructor : constructor?.prototype, member, owner + '.' + member);
  }
  window.deletedApis = deleted;
})();
`;
}

function printTable() {
  const row = (path, why) => {
    const found = versions(path);
    const cells = Object.keys(FLOOR).map((engine) => String(found[engine] ?? 'no'));
    return `| \`${path}\` | ${cells.join(' | ')} | ${why} |`;
  };
  const table = (title, features) => [
    `\n${title}\n`,
    '| feature | Chrome | Firefox | Safari | for |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(features).map(([path, why]) => row(path, why)),
  ];
  console.log(
    [
      `Floor: Chrome ${FLOOR.chrome}, Firefox ${FLOOR.firefox}, Safari ${FLOOR.safari}`,
      `(@mdn/browser-compat-data ${bcd.__meta.version})`,
      ...table('Relied on, within the floor:', RELIED_ON),
      ...table('Past the floor, used with a fallback:', DETECTED),
      ...table('Past the floor, not used:', AVOIDED),
      `\n${apisPastFloor().length} APIs and API members past the floor are deleted in the floor tests.`,
    ].join('\n'),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printTable();
