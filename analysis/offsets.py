"""Find the paragraph and the spaCy token at a character offset, by binary search."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quotemark.analysis.pipeline import Paragraph


def paragraph_at(paragraphs: Sequence[Paragraph], offset: int) -> Paragraph | None:
    """Return the paragraph whose span holds article offset `offset`, or None."""
    lo, hi = 0, len(paragraphs)
    while lo < hi:
        mid = (lo + hi) // 2
        if paragraph_end(paragraphs[mid]) <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(paragraphs) and paragraphs[lo].start <= offset < paragraph_end(paragraphs[lo]):
        return paragraphs[lo]
    return None


def paragraph_end(paragraph: Paragraph) -> int:
    """Return the article offset just past the paragraph, in constant time.

    Same value as `Paragraph.end`, which builds `doc.text` (a join over every token) on each call.
    """
    doc = paragraph.doc
    if len(doc) == 0:
        return paragraph.start + len(doc.text)
    last = doc[-1]
    return paragraph.start + last.idx + len(last.text_with_ws)


def space_back(text: str, pos: int, lines: bool = False) -> int:
    """Return where the whitespace that ends at `pos` starts; it stops at a line break unless `lines`.

    Looking back only over whitespace, rather than slicing back to the line start or the text
    start, keeps a check per quotation from costing the length of a megabyte-long line.
    """
    while pos > 0 and text[pos - 1].isspace() and (lines or text[pos - 1] != "\n"):
        pos -= 1
    return pos


def doc_text(doc: Doc) -> str:
    """Return `doc.text`, built once per Doc: spaCy joins every token's text on each access,
    so reading it for each mention of a long paragraph cost time in the paragraph's length."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "quotemark.text"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """Return `doc.ents`, built once per Doc: spaCy makes a new Span for every entity on each
    access, which readers walking every paragraph paid for again and again. The entities are
    final once the parse has repaired them (analysis/ner_repair.py drops this copy when it does)."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return ents


_ENTS_KEY = "quotemark.ents"


def capitalised_tokens(doc: Doc) -> tuple[int, ...]:
    """Return the indices of the tokens that start with a capital letter, found once per Doc: the
    scanners for names the recogniser missed start only there, and walking every token as a spaCy
    Token cost more than the rest of their work."""
    found = doc.user_data.get(_CAPS_KEY)
    if found is None:
        text = doc_text(doc)
        found = doc.user_data[_CAPS_KEY] = tuple(
            i for i, at in enumerate(doc.to_array("IDX").tolist()) if text[at : at + 1].isupper()
        )
    return found


_CAPS_KEY = "quotemark.capitalised"


def forget_ents(doc: Doc) -> None:
    """Drop the copy `doc_ents` keeps, after `doc.ents` was set anew."""
    doc.user_data.pop(_ENTS_KEY, None)


def ents_within(span: Span) -> list[Span]:
    """Return the entities wholly inside `span`, as `span.ents` does, in time linear in the span.

    spaCy's `Span.ents` rebuilds every entity of the whole Doc on each call, so asking it for
    each sentence of a long paragraph cost time in sentences × paragraph length.
    """
    from spacy.tokens import Span as _Span

    doc = span.doc
    out: list[Span] = []
    i, end, n = span.start, span.end, len(doc)
    while i < end:
        tok = doc[i]
        if tok.ent_iob != 3:  # 3 = B, the first token of an entity
            i += 1
            continue
        j = i + 1
        while j < n and doc[j].ent_iob == 1:  # 1 = I, inside it
            j += 1
        if j <= end:
            out.append(_Span(doc, i, j, label=tok.ent_type))
        i = j
    return out


def token_at(doc: Doc, char: int) -> Token | None:
    """Return the token covering doc character `char`, or the first one after it, or None."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx + len(doc[mid].text) <= char:
            lo = mid + 1
        else:
            hi = mid
    return doc[lo] if lo < len(doc) else None
