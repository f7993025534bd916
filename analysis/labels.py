"""Entity labels as a reader reads them: the one mapping from spaCy's codes to words, sections and colours.

Every place that shows a label to a reader (the correction dialog, notifications, the panel's
sections, the summary, the article's colours) goes through this table, so they never disagree.
Stored data and JSON exports keep the codes (they are the schema).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelInfo:
    """How one spaCy label code is shown: its word, the panel section listing it (None: not listed), its colour kind."""

    code: str
    word: str
    section: str | None
    colour: str


LABELS: tuple[LabelInfo, ...] = (
    LabelInfo("PERSON", "Person", "People", "person"),
    LabelInfo("ORG", "Organisation", "Organisations", "org"),
    LabelInfo("GPE", "Place", "Places", "gpe"),
    LabelInfo("LOC", "Location", "Places", "gpe"),
    LabelInfo("FAC", "Facility", "Places", "gpe"),
    LabelInfo("NORP", "Group", "Groups", "group"),
    LabelInfo("EVENT", "Event", None, "other"),
    LabelInfo("PRODUCT", "Product", None, "other"),
    LabelInfo("LAW", "Law", None, "other"),
    LabelInfo("WORK_OF_ART", "Work of art", None, "other"),
    LabelInfo("LANGUAGE", "Language", None, "other"),
    LabelInfo("DATE", "Date", None, "date"),
    LabelInfo("TIME", "Time", None, "date"),
    LabelInfo("CARDINAL", "Number", None, "number"),
    LabelInfo("ORDINAL", "Ordinal", None, "number"),
    LabelInfo("QUANTITY", "Quantity", None, "number"),
    LabelInfo("MONEY", "Money", None, "number"),
    LabelInfo("PERCENT", "Percent", None, "number"),
)
BY_CODE: dict[str, LabelInfo] = {info.code: info for info in LABELS}
BY_WORD: dict[str, LabelInfo] = {info.word.casefold(): info for info in LABELS}

# The labels a reader can give an entity in the correction dialog, in the order offered.
CORRECTABLE: tuple[str, ...] = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "EVENT",
    "PRODUCT",
    "LAW",
    "DATE",
    "CARDINAL",
    "MONEY",
    "PERCENT",
    "QUANTITY",
)


def word(code: str) -> str:
    """Return the word a reader sees for a label code ("GPE" -> "Place"); an unknown code is returned as it is."""
    info = BY_CODE.get(code)
    return info.word if info is not None else code


def code_for(text: str) -> str | None:
    """Return the label code for a word or a code as a reader may type it ("place", "GPE"), or None."""
    key = text.strip()
    if key.upper() in BY_CODE:
        return key.upper()
    info = BY_WORD.get(key.casefold())
    return info.code if info is not None else None


def section_codes(section: str) -> tuple[str, ...]:
    """Return the label codes listed in a panel section ("Places" -> GPE, LOC, FAC)."""
    return tuple(info.code for info in LABELS if info.section == section)


def colour_of(code: str) -> str:
    """Return the colour kind of a label code (person, org, gpe, group, date, number, other)."""
    info = BY_CODE.get(code)
    return info.colour if info is not None else "other"
