"""A reporter named after an outlet's possessive is a person, however the recogniser tags it: "Sky
News's Helen Varga" as one organisation, or "Fox News's" an organisation and the name left untagged
(analysis/untagged_names.py). Untagged, she was no antecedent for the "she asked" after her."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc, Span

from quotemark.analysis.ner_repair import repair_person_ents
from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

BRIEFING = (
    "Transport Secretary Claire Bowden on Tuesday defended the decision to scrap the northern rail link.\n\n"
    "{Q}We have made a choice based on value for money,{E} Bowden told reporters.\n\n"
    "{OUTLET}\u2019s Helen Varga noted that 40 MPs, including a dozen from the governing party, had signed a "
    "letter opposing the move. {Q}Isn\u2019t the government out of step with its own backbenchers?{E} she asked."
)


def test_a_reporter_run_into_the_outlets_entity_asks_her_own_question(nlp: Any) -> None:
    text = BRIEFING.format(Q=Q, E=E, OUTLET="Sky News")
    assert quote_starting(nlp, text, "We have made").speaker == "Claire Bowden"
    assert quote_starting(nlp, text, "Isn\u2019t the government").speaker == "Helen Varga"


def _doc(words: list[str], pos: list[str], deps: list[str], heads: list[int], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, deps=deps, heads=heads)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


def test_an_untagged_first_name_and_surname_as_a_subject_is_a_person():
    words = ["Fox", "News", "\u2019s", "Allison", "Marsh", "noted", "it", "."]
    pos = ["PROPN", "PROPN", "PART", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"]
    deps = ["compound", "poss", "case", "compound", "nsubj", "ROOT", "dobj", "punct"]
    doc = _doc(words, pos, deps, [1, 4, 1, 4, 5, 5, 5, 5], [(0, 3, "ORG")])
    assert repair_person_ents(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(0, 3, "ORG"), (3, 5, "PERSON")]


def test_no_person_is_made_of_a_name_that_is_no_subject_a_place_or_an_unknown_first_word():
    pos = ["PROPN", "PROPN", "VERB", "PRON", "PUNCT"]
    deps = ["compound", "nsubj", "ROOT", "dobj", "punct"]
    for words in (["Grace", "Church", "hosted", "it", "."], ["Zorbex", "Marsh", "noted", "it", "."]):
        doc = _doc(words, pos, deps, [1, 2, 2, 2, 2], [])
        assert not repair_person_ents(doc) and list(doc.ents) == [], words
    # an object, not a subject: "they thanked Allison Marsh"
    doc = _doc(
        ["They", "thanked", "Allison", "Marsh", "."],
        ["PRON", "VERB", "PROPN", "PROPN", "PUNCT"],
        ["nsubj", "ROOT", "compound", "dobj", "punct"],
        [1, 1, 3, 1, 1],
        [],
    )
    assert not repair_person_ents(doc)
    # an organisation's possessive before a word that is no first name stays one organisation
    doc = _doc(
        ["Sky", "News", "\u2019s", "Breakfast", "Show"],
        ["PROPN"] * 5,
        ["compound", "poss", "case", "compound", "ROOT"],
        [1, 4, 1, 4, 4],
        [(0, 5, "ORG")],
    )
    assert not repair_person_ents(doc)
