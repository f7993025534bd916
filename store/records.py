"""The declared shape of a stored annotation record, checked wherever records enter: import, load, migrate.

A record that does not match is never turned into an Annotation: the caller gets a BadRecord
(or a SetAside entry naming it) and keeps it where it is, so nothing is lost and nothing crashes
later. `doctor` runs the same check, so what is skipped on load is exactly what it reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, TypeGuard

from quotemark.store.annotation import EDITING, MOTIVATIONS, Annotation, Target

ARTICLE_ID = re.compile(r"[A-Za-z0-9_-]+\Z")
MAX_TEXT = 1_000_000  # characters of a note, tag or quoted text: more is not a note someone wrote


class BadRecord(ValueError):
    """A stored or imported annotation record that does not have the declared shape; str() says what is wrong."""


@dataclass(frozen=True)
class SetAside:
    """A record left out of the loaded annotations: where it is and why."""

    where: str
    reason: str

    def message(self) -> str:
        """Return one line naming the record and what is wrong with it."""
        return f"{self.where}: {self.reason}; it was set aside (kept in the file, not loaded). Run `quotemark doctor`"


def _is_int(value: Any) -> TypeGuard[int]:
    """Return True for a real int (JSON booleans are ints in Python, and are not offsets)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _text(data: dict[str, Any], key: str, where: str) -> str:
    """Return data[key] as text ("" when absent or null); raise BadRecord for any other type."""
    value = data.get(key)
    if value.__class__ is str and len(value) <= MAX_TEXT:
        return value  # the common case, first
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadRecord(f"{where}{key} is {type(value).__name__}, not text")
    if len(value) > MAX_TEXT:
        raise BadRecord(f"{where}{key} is longer than {MAX_TEXT} characters")
    return value


def check_target(data: Any, length: int | None = None) -> Target | None:
    """Return the Target a stored target object declares (None for null); raise BadRecord when it is malformed."""
    if data is None:
        return None
    if not isinstance(data, dict):
        raise BadRecord(f"target is {type(data).__name__}, not an object")
    start, end = data.get("start"), data.get("end")
    if (start is None) != (end is None):
        raise BadRecord(f"target has start {start!r} but end {end!r}")
    if start is not None:
        if not (_is_int(start) and _is_int(end)):
            raise BadRecord(f"target offsets {start!r}:{end!r} are not whole numbers")
        if not 0 <= start <= end:
            raise BadRecord(f"target span {start}:{end} is not a span")
        if length is not None and end > length:
            raise BadRecord(f"target span {start}:{end} is outside the article (0:{length})")
    return Target(
        start, end, _text(data, "exact", "target "), _text(data, "prefix", "target "), _text(data, "suffix", "target ")
    )


def check_body(motivation: str, body: Any, length: int | None = None) -> dict[str, Any]:
    """Return the body when it fits its motivation; raise BadRecord when it does not."""
    if not isinstance(body, dict):
        raise BadRecord(f"body is {type(body).__name__}, not an object")
    value = body.get("value")
    if motivation != EDITING:
        if not isinstance(value, str):
            raise BadRecord(f"the {motivation} body's value is {type(value).__name__}, not text")
        _text(body, "value", "body ")
        return body
    kind = body.get("type")
    if not isinstance(kind, str) or not kind:
        raise BadRecord(f"the correction's type is {kind!r}, not a name")
    if value is not None and not isinstance(value, str):
        raise BadRecord(f"the correction's value is {type(value).__name__}, not text")
    new_start, new_end = body.get("new_start"), body.get("new_end")
    for name, offset in (("new_start", new_start), ("new_end", new_end)):
        if offset is not None and not _is_int(offset):
            raise BadRecord(f"the correction's {name} is {offset!r}, not a whole number")
    if kind == "bounds":
        if new_start is None or new_end is None or not 0 <= new_start <= new_end:
            raise BadRecord(f"a bounds correction needs 0 <= new_start <= new_end, found {new_start!r}:{new_end!r}")
        if length is not None and new_end > length:
            raise BadRecord(f"the corrected bounds {new_start}:{new_end} are outside the article (0:{length})")
    return body


