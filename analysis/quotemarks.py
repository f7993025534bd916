"""Find the quote-marked spans of a text: pairs of quotation marks, one piece per paragraph line.

Pure string work, no spaCy. Recognised marks: straight and curly double quotes, the NYT archive's
doubled apostrophe (''), guillemets (also with the French space inside: « ... ») and low-9 marks;
single quotes as the article's primary marks when it has no double quotes at all (British style),
told apart from apostrophes by what surrounds them, and, in an article that uses double quotes,
a top-level single-quoted piece only where it plainly is a quotation ('...,' he said). A quotation
never runs past the end of its line: a mark left open there either continues in the next
paragraph (which then opens with a mark again) or is dropped as unbalanced.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.analysis.offsets import space_back

if TYPE_CHECKING:
    from quotemark.analysis.pipeline import Paragraph

_DOUBLE_MARKS = re.compile(r"''|``|[\"“”«»„‟]")
_ALL_MARKS = re.compile(r"''|``|[\"“”«»„‟‘’‛']")
_SINGLE_OPEN_CHARS = "‘‛'"
_OPEN_BEFORE = set("([{—–-/\u00a0") | set(_SINGLE_OPEN_CHARS) | set('"“«„')
_CLOSE_AFTER = set(".,;:!?)]}—–-…/*") | set("'’\"”»")
# After an opening straight apostrophe these read as elisions, not as a quotation: '90s, 'em, 'til.
_ELISION = re.compile(r"(?:\d|(?:em|til|tis|twas|n|cause|bout|round|cuz|nuff|s)\b)", re.IGNORECASE)
# Which opening marks a closing mark may end: the typographic pair first, then common slips.
_CLOSERS: dict[str, tuple[str, ...]] = {
    "”": ("“", "„", '"', "``", "”", "‟"),
    '"': ('"', "“", "„", "”", "``", "‟"),
    "''": ("''", "``", "“", '"', "„"),
    "»": ("«",),
    "’": ("‘", "'", "‛"),
    "'": ("'", "‘", "‛"),
}


@dataclass(frozen=True)
class MarkedSpan:
    """One quote-marked piece: `start`/`end` is the content (marks excluded, whitespace trimmed)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the quotation runs on
    continued: bool = False  # this piece continues a quotation opened in an earlier paragraph
    continues: bool = False  # the quotation goes on in the next paragraph
    single: bool = False  # marked with single quotes (British style)


def uses_single_quotes(text: str) -> bool:
    """Return True when the text's quotations are marked with single quotes (no double marks)."""
    if _DOUBLE_MARKS.search(text):
        return False
    return "‘" in text or bool(re.search(r"(?:^|\s)'\w", text))


def find_marked_spans(
    text: str, start: int = 0, end: int | None = None, single: bool | None = None
) -> list[MarkedSpan]:
    """Return the top-level quote-marked pieces of text[start:end], in order, one per line at most."""
    if end is None:
        end = len(text)
    if single is None:
        single = uses_single_quotes(text)
    pattern = _ALL_MARKS if single else _DOUBLE_MARKS
    spans: list[MarkedSpan] = []
    carry: str | None = None  # the opening mark of a quotation that ran past the previous line
    line_start = start
    while line_start < end:
        nl = text.find("\n", line_start, end)
        line_end = end if nl < 0 else nl
        if line_end > line_start and text[line_start:line_end].strip():
            before = len(spans)
            carry = _scan_line(text, line_start, line_end, pattern, single, carry, spans)
            if not single and ("'" in text[line_start:line_end] or "‘" in text[line_start:line_end]):
                _single_quotations(text, line_start, line_end, spans, before)
        line_start = line_end + 1
    return spans


