"""One name per person: a quotation's speaker and a claim's source are written with the name of
the People row (cluster) their mention belongs to, so the two can never disagree.

The speaker index (analysis/speakers.py) and the entity clustering (analysis/entities.py) still
decide who is who separately; this step makes their names agree afterwards, and only when the
two names share a word (a cluster merged by mistake never renames a speaker to someone else).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from quotemark.analysis.model import Claim, Cluster, Quote

_WORD = re.compile(r"[\w’'-]+")
# A name after one of these inside a speaker's phrase is a place the speakers are in.
_LOCATIVE = re.compile(r"\b(?:in|from|near|across|around|outside|inside|throughout)\b")


def align_names(quotes: Iterable[Quote], claims: Iterable[Claim], clusters: Sequence[Cluster]) -> None:
    """Rename each speaker and claim source to the name of the cluster its mention belongs to."""
    spans: list[tuple[int, int, Cluster]] = sorted((m.start, m.end, c) for c in clusters for m in c.mentions)
    starts = [s for s, _e, _c in spans]
    for q in quotes:
        name = _cluster_name(q.speaker, q.speaker_start, q.speaker_end, spans, starts)
        if name is not None:
            q.speaker = name
    for c in claims:
        name = _cluster_name(c.source, c.source_start, c.source_end, spans, starts)
        if name is not None:
            c.source = name


def _cluster_name(
    name: str | None, start: int | None, end: int | None, spans: list[tuple[int, int, Cluster]], starts: list[int]
) -> str | None:
    """Return the cluster's name for a speaker mention when it differs and is compatible, else None."""
    if not name or start is None or end is None:
        return None
    i = bisect.bisect_right(starts, end) - 1
    while i >= 0 and spans[i][0] >= start - 200:
        s, e, cluster = spans[i]
        i -= 1
        if s <= start and end <= e or start <= s and e <= end:
            if cluster.name == name or cluster.label not in ("PERSON", "ORG"):
                return None
            if start < s and _LOCATIVE.search(name[: s - start]):
                return None  # "officials in the town of Klodno": where the speakers are, not who
            return cluster.name if _share_word(name, cluster.name) else None
    return None


def _share_word(a: str, b: str) -> bool:
    """Return True when two names share a capitalised word ("Parise" and "Zach Parise")."""
    wa = {w.casefold() for w in _WORD.findall(a) if w[:1].isupper()}
    wb = {w.casefold() for w in _WORD.findall(b) if w[:1].isupper()}
    return bool(wa & wb)