def annotation_from_record(doc: Any, length: int | None = None, need_id: bool = True) -> Annotation:
    """Return the Annotation a stored record declares; raise BadRecord when any field is malformed.

    `length` (the article's length in characters) also checks placed spans against the text;
    orphans keep the offsets of an earlier version, so theirs are not checked against it.
    """
    target = _checked(doc, length, need_id)
    return Annotation(
        id=doc["id"],
        article_id=doc["article_id"],
        motivation=doc["motivation"],
        body=doc["body"],
        target=target,
        created=_text(doc, "created", ""),
        modified=_text(doc, "modified", ""),
        orphan=doc.get("orphan", False),
        origin=_text(doc, "origin", ""),
    )


def _checked(doc: Any, length: int | None, need_id: bool) -> Target | None:
    """Return the record's target once every field of `doc` is checked; raise BadRecord for the first malformed one."""
    if not isinstance(doc, dict):
        raise BadRecord(f"the record is {type(doc).__name__}, not an object")
    ann_id = doc.get("id")
    if not isinstance(ann_id, str) or (need_id and not ann_id):
        raise BadRecord(f"id is {ann_id!r}, not a name")
    article_id = doc.get("article_id")
    if not isinstance(article_id, str) or not ARTICLE_ID.match(article_id):
        raise BadRecord(f"article_id is {article_id!r}, not an article id")
    motivation = doc.get("motivation")
    if motivation not in MOTIVATIONS:
        raise BadRecord(f"motivation {motivation!r} is not one of {', '.join(MOTIVATIONS)}")
    orphan = doc.get("orphan", False)
    if not isinstance(orphan, bool):
        raise BadRecord(f"orphan is {orphan!r}, not true or false")
    placed_length = None if orphan else length
    check_body(motivation, doc.get("body"), placed_length)
    _text(doc, "created", "")
    _text(doc, "modified", "")
    return check_target(doc.get("target"), placed_length)


def check_record(doc: Any, length: int | None = None, need_id: bool = True) -> str | None:
    """Return why `doc` is not a valid annotation record, or None when it is."""
    try:
        _checked(doc, length, need_id)
    except BadRecord as exc:
        return str(exc)
    return None


def load_records(
    docs: dict[str, Any], where: str, length: int | None = None
) -> tuple[list[Annotation], list[SetAside]]:
    """Return the valid annotations among a table's records and the records set aside, each named by `where` and its id."""
    good: list[Annotation] = []
    bad: list[SetAside] = []
    for doc_id, doc in docs.items():
        try:
            good.append(annotation_from_record(doc, length))
        except BadRecord as exc:
            name = (
                doc.get("id")
                if isinstance(doc, dict) and isinstance(doc.get("id"), str) and doc.get("id")
                else f"#{doc_id}"
            )
            bad.append(SetAside(f"{where} annotation {name}", str(exc)))
    return good, bad


def article_length(doc: Any) -> int | None:
    """Return the text length an article record declares (None when it does not say)."""
    if not isinstance(doc, dict):
        return None
    if isinstance(doc.get("text"), str):
        return len(doc["text"])
    length = doc.get("length")
    return length if _is_int(length) and length >= 0 else None


_ARTICLE_TEXT_FIELDS = ("title", "date", "source", "author", "site", "format")
ARTICLE_FIELDS = (*_ARTICLE_TEXT_FIELDS, "dateline_start", "dateline_end", "hidden")


def article_fields(doc: dict[str, Any], text: str) -> dict[str, Any]:
    """Return the metadata of a stored article record that has the declared types; a malformed field is dropped."""
    out: dict[str, Any] = {k: doc[k] for k in _ARTICLE_TEXT_FIELDS if isinstance(doc.get(k), str)}
    start, end = doc.get("dateline_start"), doc.get("dateline_end")
    if _is_int(start) and _is_int(end) and 0 <= start <= end <= len(text):
        out["dateline_start"], out["dateline_end"] = start, end
    hidden = doc.get("hidden")
    if isinstance(hidden, list):
        out["hidden"] = [
            h for h in hidden if isinstance(h, dict) and _is_int(h.get("offset")) and 0 <= h["offset"] < len(text)
        ]
    return {**out, "text": text}
