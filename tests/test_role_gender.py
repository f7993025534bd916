"""A person's role as written tells a man's gender by its noun, and a woman's by a relation
(analysis/person_evidence.role_gender)."""

from __future__ import annotations

import pytest

from quotemark.analysis.person_evidence import role_gender


@pytest.mark.parametrize(
    "role,gender",
    [
        ("a campaign spokesman", "m"),
        ("her father", "m"),
        ("MacIsaac's sister", "f"),
        ("MacIsaac's older sister", "f"),
        ("Tom Reed's widow", "f"),
        ("a spokeswoman for the council", ""),  # a woman's job is not read (see its docstring)
        ("the sister company of Acme's largest rival firm", ""),
        (None, ""),
    ],
)
def test_role_gender(role: str | None, gender: str) -> None:
    assert role_gender(role) == gender
