"""Abbreviations and runs the recogniser misreads as names (analysis/abbreviated_entities.py,
analysis/untagged_names.split_person_of_place): a rank alone is no entity, a province after a town
is a place, and "Kayla Desrosiers of Brampton" is a person from a place, not an organisation."""

from __future__ import annotations

from typing import Any

from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import analyze

Q, E = "\u201c", "\u201d"

CRASH = (
    "BRAMPTON, Ont. \u2014 A man has been charged in the death of a teenager struck by a car outside a "
    "school on Friday, police said.\n\n"
    "The family of the victim, 19-year-old Kayla Desrosiers of Brampton, said in a statement that she had "
    f"been {Q}the light of every room{E}.\n\n"
    "Det. Insp. Karen Osei, who leads the investigation, said officers had spoken to 40 witnesses.\n\n"
    f"{Q}Someone saw this happen and we need them to come forward,{E} the inspector said."
)


def _entities(nlp: Any, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(Article(text=text), nlp).entities}


def test_ranks_regions_and_people_from_places_are_read_as_such(nlp: Any) -> None:
    found = _entities(nlp, CRASH)
    assert ("Ont", "PERSON") not in found and ("Ont", "GPE") in found
    assert not any(text.rstrip(".") in ("Det", "Insp") for text, _ in found)
    assert ("Kayla Desrosiers", "PERSON") in found
    assert not any(label == "ORG" and "Desrosiers" in text for text, label in found)


def test_bodies_of_places_and_full_words_keep_their_labels(nlp: Any) -> None:
    text = (
        "The Bank of England raised rates on Thursday, and the University of Toronto cut its fees.\n\n"
        "The Senate voted on Friday. Gen Z voters in Lodi, Calif., said they were not consulted."
    )
    found = _entities(nlp, text)
    assert any(label == "ORG" and text.endswith("Bank of England") for text, label in found)
    assert any(label == "ORG" and text.endswith("University of Toronto") for text, label in found)
    assert ("Senate", "ORG") in found
    assert ("Calif", "GPE") in found
