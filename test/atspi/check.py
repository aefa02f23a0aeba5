"""What assistive technology receives: the widget's accessibility tree as
Firefox ESR and WebKitGTK expose it over AT-SPI, the interface Orca reads on
Linux, asserted in German and English.

Run by scripts/test-atspi.js inside `xvfb-run dbus-run-session`, with the
system Python (pyatspi is a Debian package): python3 test/atspi/check.py
[firefox|webkit ...], the built-in networks' ids and topics in
CITY_NETWORKS_BUILT_IN (JSON) to derive every count from. It serves the repository (dist/ must be built), opens
each test page in a fresh browser, waits (bounded) for the page's tree and
asserts what a screen reader announces: names, roles as announced (a toggle
is a button with a pressed state, whichever role name the engine uses),
states, heading levels, live regions and languages. Exit status 1 on any
failure, with every failure listed.
"""

import http.server
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

import pyatspi
from gi.repository import GLib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MINIBROWSER = (os.environ.get('CITY_NETWORKS_MINIBROWSER')
               or '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser')
WAIT = 60  # seconds for a tree to fill in, at most

# Whether the engine tells AT-SPI clients that a live region's text changed.
# WebKitGTK (2.50 here) sends no event at all when the text of a role="status"
# element changes, whether its text node's data changes or the node is
# replaced (tried on a plain page too), so Orca cannot announce it there; the
# new text is in the tree all the same. Firefox sends one text insertion.
LIVE_REGION_EVENTS = {'firefox': True, 'webkit': False}

# A result count on show, in either language.
COUNT = re.compile(r'^[\d.,]+ (von|of) [\d.,]+ (Netzwerken|Netzwerk|networks|network)$')


def built_in_networks():
    """The built-in networks, each its id and topics, as scripts/test-atspi.js
    reads them from lib/data/index.js and passes them in CITY_NETWORKS_BUILT_IN:
    counts here derive from them, so that only test/node/dataset.test.js
    says how many networks there are."""
    value = os.environ.get('CITY_NETWORKS_BUILT_IN')
    if not value:
        sys.exit('CITY_NETWORKS_BUILT_IN is not set: run this through node scripts/test-atspi.js')
    return json.loads(value)


BUILT_IN = built_in_networks()
TOTAL = len(BUILT_IN)
# The topics the first widget of test/atspi/<lang>.html selects, and how many networks it shows.
PAGE_TOPICS = {'climate', 'peace'}
SELECTED = sum(1 for network in BUILT_IN if PAGE_TOPICS & set(network['topics']))


def number(count, lang):
    """A count as the language writes it: 1,500 and 1.500."""
    return f'{count:,}'.replace(',', '.' if lang == 'de' else ',')


def count_text(shown, lang, total=TOTAL):
    """The count the widget shows: "3 von 14 Netzwerken", "3 of 14 networks"."""
    if lang == 'de':
        return f'{number(shown, lang)} von {number(total, lang)} Netzwerk{"" if total == 1 else "en"}'
    return f'{number(shown, lang)} of {number(total, lang)} network{"" if total == 1 else "s"}'


def any_count(lang):
    """Any number shown of all the built-in networks, in `lang`: "… von 14 Netzwerken"."""
    _, rest = count_text(0, lang).split(' ', 1)
    return re.compile(r'^[\d.,]+ ' + re.escape(rest) + '$')

