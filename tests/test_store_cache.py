"""The analysis cache: one object shared by the Store and the analysis worker, never a second Store."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.store import AnalysisCache, Store, StoreError, key_for, schema
from quotemark.store.storage import atomic_write, dumps


def test_the_cache_beside_a_database_reads_and_writes_what_the_store_sees(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    store = Store(db)
    key = key_for("article", "model")
    store.analysis_cache.save(key, {"quotes": [1]})
    cache = AnalysisCache.beside(db)
    assert cache is not None
    assert cache.load(key) == {"quotes": [1]}
    cache.save(key, {"quotes": [2]})
    assert store.analysis_cache.load(key) == {"quotes": [2]}
    assert store.others_open() is False  # the worker's cache is not another instance


def test_a_cache_beside_a_database_not_yet_created_creates_only_the_cache(tmp_path: Path) -> None:
    db = tmp_path / "new.json"
    cache = AnalysisCache.beside(db)
    assert cache is not None
    cache.save("k", {"v": 1})
    assert cache.load("k") == {"v": 1}
    assert not db.exists()  # opening the database is the Store's job, not the cache's


def test_a_newer_database_keeps_its_cache_unwritten(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    tables = schema.fresh_tables(schema.INDEX_KIND)
    schema.set_meta(tables, schema=schema.SCHEMA_VERSION + 1)
    atomic_write(db, dumps(tables))
    cache = AnalysisCache.beside(db)
    assert cache is not None
    with pytest.raises(StoreError, match="read-only"):
        cache.save("k", {"v": 1})
    assert cache.load("k") is None
    with pytest.raises(StoreError, match="read-only"):
        Store(db).analysis_cache.save("k", {"v": 1})


def test_the_store_s_cache_refuses_writes_once_the_store_turns_read_only(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    store.analysis_cache.save("k", {"v": 1})
    store.files.set_read_only("the disk was remounted read-only")
    with pytest.raises(StoreError, match="remounted"):
        store.analysis_cache.save("k", {"v": 2})
    assert store.analysis_cache.load("k") == {"v": 1}


def test_no_cache_beside_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    other = tmp_path / "notes.json"
    tables = schema.fresh_tables(schema.ARTICLE_KIND)
    atomic_write(other, dumps(tables))
    assert AnalysisCache.beside(other) is None
    folder = tmp_path / "folder"
    folder.mkdir()
    assert AnalysisCache.beside(folder) is None
