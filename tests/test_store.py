"""The Store's public API through real files: round trips, reopening, tags, two instances, the cache."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from store_helpers import remove, toggle_tag

from quotemark.analysis.model import Article
from quotemark.analysis.reader import sample_article
from quotemark.store import Annotation, Store, StoreError, default_db_path
from quotemark.store.annotation import Target


@pytest.fixture
def article() -> Article:
    return sample_article()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "quotemark.json"


def span_of(article: Article, words: str) -> tuple[int, int]:
    start = article.text.index(words)
    return start, start + len(words)


def test_default_path_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QUOTEMARK_DB", str(tmp_path / "x.json"))
    assert default_db_path() == tmp_path / "x.json"
    monkeypatch.delenv("QUOTEMARK_DB")
    assert default_db_path().name == "quotemark.json"
    assert "quotemark" in str(default_db_path().parent)


def test_new_store_creates_folders_and_a_valid_file(db: Path) -> None:
    store = Store(db)
    assert db.is_file()
    assert json.loads(db.read_text())["_meta"]["1"]["schema"] >= 1
    assert store.read_only is False
    assert store.articles() == []


def test_target_for_span_keeps_context(article: Article) -> None:
    start, end = span_of(article, "about 50 nuclear warheads")
    t = Target.for_span(article.text, start, end)
    assert t.exact == "about 50 nuclear warheads"
    assert len(t.prefix) == 32 and article.text[start - 32 : start] == t.prefix
    assert t.suffix == article.text[end : end + 32]
    whole = Target.for_span(article.text, None, None)
    assert whole.whole and whole.start is None and whole.exact == ""
    with pytest.raises(ValueError):
        Target.for_span("abc", 2, 9)


def test_round_trip_through_a_real_file(db: Path, article: Article) -> None:
    store = Store(db)
    store.remember_article(article)
    start, end = span_of(article, "about 50 nuclear warheads")
    note = store.add(Annotation.note(article, start, end, "SIPRI figure, check the 2025 yearbook"))
    assert note.id
    tag = store.add(Annotation.tag(article, None, None, "nuclear"))
    fix = store.add(Annotation.correction(article, start, end, {"type": "speaker", "value": "SIPRI"}))

    reopened = Store(db)
    got = {a.id: a for a in reopened.annotations(article.id)}
    assert set(got) == {note.id, tag.id, fix.id}
    assert got[note.id].body == {"value": "SIPRI figure, check the 2025 yearbook"}
    assert got[note.id].target == note.target
    assert got[note.id].motivation == "commenting"
    assert got[tag.id].target is not None and got[tag.id].target.whole
    assert got[fix.id].body["type"] == "speaker"
    assert reopened.annotations(article.id)[0].id == tag.id  # whole-article first
    assert reopened.article(article.id) == article


def test_article_and_library_entry(db: Path, article: Article) -> None:
    store = Store(db)
    assert store.article(article.id) is None
    store.remember_article(article)
    store.add(Annotation.note(article, 0, 10, "n1"))
    store.add(Annotation.note(article, None, None, "n2"))
    toggle_tag(store, article, 0, 10, "key")
    store.add(Annotation.correction(article, 0, 10, {"type": "label", "value": "ORG"}))
    [entry] = Store(db).articles()
    assert entry.id == article.id
    assert entry.title == article.title and entry.date == "2026-02-26"
    assert (entry.notes, entry.tags, entry.corrections) == (2, 1, 1)
    assert entry.last_opened and entry.last_opened.endswith("Z")
    assert entry.tag_names == ["key"]
    assert store.tags() == ["key"]


def test_library_is_ordered_by_last_opened(db: Path, article: Article) -> None:
    store = Store(db)
    other = Article(text="Another article. It said nothing.", title="Other")
    store.remember_article(article)
    store.remember_article(other)
    assert [e.id for e in store.articles()] == [other.id, article.id]
    store.remember_article(article)
    assert [e.id for e in store.articles()] == [article.id, other.id]


def test_replace_edits_in_place_and_remove_by_id(db: Path, article: Article) -> None:
    store = Store(db)
    note = store.add(Annotation.note(article, 5, 9, "first"))
    note.body = {"value": "second"}
    store.replace(article.id, [], [note])  # same id: the saved one is overwritten, not doubled
    assert [(a.id, a.value) for a in Store(db).annotations(article.id)] == [(note.id, "second")]
    remove(store, note.id)
    assert Store(db).annotations(article.id) == []
    remove(store, note.id)  # absent: nothing happens
    assert Store(db).annotations(article.id) == []


def test_add_keeps_a_given_id_for_undo(db: Path, article: Article) -> None:
    store = Store(db)
    note = store.add(Annotation.note(article, 5, 9, "x"))
    remove(store, note.id)
    again = store.add(note)
    assert again.id == note.id
    assert [a.id for a in store.annotations(article.id)] == [note.id]


def test_replace_swaps_annotations_in_one_write(db: Path, article: Article, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotemark.store import files

    store = Store(db)
    old = store.add(Annotation.note(article, 5, 9, "old"))
    writes: list[Path] = []
    real_write = files.atomic_write
    monkeypatch.setattr(files, "atomic_write", lambda path, payload: (writes.append(path), real_write(path, payload)))
    [new] = store.replace(article.id, [old.id], [Annotation.note(article, 5, 9, "new")])
    assert len(writes) == 1 and new.id and new.id != old.id
    assert [(a.id, a.value) for a in Store(db).annotations(article.id)] == [(new.id, "new")]
    store.replace(article.id, [new.id], [])
    assert Store(db).annotations(article.id) == []


def test_replace_refuses_an_annotation_of_another_article(db: Path, article: Article) -> None:
    other = Article("Another text entirely.")
    with pytest.raises(StoreError):
        Store(db).replace(article.id, [], [Annotation.note(other, 0, 7, "x")])


def test_toggle_tag_twice_removes(db: Path, article: Article) -> None:
    store = Store(db)
    start, end = span_of(article, "about 50 nuclear warheads")
    assert toggle_tag(store, article, start, end, "number") is True
    assert [a.value for a in Store(db).annotations(article.id)] == ["number"]
    assert toggle_tag(store, article, start, end, "other") is True
    assert toggle_tag(store, article, start, end, "number") is False
    assert [a.value for a in Store(db).annotations(article.id)] == ["other"]
    assert toggle_tag(store, article, None, None, "other") is True  # whole article is its own span
    assert toggle_tag(store, article, None, None, "other") is False
    assert [a.value for a in Store(db).annotations(article.id)] == ["other"]
    assert store.article(article.id) == article  # toggling a tag keeps the text too


def test_two_instances_never_lose_each_others_writes(db: Path, article: Article) -> None:
    first, second = Store(db), Store(db)
    ids = []
    for i in range(20):
        ids.append((first if i % 2 else second).add(Annotation.note(article, i, i + 1, f"n{i}")).id)
    first.remember_article(article)
    toggle_tag(second, article, None, None, "t")
    assert sorted(a.id for a in Store(db).annotations(article.id) if a.motivation == "commenting") == sorted(ids)
    assert Store(db).articles()[0].notes == 20


def test_analysis_cache(db: Path) -> None:
    store = Store(db)
    assert store.analysis_cache.load("k") is None
    store.analysis_cache.save("k", {"entities": [1, 2], "model": "sm"})
    assert Store(db).analysis_cache.load("k") == {"entities": [1, 2], "model": "sm"}
    store.analysis_cache.save("k", {"v": 2})
    assert store.analysis_cache.load("k") == {"v": 2}
    assert store.analysis_cache.load("other") is None


def test_values_json_cannot_hold_are_refused_before_writing(db: Path, article: Article) -> None:
    store = Store(db)
    store.add(Annotation.note(article, 0, 1, "kept"))
    before = store.layout.article_file(article.id).read_bytes()
    bad = Annotation("", article.id, "editing", {"value": float("nan")}, None)
    with pytest.raises(StoreError):
        store.add(bad)
    with pytest.raises(StoreError):
        store.analysis_cache.save("k", {"x": float("inf")})
    assert store.layout.article_file(article.id).read_bytes() == before


def test_bad_motivation_is_refused(article: Article) -> None:
    with pytest.raises(ValueError):
        Annotation("", article.id, "liking", {}, None)


def test_others_open_tells_when_another_instance_has_the_database(db: Path) -> None:
    first = Store(db)
    assert first.others_open() is False
    with Store(db) as second:
        assert first.others_open() is True and second.others_open() is True
    assert first.others_open() is False


def test_analysis_cache_keeps_only_the_newest(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotemark.store import analysis_cache

    monkeypatch.setattr(analysis_cache, "MAX_CACHE_FILES", 3)
    store = Store(db)
    for i in range(5):
        store.analysis_cache.save(f"k{i}", {"i": i})
        stamp = (1_700_000_000 + i) * 10**9  # distinct times even where the clock is coarse
        os.utime(store.layout.cache_file(f"k{i}"), ns=(stamp, stamp))
    assert [store.analysis_cache.load(f"k{i}") for i in range(5)] == [None, None, {"i": 2}, {"i": 3}, {"i": 4}]