# What each page must expose. The first widget shows the built-in data with
# "climate peace" selected (SELECTED cards, among them the three named here);
# the second, custom data whose summary exists in English only, with heading-level 4.
EXPECTED = {
    'de': {
        'group': 'Nach Thema filtern',
        'topics': ['Klima', 'Wirtschaft', 'Wissenschaft', 'Kultur', 'Stadtentwicklung',
                   'Soziale Integration', 'Gesundheit', 'Frieden'],
        'pressed': ['Klima', 'Frieden'],
        'show_all': 'Alle anzeigen',
        'count': count_text(SELECTED, 'de'),
        'count_after': any_count('de'),
        'toggle': 'Kultur',
        'search': 'Netzwerke durchsuchen',
        'query': 'frieden',
        'cards': [
            ('Cities Climate Leadership Group (C40)',
             ['Mehr über das Netzwerk C40 auf berlin.de', 'Website des Netzwerks C40']),
            ('Klima-Bündnis',
             ['Mehr über das Netzwerk Klima-Bündnis auf berlin.de (auf Englisch)',
              'Website des Netzwerks Klima-Bündnis']),
            ('Mayors for Peace',
             ['Mehr über das Netzwerk Mayors for Peace auf berlin.de',
              'Website des Netzwerks Mayors for Peace']),
        ],
        'custom': 'Netz mit englischer Zusammenfassung',
    },
    'en': {
        'group': 'Filter by topic',
        'topics': ['Climate', 'Economy', 'Science', 'Culture', 'Urban development',
                   'Social integration', 'Health', 'Peace'],
        'pressed': ['Climate', 'Peace'],
        'show_all': 'Show all',
        'count': count_text(SELECTED, 'en'),
        'count_after': any_count('en'),
        'toggle': 'Culture',
        'search': 'Search the networks',
        'query': 'peace',
        'cards': [
            ('Cities Climate Leadership Group (C40)',
             ['More about C40 on berlin.de', 'C40 website']),
            ('Climate Alliance',
             ['More about Climate Alliance on berlin.de', 'Climate Alliance website']),
            ('Mayors for Peace',
             ['More about Mayors for Peace on berlin.de (in German)',
              'Mayors for Peace website']),
        ],
        'custom': 'Network with an English summary',
    },
}


# ------------------------------------------------------------ the server

PRERENDERED_PAGE = """<!doctype html>
<html lang="{lang}">
  <head><meta charset="utf-8" /><title>city-networks AT-SPI prerendered {lang}</title></head>
  <body>
{fragment}
  </body>
</html>
"""


class Handler(http.server.SimpleHTTPRequestHandler):
    """The repository as files, and /prerendered-<lang>.html: the snippet in a page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=ROOT, **kwargs)

    def do_GET(self):
        match = re.fullmatch(r'/prerendered-(de|en)\.html', self.path)
        if not match:
            return super().do_GET()
        lang = match.group(1)
        with open(os.path.join(ROOT, 'dist', 'prerendered', f'{lang}.html'), encoding='utf-8') as f:
            body = PRERENDERED_PAGE.format(lang=lang, fragment=f.read()).encode()
        self.send_response(200)
        self.send_header('content-type', 'text/html; charset=utf-8')
        self.send_header('content-length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def serve():
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# ----------------------------------------------------------- the browsers

FIREFOX_PREFS = """
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.aboutwelcome.enabled", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("app.update.auto", false);
"""


def launch(engine, url, javascript):
    """Starts the engine on url in a process group of its own, with a fresh profile."""
    profile = tempfile.mkdtemp(prefix='city-networks-atspi-')
    env = dict(os.environ, GNOME_ACCESSIBILITY='1', HOME=profile)
    if engine == 'firefox':
        prefs = FIREFOX_PREFS + ('' if javascript else 'user_pref("javascript.enabled", false);\n')
        with open(os.path.join(profile, 'user.js'), 'w') as f:
            f.write(prefs)
        command = ['firefox-esr', '--no-remote', '--profile', profile, url]
    else:
        command = [MINIBROWSER, f'--enable-javascript={str(javascript).lower()}', url]
    process = subprocess.Popen(command, env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, profile


def stop(process, profile):
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    shutil.rmtree(profile, ignore_errors=True)


# --------------------------------------------------------- reading the tree

def children(node):
    try:
        return [child for child in node if child is not None]
    except Exception:  # a node gone while reading: the tree is still changing
        return []


def walk(node):
    """The node and everything below it, in document order."""
    yield node
    for child in children(node):
        yield from walk(child)


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return None


def attributes(node):
    try:
        return dict(pair.split(':', 1) for pair in node.getAttributes() if ':' in pair)
    except Exception:
        return {}


def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def text(node):
    try:
        return node.queryText().getText(0, -1)
    except Exception:
        return ''


def language(node):
    """The language AT-SPI gives the node's text (a text attribute)."""
    try:
        run = node.queryText().getAttributeRun(0, True)[0]
    except Exception:
        return None
    return dict(pair.split(':', 1) for pair in run if ':' in pair).get('language')


def find_document(title):
    for app in children(pyatspi.Registry.getDesktop(0)):
        for node in walk_limited(app, 12):
            try:
                if role(node) == 'document web' and node.name == title:
                    return node
            except Exception:
                continue
    return None


