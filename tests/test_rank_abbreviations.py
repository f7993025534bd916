"""An abbreviated rank before a name is the role a later "the inspector" or "the sergeant" names:
"Det Insp Karen Osei ... “…,” the inspector said" is hers (names.ROLE_ABBREVIATIONS)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

STABBING = (
    "Police in Leeds are appealing for witnesses after a man was stabbed on Saturday.\n\n"
    "{TITLE} Karen Osei, who leads the inquiry, said officers had spoken to 40 people.\n\n"
    "The street was busy at the time. {Q}Someone saw this happen,{E} the {ROLE} said."
)


@pytest.mark.parametrize(
    "title,role",
    [("Det Insp", "inspector"), ("Det. Insp.", "inspector"), ("Sgt", "sergeant"), ("Const.", "constable")],
)
def test_an_abbreviated_rank_is_the_role_a_later_description_names(nlp: Any, title: str, role: str) -> None:
    text = STABBING.format(Q=Q, E=E, TITLE=title, ROLE=role)
    quote = quote_starting(nlp, text, "Someone saw")
    assert quote.speaker == "Karen Osei"


def test_a_rank_no_one_holds_is_left_as_written(nlp: Any) -> None:
    text = STABBING.format(Q=Q, E=E, TITLE="Det Insp", ROLE="sergeant")
    quote = quote_starting(nlp, text, "Someone saw")
    assert quote.speaker != "Karen Osei"
