"""Summary Markdown, citations and the timeline, on the sample and on hand-built analyses."""

from __future__ import annotations

import pytest

from quotemark.analysis.dates import extract_dates
from quotemark.analysis.entities import extract_entities
from quotemark.analysis.model import Analysis, Article, Claim, Cluster, DateMention, Mention, Quantity, Quote
from quotemark.analysis.pipeline import parse
from quotemark.analysis.quantities import extract_quantities
from quotemark.analysis.reader import read_text, sample_article
from quotemark.analysis.summary import citation, lead_sentences, summary_markdown, timeline


def _span(text: str, sub: str) -> tuple[int, int]:
    s = text.index(sub)
    return s, s + len(sub)


def _quote(text: str, words: str, speaker: str | None, speaker_at: str | None, cue: str | None) -> Quote:
    s, e = _span(text, words)
    ss, se = _span(text, speaker_at) if speaker_at else (None, None)
    cs, ce = _span(text, cue) if cue else (None, None)
    return Quote(s, e, words, speaker, ss, se, cue, cs, ce)


@pytest.fixture(scope="module")
def sample(nlp) -> tuple[Article, Analysis]:  # type: ignore[no-untyped-def]
    """The sample analysed by the facts engine, with the quotes and claims attribution reports."""
    article = sample_article()
    t = article.text
    quotes = [
        _quote(
            t,
            "We will focus on expanding the country's nuclear arsenal, explaining that the prospects for "
            "improving relations with the United States entirely depend on Washington's stance.",
            "Kim Jong Un",
            "Kim Jong Un",
            "quoted ... as saying"[:6],
        ),
        _quote(
            t, "The country's international status has risen extraordinarily", "Kim Jong Un", "Kim Jong Un", "added"
        ),
        _quote(
            t,
            "if the United States abandons its confrontational policy",
            "Kim Jong Un",
            "Kim Jong Un",
            'explaining that "if',
        ),
    ]
    quotes[0].cue = "quoted ... as saying"
    s, e = _span(
        t, "North Korea has about 50 nuclear warheads and has enough fissile material to produce up to 40 more"
    )
    ls, le = _span(t, "North Korean leader Kim Jong Un threatened today (Thursday) to expand the nuclear arsenal")
    claims = [
        Claim(ls, le, t[ls:le], "Korean Central News Agency", cue="according to", cue_start=t.index("according")),
        Claim(
            s,
            e,
            t[s:e],
            "Stockholm International Peace Research Institute",
            cue="estimated",
            cue_start=t.index("estimated"),
        ),
    ]
    paragraphs = list(parse(article, nlp))
    entities, clusters = extract_entities(paragraphs, t, quotes)
    analysis = Analysis(
        article_id=article.id,
        entities=entities,
        quotes=quotes,
        claims=claims,
        quantities=extract_quantities(paragraphs, t, claims),
        dates=extract_dates(paragraphs, t, article.date),
        clusters=clusters,
    )
    return article, analysis


def test_sample_citation_says_who_relays_the_quote(sample) -> None:  # type: ignore[no-untyped-def]
    article, analysis = sample
    assert citation(analysis.quotes[0], article, analysis) == (
        "“We will focus on expanding the country's nuclear arsenal, explaining that the prospects for improving "
        "relations with the United States entirely depend on Washington's stance.” — Kim Jong Un, as quoted by "
        "the Korean Central News Agency, 2026-02-26"
    )
    # "Kim added, ..." continues what the agency quoted
    assert citation(analysis.quotes[1], article, analysis).endswith(
        "— Kim Jong Un, as quoted by the Korean Central News Agency, 2026-02-26"
    )


def test_sample_timeline_in_date_order_with_sentences(sample) -> None:  # type: ignore[no-untyped-def]
    article, analysis = sample
    events = timeline(analysis, article.text)
    assert [(value, d.text) for value, d, _s in events] == [
        ("2025", "last year"),
        ("2026/2031", "the next five years"),
        ("2026-02-22", "Sunday"),
        ("2026-02-25", "yesterday (Wednesday)"),
        ("2026-02-26", "today (Thursday)"),
    ]
    assert events[-1][2] == (
        "North Korean leader Kim Jong Un threatened today (Thursday) to expand the nuclear arsenal, "
        "according to the Korean Central News Agency."
    )
    assert events[0][2].startswith("The Stockholm International Peace Research Institute estimated last year")


def test_sample_summary_markdown(sample) -> None:  # type: ignore[no-untyped-def]
    article, analysis = sample
    q = analysis.quotes[0]
    md = summary_markdown(
        article,
        analysis,
        {(q.start, q.end): ["threat", "nuclear"]},
        [(None, "check the KCNA original"), ("about 50 nuclear warheads", "SIPRI yearbook 2025")],
    )
    lines = md.splitlines()
    assert lines[0].startswith("# North Korean leader Kim Jong Un threatened")
    assert "Date: 2026-02-26 · Source: kcna-nuclear-2026-02-26.txt" in lines
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [
        "## Lead",
        "## People and organisations",
        "## Quotes",
        "## Key numbers",
        "## Timeline",
        "## Notes",
    ]
    assert "- **Kim Jong Un** (person, North Korean leader; 6 mentions)" in lines
    assert "- **Korean Central News Agency** (organisation; 4 mentions)" in lines
    quote_line = next(line for line in lines if line.startswith("- **Kim Jong Un** → “We will focus"))
    assert quote_line.endswith("stance.” `threat` `nuclear`")
    # Each fact once: the reading only when it adds to the words.
    assert "- “about 50 nuclear warheads” — Stockholm International Peace Research Institute" in lines
    assert (
        "- “up to 40 more” (up to 40 more nuclear warheads) — Stockholm International Peace Research Institute" in lines
    )
    assert "- On the article: check the KCNA original" in lines
    assert "- On “about 50 nuclear warheads”: SIPRI yearbook 2025" in lines
    timeline_lines = lines[lines.index("## Timeline") + 2 : lines.index("## Notes") - 1]
    assert [line.split(" ", 2)[1] for line in timeline_lines] == [
        "**2025**",
        "**2026/2031**",
        "**2026-02-22**",
        "**2026-02-25**",
        "**2026-02-26**",
    ]


