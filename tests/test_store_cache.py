"""The analysis cache: one object of the Store's, given to the analysis runner instead of the Store."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.store import Store, StoreError, schema
from quotemark.store.storage import atomic_write, dumps


def test_a_newer_database_keeps_its_cache_unwritten(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    tables = schema.fresh_tables(schema.INDEX_KIND)
    schema.set_meta(tables, schema=schema.SCHEMA_VERSION + 1)
    atomic_write(db, dumps(tables))
    cache = Store(db).analysis_cache
    with pytest.raises(StoreError, match="read-only"):
        cache.save("k", {"v": 1})
    assert cache.load("k") is None


def test_the_store_s_cache_refuses_writes_once_the_store_turns_read_only(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    store.analysis_cache.save("k", {"v": 1})
    assert Store(tmp_path / "db.json").analysis_cache.load("k") == {"v": 1}
    store.files.set_read_only("the disk was remounted read-only")
    with pytest.raises(StoreError, match="remounted"):
        store.analysis_cache.save("k", {"v": 2})
    assert store.analysis_cache.load("k") == {"v": 1}
