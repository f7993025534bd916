"""Markdown summaries, quote citations and the date timeline, built from an Article and its Analysis.

Pure: no spaCy, Textual or TinyDB; corrections are applied by the caller before the Analysis gets here.

Lead scoring (one paragraph, extractive, sentences kept in article order):
- main actors are the three PERSON/ORG/GPE clusters mentioned most (ties: the earlier one);
- a sentence scores 2 per main actor not yet in the lead, 0.5 per one already there, 1 per other
  cluster, 2 if a quote starts in it (1 once the lead has a quote), 2 per quantity (at most 2),
  1 if it holds a resolved date, 1 if a claim or quote cue sits in it, and 2 if it is the
  article's first sentence (a news lede carries the story, but it still has to score on content);
  sentences over 40 words are scaled by 40/words;
- the best sentence is taken, scores are recomputed, and so on, up to three sentences; a sentence
  that would take the lead past 120 words is skipped. Ties go to the earlier sentence, and
  sentences scoring under 1 are never taken.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from quotemark.analysis.entity_mentions import display_name
from quotemark.analysis.model import Analysis, Article, Cluster, DateMention, Quote
from quotemark.analysis.reader import body_start, find_dateline
from quotemark.analysis.sentences import sentence_at, sentence_spans
from quotemark.analysis.summary_parts import flat as _flat
from quotemark.analysis.summary_parts import number_line, timeline_line

LEAD_MAX_SENTENCES = 3
LEAD_MAX_WORDS = 120
LEAD_LONG_SENTENCE = 40
LEAD_MIN_SCORE = 1.0
_ACTOR_LABELS = ("PERSON", "ORG", "GPE")
_RELAY_CUE = re.compile(r"\b(?:quot|cit)", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
# After a speaker the machine was not sure of and the reader has not confirmed (analysis/review.py).
UNCONFIRMED = "(speaker not confirmed)"


def summary_markdown(
    article: Article,
    analysis: Analysis,
    quote_tags: Mapping[tuple[int, int], Sequence[str]] | None = None,
    notes: Sequence[tuple[str | None, str]] = (),
    passages: Sequence[tuple[str, Sequence[str]]] = (),
) -> str:
    """Return the article's summary as Markdown: header, lead, actors, quotes, tagged passages, numbers, timeline, notes."""
    text = article.text
    out: list[str] = [f"# {_flat(article.title or 'Untitled article')}", ""]
    meta = []
    if article.date:
        meta.append(f"Date: {article.date}")
    if article.source:
        meta.append(f"Source: {_flat(article.source)}")
    if meta:
        out += [" · ".join(meta), ""]

    lead = lead_sentences(article, analysis)
    if lead:
        out += ["## Lead", "", " ".join(_flat(text[s:e]) for s, e in lead), ""]

    actors = [c for c in analysis.clusters if c.label in ("PERSON", "ORG")]
    if actors:
        out += ["## People and organisations", ""]
        for c in sorted(actors, key=lambda c: (-c.count, _first(c))):
            role = f", {_flat(c.role)}" if c.role else ""
            kind = "person" if c.label == "PERSON" else "organisation"
            times = "mention" if c.count == 1 else "mentions"
            out.append(f"- **{_flat(c.name)}** ({kind}{role}; {c.count} {times})")
        out.append("")

    if analysis.quotes:
        out += ["## Quotes", ""]
        tags = quote_tags or {}
        for q in analysis.quotes:
            speaker = _flat(q.speaker) if q.speaker else "(unattributed)"
            unsure = f" {UNCONFIRMED}" if q.needs_review and q.speaker else ""
            line = f"- **{speaker}**{unsure} → “{_flat(q.text)}”"
            qtags = tags.get((q.start, q.end), ())
            if qtags:
                line += " " + " ".join(f"`{_flat(t)}`" for t in qtags)
            out.append(line)
        out.append("")

    if passages:
        out += ["## Tagged passages", ""]
        out += [f"- “{_flat(words)}” " + " ".join(f"`{_flat(t)}`" for t in tags) for words, tags in passages]
        out.append("")

    if analysis.quantities:
        out += ["## Key numbers", ""]
        out += [number_line(n, _quantity_detail(n.value, n.unit, n.approx)) for n in analysis.quantities]
        out.append("")

    events = timeline(analysis, text)
    if events:
        out += ["## Timeline", ""]
        out += [timeline_line(value, mention, sentence) for value, mention, sentence in events]
        out.append("")

    if notes:
        out += ["## Notes", ""]
        for anchor, note in notes:
            where = f"On “{_flat(anchor)}”" if anchor else "On the article"
            out.append(f"- {where}: {_flat(note)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def citation(quote: Quote, article: Article, analysis: Analysis) -> str:
    """Return the quote as a one-line citation: “…” — speaker, as quoted by relay, date."""
    parts = [f"“{_flat(quote.text)}”"]
    who = _flat(quote.speaker) if quote.speaker else "unattributed"
    if quote.needs_review and quote.speaker:
        who += f" {UNCONFIRMED}"
    relay = relay_of(quote, article, analysis)
    tail = [who]
    if relay:
        tail.append(f"as quoted by {relay}")
    if article.date:
        tail.append(article.date)
    return f"{parts[0]} — {', '.join(tail)}"


def relay_of(quote: Quote, article: Article, analysis: Analysis) -> str | None:
    """Return who relays the quote ("the Korean Central News Agency"), or None when it is first-hand.

    In order: a claim covering the quote whose source is not the speaker; a cue that quotes or cites
    ("The agency quoted Kim as saying") -> the nearest other entity before the cue in its sentence;
    "according to X" in the quote's sentence; else the relay of the previous quote when it has the
    same speaker ("Kim added, ..." continues what the agency quoted).
    """
    spans = sentence_spans(article.text, body_start(article))
    found = _own_relay(quote, article, analysis, spans)
    if found is not None or not quote.speaker:
        return found
    earlier = [q for q in analysis.quotes if q.start < quote.start]
    for prev in sorted(earlier, key=lambda q: q.start, reverse=True):
        if prev.speaker is None or _key(prev.speaker) != _key(quote.speaker):
            return None
        found = _own_relay(prev, article, analysis, spans)
        if found is not None:
            return found
    return None


def _own_relay(quote: Quote, article: Article, analysis: Analysis, spans: list[tuple[int, int]]) -> str | None:
    """Return the relay named around the quote itself (rules 1-3 of relay_of)."""
    text = article.text
    speaker_key = _key(quote.speaker) if quote.speaker else None
    speaker_cluster = _cluster_named(analysis.clusters, quote.speaker) if quote.speaker else None

    def other(name: str | None) -> str | None:
        if not name:
            return None
        c = _cluster_named(analysis.clusters, name)
        if c is not None and speaker_cluster is not None and c.id == speaker_cluster.id:
            return None
        if _key(name) == speaker_key:
            return None
        return _with_article(c, text) if c is not None else _flat(name)

    covering = [c for c in analysis.claims if c.source and c.start <= quote.start and quote.end <= c.end]
    for claim in sorted(covering, key=lambda c: c.end - c.start):
        found = other(claim.source)
        if found:
            return found
    if quote.cue and quote.cue_start is not None and _RELAY_CUE.search(quote.cue):
        sent = sentence_at(spans, quote.cue_start)
        lo = sent[0] if sent else 0
        best: tuple[int, Cluster] | None = None
        for c in analysis.clusters:
            if speaker_cluster is not None and c.id == speaker_cluster.id:
                continue
            for m in c.mentions:
                if lo <= m.start and m.end <= quote.cue_start and (best is None or m.start > best[0]):
                    best = (m.start, c)
        if best is not None:
            return _with_article(best[1], text)
    sent = sentence_at(spans, quote.start)
    if sent is not None:
        according = _ACCORDING.search(text, sent[0], sent[1])
        if according is not None:
            for c in analysis.clusters:
                if any(x.start <= according.end() < x.end for x in c.mentions):
                    return other(c.name)
    return None


def timeline(analysis: Analysis, text: str) -> list[tuple[str, DateMention, str]]:
    """Return (resolved value, mention, its sentence) for every resolved date, in date order."""
    spans = sentence_spans(text, _body_start(text))
    events: list[tuple[tuple[int, int, int], int, str, DateMention, str]] = []
    for d in analysis.dates:
        if not d.value:
            continue
        key = _date_key(d.value)
        if key is None:
            continue
        sent = sentence_at(spans, d.start)
        sentence = _flat(text[sent[0] : sent[1]]) if sent else _flat(d.text)
        events.append((key, d.start, d.value, d, sentence))
    events.sort(key=lambda e: (e[0], e[1]))
    return [(value, d, sentence) for _k, _s, value, d, sentence in events]


@dataclass
class _SentenceFeatures:
    """What the lead's scoring counts in one sentence."""

    clusters: set[str] = field(default_factory=set)
    quote: bool = False
    numbers: int = 0
    dates: int = 0
    cue: bool = False


def lead_sentences(article: Article, analysis: Analysis) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the lead's sentences, chosen by the module's scoring, in order."""
    text = article.text
    spans = sentence_spans(text, body_start(article))
    if not spans:
        return []
    ranked = sorted((c for c in analysis.clusters if c.label in _ACTOR_LABELS), key=lambda c: (-c.count, _first(c)))
    main = {c.id for c in ranked[:3]}
    per_sentence = [_SentenceFeatures() for _ in spans]

    starts = {s: i for i, s in enumerate(spans)}

    def index(offset: int) -> int | None:
        s = sentence_at(spans, offset)
        return starts[s] if s is not None else None

    for c in analysis.clusters:
        for m in c.mentions:
            s = sentence_at(spans, m.start)
            if s is not None:
                per_sentence[starts[s]].clusters.add(c.id)
    for q in analysis.quotes:
        i = index(q.start)
        if i is not None:
            per_sentence[i].quote = True
    for n in analysis.quantities:
        i = index(n.start)
        if i is not None:
            per_sentence[i].numbers += 1
    for d in analysis.dates:
        i = index(d.start)
        if i is not None and d.value:
            per_sentence[i].dates = 1
    for claim in analysis.claims:
        at = claim.cue_start if claim.cue_start is not None else claim.start
        i = index(at)
        if i is not None:
            per_sentence[i].cue = True
    for q in analysis.quotes:
        if q.cue_start is not None:
            i = index(q.cue_start)
            if i is not None:
                per_sentence[i].cue = True

    words = [len(text[s:e].split()) for s, e in spans]
    chosen: list[int] = []
    covered: set[str] = set()
    have_quote = False
    total_words = 0
    while len(chosen) < LEAD_MAX_SENTENCES:
        best_i, best_score = -1, 0.0
        for i, feats in enumerate(per_sentence):
            if i in chosen:
                continue
            score = sum(2.0 if c in main and c not in covered else 0.5 if c in main else 1.0 for c in feats.clusters)
            if feats.quote:
                score += 1.0 if have_quote else 2.0
            score += 2.0 * min(feats.numbers, 2)
            score += float(feats.dates)
            score += 1.0 if feats.cue else 0.0
            score += 2.0 if i == 0 and score > 0 else 0.0
            if words[i] > LEAD_LONG_SENTENCE:
                score *= LEAD_LONG_SENTENCE / words[i]
            if chosen and total_words + words[i] > LEAD_MAX_WORDS:
                continue
            if score >= LEAD_MIN_SCORE and score > best_score + 1e-9:
                best_i, best_score = i, score
        if best_i < 0:
            break
        chosen.append(best_i)
        covered |= per_sentence[best_i].clusters & main
        have_quote = have_quote or per_sentence[best_i].quote
        total_words += words[best_i]
    return [spans[i] for i in sorted(chosen)]


def _quantity_detail(value: float | None, unit: str | None, approx: str | None) -> str:
    """Return "about 50 nuclear warheads"-style detail from a quantity's fields."""
    if value is None:
        return unit or ""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    core = f"{number} {unit}" if unit else number
    if approx and "…" in approx:
        before, after = (p.strip() for p in approx.split("…", 1))
        return " ".join(p for p in (before, number, after, unit) if p)
    if approx == "range":
        return f"from {core}"
    return f"{approx} {core}" if approx else core


def _date_key(value: str) -> tuple[int, int, int] | None:
    """Return a sortable (year, month, day) for the start of a resolved date value."""
    first = value.split("/", 1)[0]
    try:
        if re.fullmatch(r"\d{4}", first):
            return int(first), 1, 1
        if re.fullmatch(r"\d{4}-\d{2}", first):
            return int(first[:4]), int(first[5:7]), 1
        m = re.fullmatch(r"(\d{4})-W(\d{2})", first)
        if m:
            d = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return d.year, d.month, d.day
        d = dt.date.fromisoformat(first)
        return d.year, d.month, d.day
    except ValueError:
        return None


def _body_start(text: str) -> int:
    """Return where the prose starts: after the dateline, when there is one."""
    _date, _s, end = find_dateline(text)
    if end is None:
        return 0
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def _first(c: Cluster) -> int:
    return min((m.start for m in c.mentions), default=0)


def _key(name: str | None) -> str:
    return " ".join(display_name(name or "").replace(".", "").split()).casefold()


def _cluster_named(clusters: Sequence[Cluster], name: str | None) -> Cluster | None:
    """Return the cluster whose name is `name` (ignoring "the", case and dots)."""
    key = _key(name)
    for c in clusters:
        if _key(c.name) == key:
            return c
    return None


def _with_article(c: Cluster, text: str) -> str:
    """Return the cluster's name, with "the" when the article names it that way."""
    name = _flat(c.name)
    if c.label == "PERSON":
        return name
    for m in c.mentions:
        mention = _flat(text[m.start : m.end])
        if mention.casefold().endswith(name.casefold()) and mention.casefold().startswith("the "):
            return "the " + name
    return name
