"""Where else the library carries the open article's quotations: looked up once per quotation, said in one line.

No Textual here. The lookup (the library index) may be slow, so the screen calls `look_up` in a
worker thread with the texts `to_trace` hands out, then gives the answers back to `learn`; the
facts panel reads `line` for each quote and the provenance key lists `known(quote)`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath
from urllib.parse import urlsplit

from quotemark.analysis.model import Article, Quote
from quotemark.analysis.provenance import Occurrence, ProvenanceLookup, quote_keys
from quotemark.analysis.sanitize import clean_line
from quotemark.reading.fit import plural
from quotemark.reading.marks import excerpt
from quotemark.reading.updates import Update, tell

Span = tuple[int, int]
Found = Mapping[str, tuple[Occurrence, ...]]


def source_name(source: str, title: str = "") -> str:
    """Return a short name for where an article came from: a URL's host, a path's file name, else its title."""
    source = clean_line(source).strip()
    if "://" in source:
        host = urlsplit(source).hostname or ""
        return host.removeprefix("www.") or excerpt(source, 40)
    if source and source not in ("-", "sample") and ("/" in source or "\\" in source):
        return excerpt(PurePath(source.replace("\\", "/")).name, 40)
    if source and source not in ("-",):
        return excerpt(source, 40)
    return excerpt(clean_line(title), 40) if title else ""


def provenance_line(occurrences: Sequence[Occurrence], here_date: str | None = None) -> str:
    """Return "also in N articles, first on DATE (SOURCE)" for the other articles carrying a quotation ("" for none).

    The first is the earliest dated one, this article included ("(this article)" when it is the
    first); without any date the line says which one is listed first.
    """
    if not occurrences:
        return ""
    lead = f"also in {plural(len(occurrences), 'article')}"
    dated = sorted((o for o in occurrences if o.date), key=lambda o: o.date)
    if here_date and (not dated or here_date <= dated[0].date):
        return f"{lead}, first on {here_date} (this article)"
    if not dated:
        name = source_name(occurrences[0].source, occurrences[0].title)
        return f"{lead}, none dated" + (f" ({name})" if name else "")
    first = dated[0]
    name = source_name(first.source, first.title)
    return f"{lead}, first on {first.date}" + (f" ({name})" if name else "")


class QuoteProvenance:
    """The other saved articles carrying each of one article's quotations, looked up once per quotation text."""

    def __init__(self, lookup: ProvenanceLookup | None, article: Article) -> None:
        self.lookup = lookup
        self.article = article
        self._found: dict[str, tuple[Occurrence, ...]] = {}
        self._asked: set[str] = set()  # handed out to a lookup whose answer has not come back yet
        # Why a quotation's lookup failed: "no other article carries it" would then be untrue.
        self.failures: dict[str, str] = {}

    @property
    def enabled(self) -> bool:
        """Return whether there is a library to look in (no lookup: no provenance at all)."""
        return self.lookup is not None

    def to_trace(self, quotes: Iterable[Quote]) -> list[str]:
        """Return the quotation texts never looked up nor being looked up, marking them as being looked up."""
        if self.lookup is None:
            return []
        texts = []
        for quote in quotes:
            text = quote.text
            if text in self._found or text in self._asked:
                continue
            if not quote_keys(text):  # too short or generic to be traced: known to be nowhere else
                self._found[text] = ()
                continue
            self._asked.add(text)
            texts.append(text)
        return texts

    def look_up(self, texts: Iterable[str]) -> dict[str, tuple[Occurrence, ...]]:
        """Return the other articles carrying each text (safe to call from a worker thread: reads nothing of self but the lookup)."""
        lookup = self.lookup
        if lookup is None:
            return {}
        found: dict[str, tuple[Occurrence, ...]] = {}
        for text in texts:
            try:
                found[text] = tuple(lookup.occurrences(text, exclude_article=self.article.id))
                self.failures.pop(text, None)  # one dict operation at a time: safe from a worker
            except Exception as exc:  # a failing index must not take the reader down: the quotation shows no provenance
                self.failures[text] = clean_line(str(exc)) or type(exc).__name__
                found[text] = ()
        return found

    def learn(self, found: Found) -> bool:
        """Return True when the answers change what a panel row shows (some quotation is carried elsewhere)."""
        changed = False
        for text, occurrences in found.items():
            self._asked.discard(text)
            if self._found.get(text, ()) != occurrences:
                changed = True
            self._found[text] = occurrences
        return changed

    def retry(self, quote: Quote | None) -> bool:
        """Return True when the quotation's last lookup failed and it is now to be looked up again."""
        if quote is None or quote.text not in self.failures or quote.text in self._asked:
            return False
        self._found.pop(quote.text, None)  # known() is None again until the new answer comes
        return True

    def known(self, quote: Quote) -> tuple[Occurrence, ...] | None:
        """Return the other articles carrying `quote`, or None while it has not been looked up."""
        return self._found.get(quote.text)

    def lines(self, quotes: Iterable[Quote]) -> dict[Span, str]:
        """Return the provenance line of every quote carried by at least one other article, by span."""
        out: dict[Span, str] = {}
        for quote in quotes:
            line = provenance_line(self._found.get(quote.text, ()), self.article.date)
            if line:
                out[(quote.start, quote.end)] = line
        return out

    def refusal(self, quote: Quote | None) -> Update | None:
        """Return what the provenance key says instead of listing (no library, no quote, nothing found), else None."""
        if self.lookup is None:
            return tell("No library to look in: provenance needs a database (--db) with saved articles", 5)
        if quote is None:
            return tell("Move to a quote first: ] next, [ previous", 4)
        if not quote_keys(quote.text):
            return tell("This quotation is too short or too common to trace across articles", 4)
        if self.known(quote) == () and quote.text in self.failures:
            return tell(f"Provenance unknown: {self.failures[quote.text]}", 8)
        if self.known(quote) == ():
            return tell("No other saved article carries this quotation", 4)
        return None
