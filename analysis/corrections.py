"""Apply a reader's corrections to an analysis: they override the machine everywhere.

A correction is a plain record (span + type + value), so this module stays free of the store;
the app turns its saved "editing" annotations into these records.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from typing import Literal

from quotemark.analysis.model import (
    CLUSTER_LABELS,
    Analysis,
    Claim,
    Cluster,
    Entity,
    Mention,
    Quote,
)

CorrectionType = Literal["label", "speaker", "confirm", "reject", "add_entity", "add_quote", "bounds", "merge", "split"]


@dataclass(frozen=True)
class Correction:
    """One correction on article.text[start:end]."""

    start: int
    end: int
    type: CorrectionType | str  # a type this version does not know (from a newer one) is ignored
    value: str | None = None  # new label / speaker name
    new_start: int | None = None  # for "bounds"
    new_end: int | None = None


@dataclass(frozen=True)
class Corrected:
    """The corrected analysis, the spans a correction touched, and the spans rejected (to mark them on screen)."""

    analysis: Analysis
    spans: frozenset[tuple[int, int]]
    rejected: frozenset[tuple[int, int]] = frozenset()


def apply_corrections(analysis: Analysis, text: str, corrections: Iterable[Correction]) -> Corrected:
    """Return a copy of `analysis` with every correction applied, in order, and the corrected spans."""
    entities = list(analysis.entities)
    quotes = list(analysis.quotes)
    claims = list(analysis.claims)
    touched: set[tuple[int, int]] = set()
    rejected: set[tuple[int, int]] = set()
    cluster_ops: list[Correction] = []
    relabelled: set[tuple[int, int]] = set()
    for c in corrections:
        span = (c.start, c.end)
        if c.type in ("merge", "split"):
            cluster_ops.append(c)
            touched.add(span)
        elif c.type == "reject":
            entities = [e for e in entities if (e.start, e.end) != span]
            quotes = [q for q in quotes if (q.start, q.end) != span]
            rejected.add(span)
        elif c.type == "label" and c.value:
            # A cluster is one real-world thing: the reader's label is its label, at every mention.
            cluster = next((e.cluster for e in entities if (e.start, e.end) == span and e.cluster), None)
            entities = [
                replace(e, label=c.value) if (e.start, e.end) == span or (cluster and e.cluster == cluster) else e
                for e in entities
            ]
            relabelled.add(span)
            touched.add(span)
        elif c.type == "speaker":
            quotes = [_with_speaker(q, c.value) if (q.start, q.end) == span else q for q in quotes]
            # The quoted words' claim is the same statement: it follows the corrected speaker.
            claims = [
                replace(
                    k,
                    source=c.value or None,
                    source_start=None,
                    source_end=None,
                    confidence=1.0,
                    needs_review=not c.value,
                    cluster=None,
                )
                if k.kind != "indirect" and k.start < c.end and c.start < k.end
                else k
                for k in claims
            ]
            touched.add(span)
        elif c.type == "confirm":
            # The reader checked the machine's speaker: it stays, and it is sure. The name confirmed
            # is kept, so a later analysis that names someone else cannot inherit the confirmation.
            quotes = [
                (
                    _with_speaker(q, c.value)
                    if c.value and c.value != q.speaker
                    else replace(q, confidence=1.0, needs_review=False)
                )
                if (q.start, q.end) == span
                else q
                for q in quotes
            ]
            claims = [
                _confirmed_claim(k, c.value) if k.kind != "indirect" and k.start < c.end and c.start < k.end else k
                for k in claims
            ]
            touched.add(span)
        elif c.type == "add_entity" and c.value:
            entities = [e for e in entities if (e.start, e.end) != span]
            entities.append(Entity(c.start, c.end, text[c.start : c.end], c.value))
            touched.add(span)
        elif c.type == "add_quote":
            quotes = [q for q in quotes if (q.start, q.end) != span]
            quotes.append(
                Quote(c.start, c.end, text[c.start : c.end], speaker=c.value or None, kind="direct", confidence=1.0)
            )
            touched.add(span)
        elif c.type == "bounds" and c.new_start is not None and c.new_end is not None:
            new = (c.new_start, c.new_end)
            entities = [
                replace(e, start=new[0], end=new[1], text=text[new[0] : new[1]]) if (e.start, e.end) == span else e
                for e in entities
            ]
            quotes = [
                replace(q, start=new[0], end=new[1], text=text[new[0] : new[1]]) if (q.start, q.end) == span else q
                for q in quotes
            ]
            touched.add(new)
    entities.sort(key=lambda e: (e.start, e.end))
    quotes.sort(key=lambda q: (q.start, q.end))
    original = {(e.start, e.end) for e in analysis.entities}
    clusters = _recluster(analysis.clusters, entities, original, relabelled)
    for op in cluster_ops:
        entities, clusters = (_merge if op.type == "merge" else _split)(op, text, entities, clusters)
    result = replace(analysis, entities=entities, quotes=quotes, claims=claims, clusters=clusters)
    return Corrected(result, frozenset(touched), frozenset(rejected))


def _with_speaker(quote: Quote, speaker: str | None) -> Quote:
    # The machine's role and cue belonged to the machine's speaker.
    return replace(
        quote,
        speaker=speaker or None,
        speaker_start=None,
        speaker_end=None,
        speaker_role=None,
        cluster=None,  # the reader's speaker is not the machine's People row
        kind="scare" if not speaker else ("direct" if quote.kind == "scare" else quote.kind),
        confidence=1.0,
        needs_review=False,
    )


def _confirmed_claim(claim: Claim, speaker: str | None) -> Claim:
    """Return the quoted words' claim made sure, its source the confirmed speaker when one is named."""
    if speaker and speaker != claim.source:
        return replace(
            claim, source=speaker, source_start=None, source_end=None, confidence=1.0, needs_review=False, cluster=None
        )
    return replace(claim, confidence=1.0, needs_review=False)


