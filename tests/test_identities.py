"""One who-is-who (analysis/identities.py): the speaker of a quotation and its People row are the
same identity, so their names never disagree; and one thing written two ways is one identity.

The small articles are written for these tests; the property runs over the newsroom sets, also
written for quotemark (tests/fixtures_newsroom*.py).
"""

from __future__ import annotations

from quotemark.analysis.entities import extract_entities
from quotemark.analysis.identities import Identities
from quotemark.analysis.model import Analysis, Article, Cluster, Quote
from quotemark.analysis.pipeline import Paragraph, analyze, extract
from quotemark.analysis.quotemarks import quoted_regions
from quotemark.analysis.reader import sample_article
from tests.fixtures_newsroom import ARTICLES as SET_A
from tests.fixtures_newsroom_b import ARTICLES_B
from tests.fixtures_newsroom_c import ARTICLES_C


def _paragraph(nlp, text: str, ents: list[tuple[str, str, int]]) -> list[Paragraph]:  # type: ignore[no-untyped-def]
    """Return one paragraph whose entities are exactly `ents` (text, label, occurrence): the
    recogniser's mislabels, written down so that the test does not depend on the model's mood."""
    doc = nlp(text)
    spans = []
    for sub, label, nth in ents:
        start = -1
        for _ in range(nth + 1):
            start = text.index(sub, start + 1)
        span = doc.char_span(start, start + len(sub), label=label)
        assert span is not None, sub
        spans.append(span)
    doc.ents = spans
    return [Paragraph(0, doc)]


def _extract(nlp, text: str, ents: list[tuple[str, str, int]]) -> Analysis:  # type: ignore[no-untyped-def]
    return extract(Article(text=text), _paragraph(nlp, text, ents), nlp)


def _cluster(analysis: Analysis, quote: Quote) -> Cluster:
    found = [c for c in analysis.clusters if c.id == quote.cluster]
    assert len(found) == 1, (quote.speaker, quote.cluster)
    return found[0]


def _speaker_agrees_with_rows(analysis: Analysis, text: str) -> list[str]:
    """Return every disagreement between a quotation's speaker and the People row it belongs to."""
    problems = []
    rows = {c.id: c for c in analysis.clusters}
    for q in analysis.quotes:
        if q.cluster is not None:
            if q.cluster not in rows:
                problems.append(f"{q.text[:30]!r}: cluster {q.cluster} does not exist")
            elif rows[q.cluster].name != q.speaker:
                problems.append(f"{q.text[:30]!r}: speaker {q.speaker!r}, row {rows[q.cluster].name!r}")
        if q.speaker is None or q.speaker_start is None or q.speaker_end is None:
            continue
        # the speaker's own mention listed under a person or organisation: it is that row's
        for c in analysis.clusters:
            if c.label not in ("PERSON", "ORG"):
                continue
            if any((m.start, m.end) == (q.speaker_start, q.speaker_end) for m in c.mentions) and q.cluster != c.id:
                said = text[q.speaker_start : q.speaker_end]
                problems.append(f"{q.text[:30]!r}: mention {said!r} is in row {c.name!r}, speaker {q.speaker!r}")
    for claim in analysis.claims:
        if claim.cluster is not None and (claim.cluster not in rows or rows[claim.cluster].name != claim.source):
            problems.append(f"claim {claim.text[:30]!r}: source {claim.source!r}, row {claim.cluster}")
    return problems