def walk_limited(node, depth):
    yield node
    if depth:
        for child in children(node):
            yield from walk_limited(child, depth - 1)


class Page:
    """What a screen reader finds of the widgets on one page, in document order."""

    def __init__(self, document):
        nodes = list(walk(document))
        self.groups = [n for n in nodes if attributes(n).get('xml-roles') == 'group']
        # The polite live regions that announce the count, and the counts on show.
        self.statuses = [n for n in nodes if attributes(n).get('live') == 'polite']
        self.counts = [n for n in nodes if role(n) == 'paragraph'
                       and attributes(n).get('live') is None and COUNT.match(text(n).strip())]
        # The cards' lists: lists whose items hold a heading (the topics and
        # facts inside a card are lists too, without headings).
        self.card_lists = [
            n for n in nodes
            if role(n) == 'list'
            and any(role(c) == 'list item' and heading_of(c) for c in children(n))
        ]

    def ready(self, cards, complete):
        """Whether the tree holds as many cards per list as `cards` says, and, if
        `complete`, a count and a filter group for each list."""
        if [len(items(l)) for l in self.card_lists] != cards:
            return False
        return not complete or len(self.counts) == len(self.groups) == len(cards)


def items(list_node):
    return [c for c in children(list_node) if role(c) == 'list item']


def heading_of(card):
    return next((n for n in walk(card) if role(n) == 'heading'), None)


def title_of(card):
    heading = heading_of(card)
    return heading.name if heading else None


def links_of(card):
    return [n.name for n in walk(card) if role(n) == 'link']


def buttons(group):
    return [n for n in walk(group) if role(n) in ('toggle button', 'push button')]


# ----------------------------------------------------------------- checks

class Check:
    def __init__(self, label):
        self.label = label
        self.failures = []

    def equal(self, what, actual, expected):
        if actual != expected:
            self.failures.append(f'{what}: {actual!r}, expected {expected!r}')

    def true(self, what, value):
        if not value:
            self.failures.append(what)


def wait_for_page(title, cards, controls=True):
    """The page's document and what it holds, once it holds `cards` (and, with
    `controls`, a count and a filter for each list, or a few seconds more have
    passed: then the checks say what is missing); else None and what it held."""
    deadline = time.monotonic() + WAIT
    seen = 'no document'
    settled = None
    while time.monotonic() < deadline:
        document = find_document(title)
        if document is not None:
            page = Page(document)
            if page.ready(cards, complete=controls) or (
                    settled and time.monotonic() > settled):
                return document, page
            if settled is None and page.ready(cards, complete=False):
                settled = time.monotonic() + 5
            seen = (f'{len(page.groups)} groups, {len(page.counts)} counts, '
                    f'cards {[len(items(l)) for l in page.card_lists]}')
        time.sleep(0.25)
    return None, seen


def check_cards(check, cards, expected_cards, level):
    """The named cards, in their order, among `cards`, with their heading level and links."""
    titles = {title for title, _ in expected_cards}
    cards = [c for c in cards if title_of(c) in titles]
    check.equal('cards in the list', [title_of(c) for c in cards],
                [title for title, _ in expected_cards])
    for card, (title, links) in zip(cards, expected_cards):
        heading = heading_of(card)
        check.equal(f'heading level of {title}', attributes(heading).get('level'), str(level))
        check.equal(f'links of {title}', links_of(card), links)


