"""A local or church office before a name is the person's role, however the recogniser tags it:
"Alderman" as a PERSON on its own with the surname a place, "Sheriff" untagged with the surname an
organisation, "Delegate Elena Vargas" as a work of art (analysis/titled_names.py)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from quotemark.analysis.titled_names import title_split, untagged_titled_people
from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

FEUD = (
    "Mayor Tom Okafor spoke at a news conference hours after {T} {F} {L}, who chairs the committee, "
    "postponed a vote.\n\n"
    "{Q}I have offered to meet any day,{E} Okafor said.\n\n"
    "{L} called the remarks unfortunate. {Q}We are still waiting for the figures,{E} she said."
)


@pytest.mark.parametrize(
    ("title", "first", "last"),
    [
        ("Alderman", "Ana", "Reyes"),
        ("Sheriff", "Ana", "Reyes"),
        ("Delegate", "Elena", "Vargas"),
        ("Councilwoman", "Ana", "Reyes"),
    ],
)
def test_a_title_the_recogniser_tags_apart_from_the_name_is_the_role_not_the_person(nlp, title, first, last):
    text = FEUD.format(T=title, F=first, L=last, Q=Q, E=E)
    quote = quote_starting(nlp, text, "We are still waiting")
    assert quote.speaker == f"{first} {last}"
    assert quote.speaker_role == title


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN"] * len(words))
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


def test_a_lone_title_entity_gives_way_to_the_known_first_name_and_surname_after_it():
    doc = _doc(["Alderman", "Ana", "Reyes"], [(0, 1, "PERSON"), (2, 3, "GPE")])
    [(lo, person)] = untagged_titled_people(doc)
    assert lo == 0 and person.text == "Ana Reyes"


def test_no_person_is_made_of_a_place_of_several_words_or_a_name_nobody_is_known_by():
    assert untagged_titled_people(_doc(["Alderman", "Ana", "Reyes", "Park"], [(0, 1, "PERSON"), (2, 4, "GPE")])) == []
    assert untagged_titled_people(_doc(["Alderman", "Zorbex", "Reyes"], [(0, 1, "PERSON"), (2, 3, "GPE")])) == []
    # a person's own entity after the title is left as the recogniser tagged it
    assert untagged_titled_people(_doc(["Alderman", "Ana", "Reyes"], [(0, 1, "PERSON"), (1, 3, "PERSON")])) == []


def test_dean_is_a_title_only_before_a_first_name_and_a_surname():
    assert title_split("Dean Ana Pell".split()) == 1
    assert title_split("Dean Pell".split()) == 0  # a man called Dean Pell
    assert title_split("Cllr Brian Tolley".split()) == 1
    assert title_split("Selectwoman Carol Hennessy".split()) == 1
