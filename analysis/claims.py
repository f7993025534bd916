"""Claims: what a source said or estimated through a speech cue ("X estimated that ...",
"according to X, ..."), with the source resolved like a quotation's speaker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotemark.analysis.calibration import calibrated
from quotemark.analysis.cues import CLAIM_VERBS, Cue
from quotemark.analysis.evidence import Evidence, Route, SpeakerKind
from quotemark.analysis.model import Claim, ClaimKind
from quotemark.analysis.quotemarks import MarkedSpan
from quotemark.analysis.resolve import resolve
from quotemark.analysis.speakers import SpeakerIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from quotemark.analysis.pipeline import Paragraph


def claims_of(
    p: Paragraph,
    doc: Doc,
    cues: dict[int, Cue],
    quote_of: list[int],
    spans: Sequence[MarkedSpan],
    ents: dict[int, Span],
    index: SpeakerIndex,
    text: str,
) -> list[Claim]:
    """Return the claims made through the paragraph's cues: a source and what it said or estimated."""
    out: list[Claim] = []
    for cue in cues.values():
        tok = cue.token
        if tok.lower_ != "according" and tok.lemma_.lower() not in CLAIM_VERBS:
            continue
        content = _content(cue, doc)
        if content is None:
            continue
        a, b = content
        source = resolve(cue.subject, index, ents, p)
        if source is None or source.label in ("GROUP",) and source.confidence < 0.5:
            continue
        if source.kind is SpeakerKind.UNRESOLVED:
            continue  # "he said that ..." with no one to refer to: a claim without a source is no use
        start, end = p.start + doc[a].idx, p.start + doc[b - 1].idx + len(doc[b - 1].text)
        kind = _claim_kind(start, end, spans, text)
        out.append(
            Claim(
                start=start,
                end=end,
                text=text[start:end],
                source=source.name,
                source_start=source.start,
                source_end=source.end,
                cue=cue.text,
                cue_start=p.start + cue.start,
                cue_end=p.start + cue.end,
                kind=kind,
                confidence=calibrated(
                    Evidence(Route.SYNTAX, source.kind)
                ),  # a claim rests on its cue, as a quotation hanging from it
            )
        )
    return out


def _content(cue: Cue, doc: Doc) -> tuple[int, int] | None:
    """Return the token range [a, b) of what the cue reports, or None when it reports no clause."""
    tok = cue.token
    if tok.lower_ == "according":
        sent = tok.sent
        skip = range(tok.left_edge.i, tok.right_edge.i + 1)
        toks = [t.i for t in sent if t.i not in skip]
    else:
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        if clause is None:
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
        toks = [t.i for t in clause.subtree]
        if toks and doc[toks[0]].dep_ == "mark" and doc[toks[0]].lower_ in ("that", "whether", "if"):
            toks = toks[1:]
    while toks and (doc[toks[0]].is_punct or doc[toks[0]].is_space):
        toks = toks[1:]
    while toks and (doc[toks[-1]].is_punct or doc[toks[-1]].is_space):
        toks = toks[:-1]
    if len(toks) < 2:
        return None
    return toks[0], toks[-1] + 1


def _claim_kind(start: int, end: int, spans: Sequence[MarkedSpan], text: str) -> ClaimKind:
    """Return "direct" when the content is a quotation, "mixed" when it holds one, else "indirect"."""
    quoted = 0
    for s in spans:
        a, b = max(start, s.start), min(end, s.end)
        if b > a:
            quoted += b - a
    if quoted == 0:
        return "indirect"
    body = len(text[start:end].strip(" \"“”'’.,"))
    return "direct" if quoted >= body - 2 else "mixed"
