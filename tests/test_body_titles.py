"""A word that names a body's field ("Democratic", "House", "Senate") is no person's title: the
National Committee of "the Democratic National Committee said" is not a person's name
(analysis/titled_surnames.py)."""

from __future__ import annotations

from typing import Any

from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import analyze

Q, E = "\u201c", "\u201d"

PARTIES = (
    "Both parties raised record sums in June.\n\n"
    f"{Q}Voters are with us,{E} the Democratic National Committee said in a statement.\n\n"
    f"{Q}The money tells another story,{E} the Republican National Committee said."
)


def test_party_committees_are_two_bodies_not_one_person(nlp: Any) -> None:
    analysis = analyze(Article(text=PARTIES), nlp)
    speakers = [q.speaker for q in analysis.quotes]
    assert "National Committee" not in speakers
    assert len({q.cluster for q in analysis.quotes}) == 2
    assert not any(e.label == "PERSON" and "Committee" in e.text for e in analysis.entities)
