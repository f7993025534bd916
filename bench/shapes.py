"""Inputs of pathological shape, at any size: what a reader might open by mistake (issue 18).

Every generator is deterministic and returns text of about `size` characters. `SHAPES` maps a
shape's name to (generator, file suffix, full size in the bench); tests use the same generators
at a few kilobytes.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.corpus import article

_WORDS = (
    "budget harbour council figure station market report winter rail tender vote bridge "
    "season ferry permit ledger garden tunnel"
).split()


def lines_of_a(size: int) -> str:
    """Return lines of "a." (a log-like file: one tiny sentence per line, no blank lines)."""
    return "a.\n" * max(1, size // 3)


def one_word_lines(size: int) -> str:
    """Return one-word lines ("harbour"), as in a word list or one column of a CSV export."""
    rng = random.Random(3)
    out: list[str] = []
    n = 0
    while n < size:
        w = rng.choice(_WORDS)
        out.append(w)
        n += len(w) + 1
    return "\n".join(out) + "\n"


def repeated_entities(size: int) -> str:
    """Return one sentence with three entities repeated on one line (three mentions per 41 chars)."""
    s = "Barack Obama met Angela Merkel in Paris. "
    return (s * max(1, size // len(s))).rstrip() + "\n"


def repeated_quotation(size: int) -> str:
    """Return one quotation with its speaker repeated, all on one line."""
    s = '"We will fix the bridge by June," Mayor Ann Lee said. '
    return (s * max(1, size // len(s))).rstrip() + "\n"


def prose(size: int) -> str:
    """Return ordinary news prose with paragraphs: names, quotes, numbers and dates."""
    return article(max(50, size * 10 // 62))  # about 6.2 characters a word


def prose_one_line(size: int) -> str:
    """Return the same prose as `prose` with every line break made a space: one huge paragraph."""
    return " ".join(prose(size).split()) + "\n"


_FIRST = (
    "Maria Tomas Ana Jonas Priya David Laura Mei Omar Sofia Lukas Elena Ivan Nadia Pablo Greta Hugo Irene Felix Clara"
).split()
_LAST = (
    "Keller Okafor Costa Weber Raman Alvarez Hendricks Chen Haddad Rossi Novak Berg Silva Moreau "
    "Jansen Kowalski Dumas Lindqvist Ferreira Brandt"
).split()


def distinct_names(size: int) -> str:
    """Return a CSV-like list of many different people, one per line, some quoted: every name new."""
    out: list[str] = ["Name, city and what they said"]
    n = total = 0
    while total < size:
        first, last = _FIRST[n % len(_FIRST)], _LAST[(n // len(_FIRST)) % len(_LAST)]
        initial = chr(ord("A") + (n // 400) % 26)  # past 400 people, a middle initial keeps names new
        name = f"{first} {initial}. {last}"
        line = f'{name}, Lisbon, said "we will vote on {n}".' if n % 3 == 0 else f"{name}, Porto, {n}"
        out.append(line)
        total += len(line) + 1
        n += 1
    return "\n".join(out) + "\n"


def asterisks(size: int) -> str:
    """Return a run of `*` characters (a divider gone wrong; emphasis marks to a Markdown parser)."""
    return "Divider " + "*" * size + "\n"


Generator = Callable[[int], str]

# name: (generator, suffix of the file written, size in the full bench)
SHAPES: dict[str, tuple[Generator, str, int]] = {
    "prose": (prose, ".txt", 1_000_000),
    "lines_of_a": (lines_of_a, ".txt", 3_000_000),
    "one_word_lines": (one_word_lines, ".txt", 3_000_000),
    "repeated_entities": (repeated_entities, ".txt", 1_000_000),
    "repeated_quotation": (repeated_quotation, ".txt", 1_000_000),
    "prose_one_line": (prose_one_line, ".txt", 1_000_000),
    "distinct_names": (distinct_names, ".txt", 1_000_000),
    "asterisks": (asterisks, ".txt", 20_000),
    "asterisks_md": (asterisks, ".md", 20_000),
}