def _scan_line(
    text: str,
    lo: int,
    hi: int,
    pattern: re.Pattern[str],
    single: bool,
    carry: str | None,
    out: list[MarkedSpan],
) -> str | None:
    """Scan one line, append its pieces to `out`; return the opening mark still open at its end."""
    stack: list[tuple[str, int]] = []  # (mark, offset) of open quotations, outermost first
    continued = False
    first_mark = True
    for m in pattern.finditer(text, lo, hi):
        mark, i = m.group(), m.start()
        j = m.end()
        prev = text[i - 1] if i > lo else None
        nxt = text[j] if j < hi else None
        can_open = nxt is not None and not nxt.isspace() and (prev is None or prev.isspace() or prev in _OPEN_BEFORE)
        can_close = prev is not None and not prev.isspace() and (nxt is None or nxt.isspace() or nxt in _CLOSE_AFTER)
        is_single = mark in "‘’‛'"
        if (
            first_mark
            and carry is not None
            and (can_open or mark == "«")
            and text[lo:i].strip() == ""
            and _same_family(mark, carry)
        ):
            continued = True  # the paragraph repeats the opening mark of a running quotation
        first_mark = False
        if is_single:
            if not single:
                continue  # nested quotes or apostrophes inside double-quoted text
            if stack and stack[-1][0] not in "‘‛'":
                continue
            if mark == "'" and can_open and _ELISION.match(text, j):
                continue
            if prev is not None and prev.isalnum() and nxt is not None and nxt.isalnum():
                continue  # King's, don't
            if stack and prev in ("s", "S") and nxt == " " and _later_single_close(text, j, hi):
                continue  # Workers' Party inside a single-quoted quotation: a plural possessive
        if stack and _closes(mark, stack[-1][0]) and (can_close or not can_open or mark in "\"''»"):
            open_mark, open_at = stack.pop()
            if not stack:
                _emit(text, open_at + len(open_mark), i, open_at, i, continued, False, is_single, out)
                continued = False
            continue
        opener = _is_opener(mark, can_open, can_close, bool(stack))
        if opener:
            stack.append((mark, i))
    if not stack:
        return None
    open_mark, open_at = stack[0]
    lead = text[lo:open_at].rstrip()
    if open_mark == "‘" and (not lead or lead.endswith(":")) and _next_line_opens(text, hi, open_mark):
        # a British speech over several paragraphs ("said: ‘…"): each opens with ‘, only the last closes
        _emit(text, open_at + 1, hi, open_at, None, continued, True, True, out)
        return open_mark
    if open_mark in "‘‛'":
        return None  # an unclosed single mark is far more often an apostrophe than a quotation
    if _next_line_opens(text, hi, open_mark):
        _emit(text, open_at + len(open_mark), hi, open_at, None, continued, True, False, out)
        return open_mark
    if continued or _runs_to_line_end(text, open_at, hi):
        # a final paragraph of a running quotation whose closing mark was lost, or an
        # unbalanced mark opening a whole line: keep it, bounded by this line
        _emit(text, open_at + len(open_mark), hi, open_at, None, continued, False, False, out)
    return None


# Speech verbs that, right after a closing single mark, show it closed a quotation: 'No,' he said.
_SPEECH_AFTER = re.compile(
    r"[ \t\u00a0]+(?:(?:he|she|they|we|I|it|the\s+\w+|(?:[A-Z][\w.'’-]*[ \t\u00a0]+){1,4})[ \t\u00a0]*)?"
    r"(?:said|says|told|tells|added|adds|asked|asks|explained|explains|noted|notes|insisted|insists|warned|warns|"
    r"replied|replies|continued|argued|argues|recalled|recalls|wrote|writes|declared|stated|claimed|claims|"
    r"admitted|agreed|conceded|shouted|whispered|joked)\b"
)
# A speech verb and a colon right before an opening single mark: He said: 'We will rebuild.'
_SPEECH_BEFORE_COLON = re.compile(
    r"\b(?:said|says|told|tells|added|adds|asked|explained|noted|insisted|warned|replied|continued|argued|wrote|declared|stated)"
    r"(?:[ \t\u00a0]+\w+){0,3}[ \t\u00a0]*:[ \t\u00a0]*\Z"
)
_SINGLE_OPEN = re.compile(r"['‘](?=[^\W\d_])")
# A mark that can close a single-quoted quotation: followed by the line's end, a space or punctuation.
_SINGLE_CLOSE = re.compile(r"['’](?=$|[\s,.;:!?)—–])", re.MULTILINE)
# How many closing candidates an opening single mark tries before giving up (apostrophes inside).
SINGLE_MAX_CLOSERS = 8
# How far a single-quoted quotation may run in an article that marks its quotations with double
# quotes: it bounds the search for a closing mark (and so the cost of a line full of apostrophes).
SINGLE_MAX_CHARS = 1000