def test_every_speaker_is_named_as_its_row_on_written_articles(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [Article(text=text) for _name, text, _expected in SET_A + ARTICLES_B + ARTICLES_C]
    articles.append(sample_article())
    linked = 0
    for article in articles:
        analysis = analyze(article, nlp)
        assert _speaker_agrees_with_rows(analysis, article.text) == []
        linked += sum(1 for q in analysis.quotes if q.cluster is not None)
    assert linked >= 150  # the property is about real links: most speakers have their row


def test_the_property_catches_a_disagreement(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(sample_article(), nlp)
    quote = next(q for q in analysis.quotes if q.cluster is not None)
    quote.speaker = "Someone Else"
    assert _speaker_agrees_with_rows(analysis, sample_article().text) != []


def test_sample_speakers_carry_the_kim_jong_un_row(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(sample_article(), nlp)
    assert [q.speaker for q in analysis.quotes] == ["Kim Jong Un"] * 3
    assert {_cluster(analysis, q).name for q in analysis.quotes} == {"Kim Jong Un"}
    assert all(not q.needs_review for q in analysis.quotes)


def test_a_surname_filed_as_a_place_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ambassador Gordon Pellow testified for nine hours on Tuesday. "
        '"I followed the instructions I was given," Pellow said. '
        "Lawmakers from both parties pressed Pellow on the timeline."
    )
    analysis = _extract(nlp, text, [("Gordon Pellow", "PERSON", 0), ("Pellow", "GPE", 1), ("Pellow", "GPE", 2)])
    assert [(c.name, c.label, c.count) for c in analysis.clusters] == [("Gordon Pellow", "PERSON", 3)]
    [quote] = analysis.quotes
    assert quote.speaker == "Gordon Pellow"
    assert _cluster(analysis, quote).name == "Gordon Pellow"


def test_a_person_filed_as_an_organisation_is_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Montell Ashby opened the bakery on Vine Street in 2009. "We bake before dawn," Ashby said.'
    analysis = _extract(nlp, text, [("Montell Ashby", "ORG", 0), ("Ashby", "PERSON", 1)])
    people = [(c.name, c.label, c.count) for c in analysis.clusters if c.label in ("PERSON", "ORG")]
    assert people == [("Montell Ashby", "PERSON", 2)]
    [quote] = analysis.quotes
    assert quote.speaker == "Montell Ashby" and _cluster(analysis, quote).label == "PERSON"


def test_a_company_named_for_a_person_stays_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Ashby Group bought the mill. "It is a good price," Ashby said.'
    analysis = _extract(nlp, text, [("Ashby Group", "ORG", 0), ("Ashby", "PERSON", 1)])
    assert sorted((c.name, c.label) for c in analysis.clusters) == [("Ashby", "PERSON"), ("Ashby Group", "ORG")]


def test_an_acronym_and_its_full_name_are_one_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    full = "Immigration, Refugees and Citizenship Canada"
    text = f'{full} processed more files this year. "Applications are up sharply," IRCC said in a statement.'
    analysis = _extract(nlp, text, [(full, "ORG", 0), ("IRCC", "ORG", 0)])
    assert [(c.name, c.label, c.count) for c in analysis.clusters] == [(full, "ORG", 2)]
    [quote] = analysis.quotes
    assert quote.speaker == full
    assert _cluster(analysis, quote).name == full


def test_initials_of_another_name_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The Canadian Border Services Agency checked the trucks. "Nothing was found," IRCC said.'
    analysis = _extract(nlp, text, [("Canadian Border Services Agency", "ORG", 0), ("IRCC", "ORG", 0)])
    assert sorted(c.name for c in analysis.clusters) == ["Canadian Border Services Agency", "IRCC"]
    [quote] = analysis.quotes
    assert quote.speaker == "IRCC"


def test_a_surname_shared_by_two_people_goes_to_the_one_whose_gender_agrees(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Barack Lindqvist and Michelle Lindqvist arrived together. Mrs. Lindqvist spoke first. "
        '"We are grateful," she said.'
    )
    analysis = _extract(
        nlp,
        text,
        [("Barack Lindqvist", "PERSON", 0), ("Michelle Lindqvist", "PERSON", 0), ("Lindqvist", "PERSON", 2)],
    )
    rows = {c.name: c.count for c in analysis.clusters}
    assert rows["Michelle Lindqvist"] >= 2 and rows["Barack Lindqvist"] == 1
    [quote] = analysis.quotes
    assert quote.speaker == "Michelle Lindqvist" and _cluster(analysis, quote).name == "Michelle Lindqvist"


def test_identities_are_found_by_any_mention_span(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gordon Pellow testified. Pellow left."
    paragraphs = _paragraph(nlp, text, [("Gordon Pellow", "PERSON", 0), ("Pellow", "GPE", 1)])
    who = Identities(paragraphs, text, quoted_regions(paragraphs, text))
    first = who.at(0, len("Gordon Pellow"))
    second = who.at(text.rindex("Pellow"), text.rindex("Pellow") + len("Pellow"))
    assert first is not None and first is second and first.name == "Gordon Pellow"
    assert who.at(0, 3) is None


def test_an_acronym_spells_out_a_name_the_recogniser_cut_short(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model finds only "Citizenship Canada" of the full name here; the acronym says where it starts
    text = (
        "Immigration, Refugees and Citizenship Canada said on Monday that processing times would fall.\n\n"
        '"We have hired more staff," IRCC said in a statement. IRCC did not say how many.'
    )
    analysis = analyze(Article(text=text), nlp)
    full = "Immigration, Refugees and Citizenship Canada"
    assert [(c.name, c.label, c.count) for c in analysis.clusters] == [(full, "ORG", 3)]
    assert (analysis.entities[0].start, analysis.entities[0].text) == (0, full)
    [quote] = analysis.quotes
    assert quote.speaker == full and _cluster(analysis, quote).name == full


def test_an_acronym_extends_no_name_it_does_not_spell(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Refugees and Citizenship Canada said on Monday it was ready. "We are ready," IRCC said.'
    paragraphs = _paragraph(nlp, text, [("Citizenship Canada", "ORG", 0), ("IRCC", "ORG", 0)])
    who = Identities(paragraphs, text, quoted_regions(paragraphs, text))
    assert sorted(i.name for i in who.identities) == ["Citizenship Canada", "IRCC"]


def test_a_speaker_s_full_name_completes_a_lone_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    # the recogniser found only "Ruskin"; the attribution engine read "Zach Ruskin" from the cue's subject
    text = 'Ruskin scored twice on Sunday. "We were ready," said Zach Ruskin.'
    paragraphs = _paragraph(nlp, text, [("Ruskin", "PERSON", 0)])
    s = text.index("Zach Ruskin")
    words = "We were ready,"
    quote = Quote(text.index(words), text.index(words) + len(words), words, "Zach Ruskin", s, s + len("Zach Ruskin"))
    _entities, clusters = extract_entities(paragraphs, text, [quote])
    assert [(c.id, c.name, c.count) for c in clusters] == [("c1", "Zach Ruskin", 2)]
    assert quote.cluster == "c1"
