"""Cut an article into the pieces spaCy parses, and parse them in batches of bounded size.

Every cost here is linear in the text: paragraphs are cut at blank lines, a paragraph longer
than MAX_PIECE_CHARS at a line end (else a sentence end, else a space), and a run of more than
MAX_RUN_CHARS characters without whitespace into pieces of its own. Pieces are tokenized one
by one until the article's token budget (MAX_TOKENS) is spent, then parsed in batches of about
BATCH_TOKENS tokens, so the parser's working memory does not depend on the input's shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from quotemark.analysis.budget import BATCH_TOKENS, MAX_PIECE_CHARS, MAX_RUN_CHARS, MAX_TOKENS, WORK
from quotemark.analysis.ner_repair import repair_person_ents

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from quotemark.analysis.model import Article

T = TypeVar("T")

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_RUN = re.compile(r"\S+")


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Return (start, end) of each non-empty paragraph piece from `start`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _PARAGRAPH_BREAK.finditer(text, start):
        spans.extend(_paragraph_pieces(text, pos, m.start()))
        pos = m.end()
    spans.extend(_paragraph_pieces(text, pos, len(text)))
    return spans


def _paragraph_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the pieces of one paragraph: long whitespace-free runs apart, the rest bounded."""
    pos = start
    if end - start > MAX_RUN_CHARS:
        for m in _RUN.finditer(text, start, end):
            a, b = m.span()
            if b - a <= MAX_RUN_CHARS:
                continue
            yield from _trimmed_pieces(text, pos, a)
            for cut in range(a, b, MAX_RUN_CHARS):
                yield cut, min(cut + MAX_RUN_CHARS, b)
            pos = b
    yield from _trimmed_pieces(text, pos, end)


def _trimmed_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_PIECE_CHARS:
        cut = _cut_point(text, start, start + MAX_PIECE_CHARS)
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def _cut_point(text: str, start: int, limit: int) -> int:
    """Return a place to split an over-long paragraph: a line end, else a sentence end, else limit."""
    for sep in ("\n", ". ", " "):
        i = text.rfind(sep, start + 1, limit)
        if i > start:
            return i + len(sep.rstrip()) if sep != " " else i
    return limit


def content_spans(article: Article) -> list[tuple[int, int]]:
    """Return the pieces analysis reads: every paragraph's, less the dateline."""
    spans = paragraph_spans(article.text)
    if article.dateline_start is None or article.dateline_end is None:
        return spans
    out = []
    for s, e in spans:
        if s <= article.dateline_start < e:
            rest = article.dateline_end
            while rest < e and article.text[rest].isspace():
                rest += 1
            if article.dateline_start > s:
                out.append((s, _rstrip(article.text, s, article.dateline_start)))
            if rest < e:
                out.append((rest, e))
        else:
            out.append((s, e))
    return [(s, e) for s, e in out if e > s]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class PieceFeed:
    """Tokenize an article's pieces in order, stopping once `max_tokens` tokens are reached.

    Iterating yields (start offset, tokenized Doc). Afterwards `stopped_at` is the article
    offset where the budget ran out (None when every piece was tokenized).
    """

    def __init__(
        self, nlp: Language, text: str, spans: Iterable[tuple[int, int]], max_tokens: int | None = None
    ) -> None:
        self.nlp = nlp
        self.text = text
        self.spans = spans
        self.max_tokens = MAX_TOKENS if max_tokens is None else max_tokens
        self.tokens = 0
        self.stopped_at: int | None = None

    def __iter__(self) -> Iterator[tuple[int, Doc]]:
        for s, e in self.spans:
            if self.tokens >= self.max_tokens:
                self.stopped_at = s
                return
            doc = self.nlp.make_doc(self.text[s:e])
            self.tokens += len(doc)
            WORK.add("tokens", len(doc))
            yield s, doc


def parse_batches(
    nlp: Language, items: Iterable[tuple[Doc, T]], batch_tokens: int | None = None
) -> Iterator[tuple[Doc, T]]:
    """Yield each (tokenized Doc, context) parsed by the rest of the pipeline, in order, with the
    people the entity recogniser mislabelled relabelled once (analysis/ner_repair.py).

    Batches hold about `batch_tokens` (BATCH_TOKENS) tokens, at least one piece, whatever the
    number of pieces.
    """
    batch_tokens = BATCH_TOKENS if batch_tokens is None else batch_tokens
    batch: list[tuple[Doc, T]] = []
    size = 0
    for doc, ctx in items:
        batch.append((doc, ctx))
        size += len(doc)
        if size >= batch_tokens:
            yield from _run(nlp, batch)
            batch, size = [], 0
    if batch:
        yield from _run(nlp, batch)


def _run(nlp: Language, batch: list[tuple[Doc, T]]) -> Iterator[tuple[Doc, T]]:
    docs = nlp.pipe((doc for doc, _ctx in batch), batch_size=len(batch))
    for (_doc, ctx), doc in zip(batch, docs):
        WORK.add("pieces")
        doc = _slim(doc)
        repair_person_ents(doc)  # here, once per piece: every later reader (and re-extraction) sees the same people
        yield doc, ctx


def _slim(doc: Doc) -> Doc:
    """Return the doc without tok2vec's output (96 floats a token), which nothing after parsing reads."""
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc
