"""The reader session's provenance, without an app: each quotation looked up once, the row line, what the key says."""

from __future__ import annotations

from quotemark.analysis.model import Article, Quote
from quotemark.analysis.provenance import Occurrence
from quotemark.reading.provenance import QuoteProvenance
from quotemark.reading.session import ReaderSession

LONG = "The harbour will stay closed to tankers until the new pilots have finished their training"
SHORT = "We'll see."


class CountingLookup:
    """Answers every quotation with one older article, counting the questions."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str | None]] = []

    def occurrences(self, quote_text: str, exclude_article: str | None = None) -> list[Occurrence]:
        """Return one older article carrying the quotation."""
        self.asked.append((quote_text, exclude_article))
        return [Occurrence("other", "Harbour news", "harbour.txt", "2026-01-05", 10, 20, quote_text)]


class BrokenLookup:
    """An index that fails on every question."""

    def occurrences(self, quote_text: str, exclude_article: str | None = None) -> list[Occurrence]:
        """Raise, as a damaged index might."""
        raise RuntimeError("disk I/O error")


def _quotes(text: str) -> list[Quote]:
    return [Quote(text.index(q), text.index(q) + len(q), q) for q in (LONG, SHORT)]


def _article() -> Article:
    return Article(f'"{LONG}," she said. "{SHORT}"', date="2026-02-01")


def test_each_quotation_is_looked_up_once_and_short_ones_never() -> None:
    article = _article()
    lookup = CountingLookup()
    prov = QuoteProvenance(lookup, article)
    quotes = _quotes(article.text)
    texts = prov.to_trace(quotes)
    assert texts == [LONG]
    assert prov.to_trace(quotes) == []  # being looked up: not handed out twice
    assert prov.learn(prov.look_up(texts)) is True
    assert prov.to_trace(quotes) == []
    assert lookup.asked == [(LONG, article.id)]  # its own article is excluded
    assert prov.lines(quotes) == {
        (quotes[0].start, quotes[0].end): "also in 1 article, first on 2026-01-05 (harbour.txt)"
    }
    assert prov.known(quotes[1]) == ()
    assert prov.refusal(quotes[0]) is None


def test_a_failing_index_means_no_provenance_not_a_crash() -> None:
    article = _article()
    prov = QuoteProvenance(BrokenLookup(), article)
    quotes = _quotes(article.text)
    assert prov.learn(prov.look_up(prov.to_trace(quotes))) is False
    assert prov.lines(quotes) == {}
    refusal = prov.refusal(quotes[0])  # "none found" would be untrue: the index was not read
    assert refusal is not None and refusal.say[0].text == "Provenance unknown: disk I/O error"


def test_what_the_key_says_instead_of_listing() -> None:
    article = _article()
    quotes = _quotes(article.text)
    none = QuoteProvenance(None, article)
    assert none.to_trace(quotes) == [] and not none.enabled
    said = none.refusal(quotes[0])
    assert said is not None and said.say[0].text.startswith("No library to look in")
    prov = QuoteProvenance(CountingLookup(), article)
    said = prov.refusal(None)
    assert said is not None and said.say[0].text.startswith("Move to a quote first")
    said = prov.refusal(quotes[1])
    assert said is not None and "too short" in said.say[0].text


def test_the_session_takes_an_optional_lookup() -> None:
    article = _article()
    assert not ReaderSession(article, None, ()).provenance.enabled
    assert ReaderSession(article, None, (), CountingLookup()).provenance.enabled


class FlakyLookup(CountingLookup):
    """Fails on the first question only, as an index rebuilt after a fault would."""

    def occurrences(self, quote_text: str, exclude_article: str | None = None) -> list[Occurrence]:
        """Raise once, then answer that no other article carries it."""
        self.asked.append((quote_text, exclude_article))
        if len(self.asked) == 1:
            raise RuntimeError("database is locked")
        return []


def test_a_failed_lookup_is_unknown_only_for_its_quotation_and_until_it_succeeds() -> None:
    article = _article()
    prov = QuoteProvenance(FlakyLookup(), article)
    quotes = _quotes(article.text)
    other = Quote(0, 10, LONG.replace("tankers", "ferries"))
    prov.learn(prov.look_up([quotes[0].text]))
    said = prov.refusal(quotes[0])
    assert said is not None and said.say[0].text == "Provenance unknown: database is locked"
    prov.learn(prov.look_up([other.text]))
    said = prov.refusal(other)
    assert said is not None and said.say[0].text == "No other saved article carries this quotation"
    prov.learn(prov.look_up([quotes[0].text]))
    said = prov.refusal(quotes[0])
    assert said is not None and said.say[0].text == "No other saved article carries this quotation"


def test_a_failed_lookup_is_handed_out_again_when_retried() -> None:
    article = _article()
    lookup = FlakyLookup()
    prov = QuoteProvenance(lookup, article)
    quotes = _quotes(article.text)
    prov.learn(prov.look_up(prov.to_trace(quotes)))
    assert prov.known(quotes[0]) == () and quotes[0].text in prov.failures
    assert prov.retry(quotes[1]) is False  # it never failed
    assert prov.retry(quotes[0]) is True
    assert prov.known(quotes[0]) is None
    prov.learn(prov.look_up([quotes[0].text]))
    assert quotes[0].text not in prov.failures and len(lookup.asked) == 2
    said = prov.refusal(quotes[0])
    assert said is not None and said.say[0].text == "No other saved article carries this quotation"