def _recluster(
    clusters: list[Cluster],
    entities: list[Entity],
    original: set[tuple[int, int]],
    relabelled: Collection[tuple[int, int]] = (),
) -> list[Cluster]:
    """Return clusters whose mentions and labels follow the corrected entities; added or relabelled names get their own."""
    by_id = {c.id: c for c in clusters}
    members: dict[str, list[Entity]] = {}
    loose: list[Entity] = []
    for e in entities:
        if e.cluster and e.cluster in by_id:
            members.setdefault(e.cluster, []).append(e)
        elif ((e.start, e.end) not in original or (e.start, e.end) in relabelled) and e.label in CLUSTER_LABELS:
            loose.append(e)
    out: list[Cluster] = []
    for c in clusters:
        ents = members.get(c.id)
        if not ents:
            continue
        labels = {e.label for e in ents}
        label = c.label if c.label in labels else ents[0].label
        # Mentions that never were entities (pronouns, "the agency") stay with the cluster;
        # entity mentions follow the corrected entities, so a rejected one leaves.
        extra = [m for m in c.mentions if (m.start, m.end) not in original]
        mentions = sorted([Mention(e.start, e.end) for e in ents] + extra, key=lambda m: m.start)
        out.append(replace(c, label=label, mentions=mentions))
    used = {c.id for c in out}
    for e in loose:
        cid = f"u{e.start}"
        if cid in used:
            continue
        used.add(cid)
        out.append(Cluster(cid, e.text, e.label, None, [Mention(e.start, e.end)]))
    return out


def _cluster_at(clusters: list[Cluster], span: tuple[int, int]) -> Cluster | None:
    return next((c for c in clusters if any((m.start, m.end) == span for m in c.mentions)), None)


def _merge(
    op: Correction, text: str, entities: list[Entity], clusters: list[Cluster]
) -> tuple[list[Entity], list[Cluster]]:
    """Return entities and clusters with the cluster holding op's span merged into the one named op.value."""
    source = _cluster_at(clusters, (op.start, op.end))
    target = next((c for c in clusters if op.value and c.name.casefold() == op.value.casefold()), None)
    if source is None or target is None or source is target:
        return entities, clusters
    merged = replace(target, mentions=sorted(target.mentions + source.mentions, key=lambda m: m.start))
    clusters = [merged if c is target else c for c in clusters if c is not source]
    entities = [replace(e, cluster=target.id, label=target.label) if e.cluster == source.id else e for e in entities]
    return entities, clusters


def _split(
    op: Correction, text: str, entities: list[Entity], clusters: list[Cluster]
) -> tuple[list[Entity], list[Cluster]]:
    """Return entities and clusters with op's span taken out of its cluster into one of its own."""
    span = (op.start, op.end)
    source = _cluster_at(clusters, span)
    if source is None or len(source.mentions) < 2:
        return entities, clusters
    new_id = f"s{op.start}"
    alone = Cluster(new_id, text[op.start : op.end], source.label, None, [Mention(*span)])
    rest = replace(source, mentions=[m for m in source.mentions if (m.start, m.end) != span])
    clusters = [rest if c is source else c for c in clusters] + [alone]
    entities = [replace(e, cluster=new_id) if (e.start, e.end) == span else e for e in entities]
    return entities, clusters