def _single_quotations(text: str, lo: int, hi: int, spans: list[MarkedSpan], first: int) -> None:
    """Add the single-quoted quotations of a line whose quotations are otherwise double-quoted.

    A single mark opens a quotation only after whitespace, a line start, a colon or a dash, and
    closes one only when punctuation comes before it ("...years,'") or a comma after it, and a
    speech verb follows ("'...,' he said"), or after "said:"; once a line has one such quotation,
    later pieces closed by punctuation count too ("'... lighthouse.'"). Apostrophes (King's,
    Workers', '90s) never meet these conditions; pieces inside a double-quoted span are left alone.
    Linear in the line: closing candidates are found once, and each opening mark looks at only
    the first few of them.
    """
    taken = sorted((s.open_mark, (s.close_mark + 1) if s.close_mark is not None else hi) for s in spans[first:])
    taken_starts = [t[0] for t in taken]

    def overlaps(a: int, b: int) -> bool:
        j = bisect.bisect_left(taken_starts, b)  # spans starting before b
        return j > 0 and max(e for _s, e in taken[max(0, j - 2) : j]) > a

    closers = [m.start() for m in _SINGLE_CLOSE.finditer(text, lo, hi) if not text[m.start() - 1].isspace()]
    found: list[MarkedSpan] = []
    pos = lo
    for m in _SINGLE_OPEN.finditer(text, lo, hi):
        i = m.start()
        if i < pos:
            continue
        prev = text[i - 1] if i > lo else None
        if prev is not None and not (prev.isspace() or prev in "([—–:"):
            continue
        if text[i] == "'" and _ELISION.match(text, i + 1) or overlaps(i, i + 1):
            continue  # '90s, 'em; or a nested quotation inside a double-quoted one
        after_colon = bool(_SPEECH_BEFORE_COLON.search(text, max(lo, i - 60), i))
        c = bisect.bisect_right(closers, i + 1)
        for k in closers[c : c + SINGLE_MAX_CLOSERS]:
            if k - i > SINGLE_MAX_CHARS:
                break
            before, after = text[k - 1], (text[k + 1] if k + 1 < hi else "")
            punct_in = before in ",.?!"
            at_end = after == "" or after.isspace()
            cue = (punct_in or after == ",") and bool(_SPEECH_AFTER.match(text, k + 1 + (after == ",")))
            if cue or punct_in and at_end and (after_colon or bool(found)):
                if not overlaps(i, k + 1):
                    _emit(text, i + 1, k, i, k, False, False, True, found)
                pos = k + 1
                break
            if punct_in and at_end and before in ".?!":
                break  # a sentence ended on an apostrophe-like mark that closes nothing here
    if found:
        spans.extend(found)
        spans[first:] = sorted(spans[first:], key=lambda x: x.open_mark)


def _later_single_close(text: str, j: int, hi: int) -> bool:
    """Return True when a single mark that can close a quotation follows later on the line."""
    for m in re.finditer(r"['’]", text[j:hi]):
        k = j + m.start()
        after = text[k + 1] if k + 1 < hi else None
        if not text[k - 1].isspace() and (after is None or after.isspace() or after in _CLOSE_AFTER):
            return True
    return False


def _same_family(mark: str, other: str) -> bool:
    doubles = {"“", "”", '"', "''", "``", "„", "‟"}
    if mark in doubles and other in doubles:
        return True
    return (mark in "«»") == (other in "«»") and (mark in "‘’'‛") == (other in "‘’'‛")


def _closes(mark: str, open_mark: str) -> bool:
    return open_mark in _CLOSERS.get(mark, ()) or (mark == "“" and open_mark == "“")


def _is_opener(mark: str, can_open: bool, can_close: bool, nested: bool) -> bool:
    if mark == "«":
        return True  # French typography puts a space inside the marks: « On nous a abandonnés »
    if mark in ("“", "„", "‘", "‛", "``", "‟"):
        return can_open or not can_close
    if mark == "”":
        return can_open and not can_close and not nested  # some texts use ” on both sides
    if mark in ('"', "''", "'"):
        return can_open
    return False


def _next_line_opens(text: str, hi: int, open_mark: str) -> bool:
    """Return True when the next non-empty line starts with an opening mark of the same family."""
    i = hi
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    if i >= n:
        return False
    m = _ALL_MARKS.match(text, i)
    return m is not None and _same_family(m.group(), open_mark) and m.group() not in ("”", "»")


def _runs_to_line_end(text: str, open_at: int, hi: int) -> bool:
    """Return True when the unclosed quotation opens its line and ends like a sentence."""
    before = space_back(text, open_at)
    tail = text[open_at:hi].rstrip()
    return (before == 0 or text[before - 1] == "\n") and tail[-1:] in ".!?…"


def _emit(
    text: str,
    s: int,
    e: int,
    open_at: int,
    close_at: int | None,
    continued: bool,
    continues: bool,
    single: bool,
    out: list[MarkedSpan],
) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(MarkedSpan(s, e, open_at, close_at, continued, continues, single))


def close_end(span: MarkedSpan, text: str) -> int:
    """Return the offset just past a quotation's closing mark (or its end when it runs on)."""
    if span.close_mark is None:
        return span.end
    return span.close_mark + (2 if text.startswith("''", span.close_mark) else 1)


def quoted_regions(paragraphs: Sequence[Paragraph], text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every quotation of the paragraphs, marks included."""
    single = uses_single_quotes(text)
    return [
        (s.open_mark, close_end(s, text)) for p in paragraphs for s in find_marked_spans(text, p.start, p.end, single)
    ]
