""" "A senior executive at a rival firm ... “…,” the executive said": a definite description whose
noun the paragraph has just used to introduce someone unnamed is that person, not a named one whose
role has the word (analysis/unnamed_people.introduced_unnamed)."""

from __future__ import annotations

from typing import Any

from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

PLANT = (
    "PUNE \u2014 Kestrel Motors will build a battery plant near the city, its founder said on Monday.\n\n"
    "{Q}We want to make our own cells,{E} said Arjun Mehta, co-founder and chief executive of Kestrel, "
    "adding that the plant would open in 2028.\n\n"
    "{INTRO}{Q}Plenty of firms have announced plants. Few have built one,{E} the executive said."
)


def test_the_executive_is_the_unnamed_one_just_introduced(nlp: Any) -> None:
    intro = "A senior executive at a rival maker, who asked not to be named, said the plan was rushed. "
    quote = quote_starting(nlp, PLANT.format(Q=Q, E=E, INTRO=intro), "Plenty of firms")
    assert quote.speaker != "Arjun Mehta"
    assert quote.needs_review


def test_the_executive_is_the_named_one_when_no_one_else_was_introduced(nlp: Any) -> None:
    intro = "Shares in Kestrel rose 3% after the announcement. "
    quote = quote_starting(nlp, PLANT.format(Q=Q, E=E, INTRO=intro), "Plenty of firms")
    assert quote.speaker == "Arjun Mehta"


def test_a_person_called_an_executive_is_not_someone_new(nlp: Any) -> None:
    intro = "Mehta is an executive who has built two plants before, and he said the plan was sound. "
    quote = quote_starting(nlp, PLANT.format(Q=Q, E=E, INTRO=intro), "Plenty of firms")
    assert quote.speaker == "Arjun Mehta"
