"""A title written after the body it sits on is the role's head ("Superior Court Justice Helen
Ashcroft" is a judge, so "The judge said ... which she called" is hers), while a field after "of"
is not ("Minister of Justice" is a minister): analysis/name_parts.py."""

from __future__ import annotations

from typing import Any

from quotemark.analysis.name_parts import role_head
from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

SENTENCING = (
    "A Leeds roofer who took deposits from pensioners for work he never did was jailed on Friday.\n\n"
    "Superior Court Justice Helen Ashcroft said Colin Pryce, 52, had {Q}targeted the trusting.{E}\n\n"
    "Prosecutor Janet Okoye had asked for six years. Outside court, she said the victims were relieved. "
    "{Q}They can sleep again,{E} Okoye said.\n\n"
    "Pryce\u2019s barrister, Tom Haines, said his client was ashamed. {Q}He wants to pay it back,{E} Haines said.\n\n"
    "One of the victims, a retired nurse from Headingley, read a statement in court. {Q}I trusted him with "
    "my keys,{E} she said.\n\n"
    "The judge said Pryce\u2019s early plea had spared the victims a trial, which she called {Q}a real "
    "mitigating factor,{E} but said it could not outweigh the harm."
)


def test_the_judge_is_the_justice_named_with_her_court_before_the_title(nlp: Any) -> None:
    text = SENTENCING.format(Q=Q, E=E)
    quote = quote_starting(nlp, text, "a real mitigating factor")
    assert quote.speaker == "Helen Ashcroft"
    assert quote_starting(nlp, text, "They can sleep again").speaker == "Janet Okoye"


def test_a_title_after_its_body_is_the_roles_head_but_a_field_after_of_is_not():
    assert role_head("Court of King\u2019s Bench Justice") == "judge"
    assert role_head("Superior Court Justice") == "judge"
    assert role_head("Bank of England Governor") == "governor"
    assert role_head("Minister of Justice") == "minister"
    assert role_head("Secretary of State") == "secretary"
    assert role_head("general secretary of the union") == "secretary"
    assert role_head("Chancellor of the Exchequer") == "chancellor"