def check_widget_page(engine, origin, lang):
    expected = EXPECTED[lang]
    check = Check(f'{engine} {lang}')
    title = f'city-networks AT-SPI {lang}'
    process, profile = launch(engine, f'{origin}/test/atspi/{lang}.html', javascript=True)
    try:
        document, page = wait_for_page(title, cards=[SELECTED, 1])
        if document is None:
            check.failures.append(f'"{title}" not complete within {WAIT} s: {page}')
            return check
        check.equal('filter groups', len(page.groups), 2)
        check.equal('counts on show', len(page.counts), 2)
        check.equal('card lists', len(page.card_lists), 2)
        if len(page.groups) != 2 or len(page.counts) != 2 or len(page.card_lists) != 2:
            return check  # what follows reads them
        group = page.groups[0]
        check.equal('name of the filter group', group.name, expected['group'])
        toggles = [b for b in buttons(group) if b.name != expected['show_all']]
        check.equal('toggles', [b.name for b in toggles], expected['topics'])
        check.equal('pressed toggles',
                    [b.name for b in toggles if has_state(b, pyatspi.STATE_PRESSED)],
                    expected['pressed'])
        show_all = [b for b in buttons(group) if b.name == expected['show_all']]
        check.true(f'a "{expected["show_all"]}" button', len(show_all) == 1)
        check.true('"Show all" is no toggle',
                   show_all and not has_state(show_all[0], pyatspi.STATE_PRESSED))
        check.equal('count on show', text(page.counts[0]).strip(), expected['count'])
        # Nothing announced yet: a live region, where the engine shows an empty
        # one at all, says nothing before the user changes something.
        check.equal('live regions saying something before any change',
                    [text(n).strip() for n in page.statuses if text(n).strip()], [])
        check.equal('cards', len(items(page.card_lists[0])), SELECTED)
        check_cards(check, items(page.card_lists[0]), expected['cards'], level=3)
        # Custom data in one language: the card's summary is English on a German page too.
        custom = items(page.card_lists[1])
        check.equal('custom cards', [title_of(c) for c in custom], [expected['custom']])
        if custom:
            check.equal('heading level of the custom card',
                        attributes(heading_of(custom[0])).get('level'), '4')
            summary = next((n for n in walk(custom[0]) if role(n) == 'paragraph'), None)
            check.equal('language of the English-only summary', language(summary), 'en')
            check.equal('language of the card heading', language(heading_of(custom[0])), lang)
        check_toggle(check, document, group, page.counts[0], expected, LIVE_REGION_EVENTS[engine])
        check_typing(check, document, page.counts[0], expected, LIVE_REGION_EVENTS[engine])
    finally:
        stop(process, profile)
    return check


def said(document):
    """What the page's polite live regions say now."""
    return [text(n).strip() for n in Page(document).statuses if text(n).strip()]


