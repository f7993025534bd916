"""The baselines bench/attribution.py runs beside ours on the same parsed paragraphs: textacy's
direct_quotations per paragraph (with or without "he/she" read as the previous PERSON) and paired
double quotes given the nearest PERSON of their sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

from quotemark.analysis.pipeline import Paragraph

Pred = tuple[int, int, str | None]  # start, end, speaker
_QUOTE_RE = re.compile(r"[\"“”«»]|''")


def textacy_baseline(resolve_pronouns: bool) -> Callable[[list[Paragraph], str], list[Pred]] | None:
    """Return textacy's direct_quotations run per paragraph, or None when textacy is missing."""
    try:
        from textacy.extract.triples import direct_quotations
    except Exception:
        return None

    def run(paragraphs: list[Paragraph], text: str) -> list[Pred]:
        out: list[Pred] = []
        last_person: str | None = None
        for p in paragraphs:
            doc = p.doc
            persons = [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
            try:
                triples = list(direct_quotations(doc))
            except ValueError:
                triples = []
            for t in triples:
                content = t.content
                s = content.start_char + len(content[0].text)  # quote-mark tokens: " or ''
                e = content.end_char - len(content[-1].text)
                while s < e and doc.text[s].isspace():
                    s += 1
                while e > s and doc.text[e - 1].isspace():
                    e -= 1
                speaker = " ".join(tok.text for tok in t.speaker)
                if resolve_pronouns and speaker.lower() in ("he", "she"):
                    before = [n for off, n in persons if off < t.speaker[0].idx]
                    speaker = before[-1] if before else (last_person or speaker)
                out.append((p.start + s, p.start + e, speaker))
            if persons:
                last_person = persons[-1][1]
        return out

    return run


def regex_baseline(paragraphs: list[Paragraph], text: str) -> list[Pred]:
    """Return paired double quotes with the nearest PERSON in the sentence as speaker."""
    out: list[Pred] = []
    for p in paragraphs:
        doc = p.doc
        marks = list(_QUOTE_RE.finditer(doc.text))
        for a, b in zip(marks[::2], marks[1::2]):
            s, e = a.end(), b.start()
            while s < e and doc.text[s].isspace():
                s += 1
            while e > s and doc.text[e - 1].isspace():
                e -= 1
            span = doc.char_span(s, e, alignment_mode="expand")
            best: tuple[int, str] | None = None
            if span is not None:
                for ent in span.sent.ents if span.sent is not None else []:
                    if ent.label_ == "PERSON" and (ent.end_char <= s or ent.start_char >= e):
                        d = min(abs(ent.start_char - e), abs(s - ent.end_char))
                        if best is None or d < best[0]:
                            best = (d, ent.text)
            out.append((p.start + s, p.start + e, best[1] if best else None))
    return out
