"""A social platform is never a person and a quoted show title before "star" is no organisation
(analysis/work_titles.py); a quoted name that modifies no noun of the trade keeps its label."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc, Span

from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import analyze
from quotemark.analysis.work_titles import relabelled

SHOW = (
    "LOS ANGELES \u2014 Marcus Vell has been voted off the celebrity dance show.\n\n"
    "The former \u201cDawson\u2019s Creek\u201d star, 42, was eliminated on Monday night. In his initial Instagram "
    "announcement of the news, Vell thanked his partner. \u201cWe gave it everything,\u201d he said."
)


def test_a_platform_and_a_shows_title_are_not_a_person_and_an_organisation(nlp: Any) -> None:
    analysis = analyze(Article(text=SHOW), nlp)
    labels = {c.name: c.label for c in analysis.clusters}
    assert labels.get("Instagram") != "PERSON"
    assert labels.get("Dawson\u2019s Creek") not in ("ORG", "PERSON")
    assert labels["Marcus Vell"] == "PERSON"
    assert next(q for q in analysis.quotes if q.text.startswith("We gave")).speaker == "Marcus Vell"


def _parsed(words: list[str], pos: list[str], heads: list[int], deps: list[str], ent: tuple[int, int, str]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=heads, deps=deps)
    doc.ents = [Span(doc, *ent)]
    return doc


def test_a_quoted_name_is_a_work_only_before_a_noun_of_the_trade():
    doc = _parsed(
        ["the", "\u201c", "Harbour", "Lights", "\u201d", "star", "said"],
        ["DET", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "VERB"],
        [5, 3, 3, 5, 3, 6, 6],
        ["det", "punct", "compound", "nmod", "punct", "nsubj", "ROOT"],
        (2, 4, "ORG"),
    )
    found = relabelled(doc, doc.ents[0])
    assert found is not None and found.label_ == "WORK_OF_ART"
    # a group's quoted name with no noun after it: "calls itself “Harbour Lights,” and"
    doc = _parsed(
        ["itself", "\u201c", "Harbour", "Lights", "\u201d", "and"],
        ["PRON", "PUNCT", "PROPN", "PROPN", "PUNCT", "CCONJ"],
        [0, 3, 3, 0, 3, 0],
        ["ROOT", "punct", "compound", "oprd", "punct", "cc"],
        (2, 4, "ORG"),
    )
    assert relabelled(doc, doc.ents[0]) is None
    # only a one-word platform name is a platform: "Tim Twitch" is a person
    doc = _parsed(
        ["Tim", "Twitch", "said"],
        ["PROPN", "PROPN", "VERB"],
        [1, 2, 2],
        ["compound", "nsubj", "ROOT"],
        (0, 2, "PERSON"),
    )
    assert relabelled(doc, doc.ents[0]) is None