def pump(seconds):
    """Lets AT-SPI events arrive for `seconds`."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        GLib.MainContext.default().iteration(False)
        time.sleep(0.05)


def check_typing(check, document, count, expected, live_events):
    """Types a word into the search field, key by key, as real keystrokes
    (AT-SPI's generateKeyboardEvent, through XTest): the count on show names
    the word; the live region says that count once typing pauses, with one
    text change for the whole word, not one a key (where the engine reports
    them)."""
    entry = next((n for n in walk(document)
                  if role(n) == 'entry' and n.name == expected['search']), None)
    check.true(f'a search field named "{expected["search"]}"', entry is not None)
    if entry is None:
        return
    events = []
    kind = 'object:text-changed:insert'

    def listen(event):
        events.append((event.type, event.source))

    before = said(document)
    pyatspi.Registry.registerEventListener(listen, kind)
    try:
        entry.queryComponent().grabFocus()
        deadline = time.monotonic() + 5
        while not has_state(entry, pyatspi.STATE_FOCUSED) and time.monotonic() < deadline:
            pump(0.05)
        for character in expected['query']:
            pyatspi.Registry.generateKeyboardEvent(0, character, pyatspi.KEY_STRING)
        deadline = time.monotonic() + 10
        while said(document) == before and time.monotonic() < deadline:
            pump(0.05)
        # A little longer: a second announcement would come now.
        pump(1.5)
    finally:
        pyatspi.Registry.deregisterEventListener(listen, kind)
    shown = text(count).strip()
    check.equal('the typed word in the field', text(entry), expected['query'])
    check.true(f'the count on show names the word ({shown!r})', expected['query'] in shown)
    check.equal('what the live regions say once typing pauses', said(document), [shown])
    if live_events:
        announced = [e for e in events if e[0].startswith(kind)
                     and attributes(e[1]).get('live') == 'polite']
        check.equal('text changes of the live regions for the typed word', len(announced), 1)


def check_toggle(check, document, group, count, expected, live_events):
    """Presses a toggle as a screen reader does (its AT-SPI action): one pressed
    state change on it, the count on show and one polite live region saying
    the new result, with one text change of that region (where the engine
    reports them), focus still on it."""
    toggle = next(b for b in buttons(group) if b.name == expected['toggle'])
    events = []

    def listen(event):
        events.append((event.type, event.source, event.detail1, event.any_data))

    kinds = ['object:state-changed:pressed', 'object:text-changed:insert']

    def pressed_and_announced():
        # Event types may carry a suffix (Firefox: "object:text-changed:insert:system").
        pressed = [e for e in events if e[0].startswith(kinds[0]) and e[1] == toggle and e[2] == 1]
        announced = [e for e in events if e[0].startswith(kinds[1])
                     and attributes(e[1]).get('live') == 'polite']
        return pressed, announced

    pyatspi.Registry.registerEventListener(listen, *kinds)
    try:
        toggle.queryComponent().grabFocus()
        action = toggle.queryAction()
        # Actions, too, may come a moment after the node.
        deadline = time.monotonic() + 5
        while action.nActions == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        names = [action.getName(i) for i in range(action.nActions)]
        check.true(f'a press or click action on the toggle (has {names})',
                   any(n in ('press', 'click') for n in names))
        index = next((i for i, n in enumerate(names) if n in ('press', 'click')), 0)
        action.doAction(index)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            GLib.MainContext.default().iteration(False)
            pressed, announced = pressed_and_announced()
            if pressed and (announced or not live_events) and said(document):
                break
            time.sleep(0.05)
        # A little longer: a second announcement would come now.
        settle = time.monotonic() + 1
        while time.monotonic() < settle:
            GLib.MainContext.default().iteration(False)
            time.sleep(0.05)
    finally:
        pyatspi.Registry.deregisterEventListener(listen, *kinds)
    pressed, announced = pressed_and_announced()
    check.equal('pressed state changes of the toggle', len(pressed), 1)
    check.true('the toggle is pressed', has_state(toggle, pyatspi.STATE_PRESSED))
    if live_events:
        check.equal('text changes of the live regions', len(announced), 1)
    after = text(count).strip()
    check.true(f'the count on show says the new result ({after!r})',
               after != expected['count'] and expected['count_after'].match(after))
    check.equal('what the live regions say', said(document), [after])
    check.true('focus stays on the toggle', has_state(toggle, pyatspi.STATE_FOCUSED))


def check_prerendered_page(engine, origin, lang):
    """The prerendered snippet with JavaScript off: the same cards and count,
    no control that needs script."""
    expected = EXPECTED[lang]
    check = Check(f'{engine} {lang}, prerendered, no JavaScript')
    title = f'city-networks AT-SPI prerendered {lang}'
    process, profile = launch(engine, f'{origin}/prerendered-{lang}.html', javascript=False)
    try:
        document, page = wait_for_page(title, cards=[TOTAL], controls=False)
        if document is None:
            check.failures.append(f'"{title}" not complete within {WAIT} s: {page}')
            return check
        check.equal('card lists', len(page.card_lists), 1)
        cards = items(page.card_lists[0]) if page.card_lists else []
        check.equal('cards', len(cards), TOTAL)
        check_cards(check, cards, expected['cards'], level=3)
        check.equal('count on show', [text(c).strip() for c in page.counts],
                    [count_text(TOTAL, lang)])
        check.equal('live regions saying something',
                    [text(n).strip() for n in page.statuses if text(n).strip()], [])
        controls = [n for n in walk(document) if role(n) in ('toggle button', 'push button')]
        check.equal('controls that need script', [c.name for c in controls], [])
        check.equal('language of the cards', language(heading_of(cards[0])) if cards else None, lang)
    finally:
        stop(process, profile)
    return check


def main():
    engines = sys.argv[1:] or ['firefox', 'webkit']
    bus = subprocess.Popen(['/usr/libexec/at-spi-bus-launcher', '--launch-immediately'],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # The registry up before the first browser starts: a browser that starts
    # first may find no accessibility bus and never build its tree.
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        try:
            pyatspi.Registry.getDesktop(0).childCount
            break
        except Exception:
            time.sleep(0.25)
    server = serve()
    origin = f'http://127.0.0.1:{server.server_address[1]}'
    failed = False
    try:
        for engine in engines:
            for lang in ('de', 'en'):
                for run in (check_widget_page, check_prerendered_page):
                    start = time.monotonic()
                    check = run(engine, origin, lang)
                    seconds = time.monotonic() - start
                    mark = 'ok' if not check.failures else 'FAILED'
                    print(f'{mark:6} {check.label} ({seconds:.1f} s)', flush=True)
                    for failure in check.failures:
                        print(f'         {failure}', flush=True)
                    failed = failed or bool(check.failures)
    finally:
        server.shutdown()
        bus.terminate()
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