def test_sample_lead_carries_actors_quote_and_numbers(sample) -> None:  # type: ignore[no-untyped-def]
    article, analysis = sample
    lead = [article.text[s:e] for s, e in lead_sentences(article, analysis)]
    assert [s[:40] for s in lead] == [
        "North Korean leader Kim Jong Un threaten",
        "The agency quoted Kim Jong Un as saying,",
        "The Stockholm International Peace Resear",
    ]


def _hand_article() -> tuple[Article, Analysis]:
    """A small article whose fluff comes first and facts later, analysed by hand."""
    text = (
        "It was a grey morning in the capital. The streets were quiet and the cafés were empty. "
        'Mayor Anna Berg said, "We will rebuild the bridge." '
        "The council estimated that about 40 families lost their homes on Sunday. "
        "Berg left at noon."
    )
    article = read_text(text)
    article.date = "2026-03-04"
    article.title = "Bridge collapse"
    a1, a2, a3 = _span(text, "Anna Berg"), _span(text, "Berg left"), _span(text, "The council")
    berg = Cluster("c1", "Anna Berg", "PERSON", "Mayor", [Mention(*a1), Mention(a2[0], a2[0] + 4)])
    council = Cluster("c2", "council", "ORG", None, [Mention(*a3)])
    quote = _quote(text, "We will rebuild the bridge.", "Anna Berg", "Anna Berg", "said")
    qs, qe = _span(text, "about 40 families")
    ds, de = _span(text, "Sunday")
    analysis = Analysis(
        article_id=article.id,
        quotes=[quote],
        clusters=[berg, council],
        quantities=[Quantity(qs, qe, text[qs:qe], 40.0, "families", "about", "council")],
        dates=[DateMention(ds, de, "Sunday", "2026-03-01", "day")],
    )
    return article, analysis


def test_lead_is_scored_not_the_first_sentences() -> None:
    article, analysis = _hand_article()
    lead = [article.text[s:e] for s, e in lead_sentences(article, analysis)]
    assert lead == [
        'Mayor Anna Berg said, "We will rebuild the bridge."',
        "The council estimated that about 40 families lost their homes on Sunday.",
    ]  # "Berg left at noon." only repeats an actor the lead already has: under the minimum score
    assert "grey morning" not in summary_markdown(article, analysis)


def test_citation_first_hand_and_without_dateline() -> None:
    article, analysis = _hand_article()
    assert citation(analysis.quotes[0], article, analysis) == "“We will rebuild the bridge.” — Anna Berg, 2026-03-04"
    article.date = None
    assert citation(analysis.quotes[0], article, analysis) == "“We will rebuild the bridge.” — Anna Berg"


def test_citation_according_to_and_covering_claim() -> None:
    text = '"We will win," Smith said, according to Reuters. Jones said the plan "cannot fail."'
    article = read_text(text)
    reuters = Cluster("c2", "Reuters", "ORG", None, [Mention(*_span(text, "Reuters"))])
    smith = Cluster("c1", "Smith", "PERSON", None, [Mention(*_span(text, "Smith"))])
    q1 = _quote(text, "We will win,", "Smith", "Smith", "said")
    q2 = _quote(text, "cannot fail.", "Jones", "Jones", "said the plan")
    cs, ce = _span(text, 'the plan "cannot fail."')
    claim = Claim(cs, ce, text[cs:ce], "the Associated Press")
    analysis = Analysis(article.id, quotes=[q1, q2], clusters=[smith, reuters], claims=[claim])
    assert citation(q1, article, analysis) == "“We will win,” — Smith, as quoted by Reuters"
    assert citation(q2, article, analysis) == "“cannot fail.” — Jones, as quoted by the Associated Press"


def test_unattributed_quote_and_empty_sections() -> None:
    text = 'The so-called "peace plan" was published.'
    article = read_text(text)
    q = _quote(text, "peace plan", None, None, None)
    analysis = Analysis(article.id, quotes=[q])
    assert citation(q, article, analysis) == "“peace plan” — unattributed"
    md = summary_markdown(article, analysis)
    assert "## Quotes" in md and "- **(unattributed)** → “peace plan”" in md
    for absent in ("## Key numbers", "## Timeline", "## Notes", "## People and organisations"):
        assert absent not in md


def test_timeline_skips_unresolved_and_orders_mixed_granularities() -> None:
    text = "A happened in 2025. B happened next week. C happened on Friday. D happened in March."
    article = read_text(text)

    def d(sub: str, value: str | None, gran: str) -> DateMention:
        s, e = _span(text, sub)
        return DateMention(s, e, sub, value, gran)

    analysis = Analysis(
        article.id,
        dates=[
            d("2025", "2025", "year"),
            d("next week", "2026-W10", "week"),
            d("Friday", None, "day"),
            d("March", "2026-03", "month"),
        ],
    )
    assert [(v, s) for v, _d, s in timeline(analysis, text)] == [
        ("2025", "A happened in 2025."),
        ("2026-03", "D happened in March."),  # starts 1 March, before the week of 2 March
        ("2026-W10", "B happened next week."),
    ]
