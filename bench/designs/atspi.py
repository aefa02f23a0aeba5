"""What Firefox ESR and WebKitGTK give a screen reader of each card-list design
at 1,000 cards: for every card, its heading's name, its link's name and its
summary text, read from the AT-SPI tree (the one Orca reads), the last card
far below the viewport included. Prints a line per engine and design.

    node bench/designs/build.js
    xvfb-run -a dbus-run-session /usr/bin/python3 bench/designs/atspi.py
"""

import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', 'atspi'))
import pyatspi  # noqa: E402
from check import WAIT, find_document, launch, role, serve, stop, text, walk  # noqa: E402

DESIGNS = ['keyed', 'kept', 'today']
CARDS = 1000


def read_cards(document):
    """Per card number: whether its heading, link and summary are named."""
    cards = {}
    for node in walk(document):
        kind = role(node)
        if kind == 'heading':
            match = re.fullmatch(r'Network number (\d+)', node.name or '')
            if match:
                cards.setdefault(int(match.group(1)), set()).add('heading')
        elif kind == 'link':
            match = re.fullmatch(r'Network number (\d+) website', node.name or '')
            if match:
                cards.setdefault(int(match.group(1)), set()).add('link')
        elif kind == 'paragraph':
            match = re.fullmatch(r'Summary of network (\d+)\.', text(node).strip())
            if match:
                cards.setdefault(int(match.group(1)), set()).add('summary')
    return cards


def measure(engine, origin, design):
    title = f'city-networks design {design} ready'
    process, profile = launch(engine, f'{origin}/bench/designs/a11y.html?design={design}', True)
    try:
        deadline = time.monotonic() + WAIT
        cards = {}
        while time.monotonic() < deadline:
            document = find_document(title)
            if document is not None:
                cards = read_cards(document)
                if len(cards) == CARDS and all(len(parts) == 3 for parts in cards.values()):
                    break
            time.sleep(1)
        complete = sum(1 for parts in cards.values() if len(parts) == 3)
        last = sorted(cards.get(CARDS - 1, set()))
        return f'{engine:8} {design:6} complete cards {complete:5} of {CARDS}; last card: {last}'
    finally:
        stop(process, profile)


def main():
    bus = subprocess.Popen(['/usr/libexec/at-spi-bus-launcher', '--launch-immediately'],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        try:
            pyatspi.Registry.getDesktop(0).childCount
            break
        except Exception:
            time.sleep(0.25)
    server = serve()
    origin = f'http://127.0.0.1:{server.server_address[1]}'
    try:
        for engine in sys.argv[1:] or ['firefox', 'webkit']:
            for design in DESIGNS:
                print(measure(engine, origin, design), flush=True)
    finally:
        server.shutdown()
        bus.terminate()


if __name__ == '__main__':
    main()
