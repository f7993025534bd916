"""Schema versions of the database files and the `_meta` table that records them."""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 1
META_TABLE = "_meta"
INDEX_KIND = "quotemark-index"
ARTICLE_KIND = "quotemark-article"

Tables = dict[str, dict[str, Any]]


def meta_of(tables: Tables) -> dict[str, Any]:
    """Return the file's meta document ({} when the file has none)."""
    meta = tables.get(META_TABLE, {}).get("1")
    return meta if isinstance(meta, dict) else {}


def version_of(tables: Tables) -> int:
    """Return the schema version written in the file; 0 for a file written before versions existed."""
    value = meta_of(tables).get("schema", 0)
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def fresh_tables(kind: str) -> Tables:
    """Return the tables of a new, empty file of `kind` at the current schema version."""
    return {META_TABLE: {"1": {"schema": SCHEMA_VERSION, "kind": kind}}}


def set_meta(tables: Tables, **values: Any) -> None:
    """Return after merging `values` into the file's meta document (schema and kind kept)."""
    meta = dict(meta_of(tables))
    meta.update(values)
    tables[META_TABLE] = {"1": meta}
