"""Speakers the reader merged across the library ("Kim" is "Kim Jong Un"): saved in the store, one file, undoable.

A merge says every quotation attributed to `alias` counts as `canonical`'s. Splitting removes
the merge. The file is `<stem>.d/speakers.json` (TinyDB, written under the database's lock).
"""

from __future__ import annotations

from dataclasses import dataclass

from tinydb import Query

from quotemark.store.annotation import now_iso
from quotemark.store.files import Files

KIND = "quotemark-speakers"
MERGES = "merges"


@dataclass(frozen=True)
class SpeakerMerge:
    """One merge: quotations of `alias` count as `canonical`'s."""

    alias: str
    canonical: str
    created: str = ""


def merges(files: Files) -> list[SpeakerMerge]:
    """Return the saved merges, oldest first (malformed rows skipped)."""
    tables = files.read(files.layout.data_dir / "speakers.json") or {}
    out = [
        SpeakerMerge(row["alias"], row["canonical"], str(row.get("created", "")))
        for row in tables.get(MERGES, {}).values()
        if isinstance(row, dict) and isinstance(row.get("alias"), str) and isinstance(row.get("canonical"), str)
    ]
    return sorted(out, key=lambda m: m.created)


def canonical_names(found: list[SpeakerMerge]) -> dict[str, str]:
    """Return alias -> the name it finally counts as (chains followed, cycles broken)."""
    direct = {m.alias: m.canonical for m in found if m.alias != m.canonical}
    out: dict[str, str] = {}
    for alias in direct:
        seen = {alias}
        name = direct[alias]
        while name in direct and name not in seen:
            seen.add(name)
            name = direct[name]
        if name != alias:
            out[alias] = name
    return out


def merge(files: Files, alias: str, canonical: str) -> SpeakerMerge:
    """Return the merge saved: `alias`'s quotations now count as `canonical`'s (replacing an earlier merge of alias)."""
    made = SpeakerMerge(alias, canonical, now_iso())
    with files.transaction(), files.editing(files.layout.data_dir / "speakers.json", KIND) as db:
        table = db.table(MERGES)
        table.upsert({"alias": alias, "canonical": canonical, "created": made.created}, Query().alias == alias)
    return made


def split(files: Files, alias: str) -> SpeakerMerge | None:
    """Return the merge removed for `alias` (None when it was not merged): its quotations are its own again."""
    with files.transaction(), files.editing(files.layout.data_dir / "speakers.json", KIND) as db:
        table = db.table(MERGES)
        row = table.get(Query().alias == alias)
        if not isinstance(row, dict):
            return None
        table.remove(Query().alias == alias)
    return SpeakerMerge(alias, str(row.get("canonical", "")), str(row.get("created", "")))
