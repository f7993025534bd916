"""The library index: derived from the store, kept on every save, rebuilt when missing or damaged, shared by two processes."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest
from library_helpers import QUOTE_A, QUOTE_B, article_with, build_library, save

from quotemark.store import Annotation, Store, StoreError
from quotemark.store.library_index import index_path
from quotemark.store.library_queries import HitKind, match_expression
from quotemark.store.library_rows import text_lines


def test_speakers_count_quotations_and_articles(db_path: Path) -> None:
    build_library(db_path)
    rows = {r.name: r for r in Store(db_path).library.speakers()}
    assert (rows["Ann Lee"].quotes, rows["Ann Lee"].articles) == (2, 2)
    assert (rows["Kim Jong Un"].quotes, rows["Kim"].quotes) == (1, 1)


def test_corrected_speaker_counts_never_the_machines(db_path: Path) -> None:
    (article, analysis), *_ = build_library(db_path)
    store = Store(db_path)
    quote = analysis.quotes[0]
    store.add(Annotation.correction(article, quote.start, quote.end, {"type": "speaker", "value": "Choe Son Hui"}))
    names = {r.name for r in store.library.speakers()}
    assert "Choe Son Hui" in names and "Kim Jong Un" not in names
    # A confirmation naming someone else counts as that name too.
    store.add(Annotation.correction(article, quote.start, quote.end, {"type": "confirm", "value": "Kim Yo Jong"}))
    assert "Kim Yo Jong" in {r.name for r in store.library.speakers()}


def test_rejected_quotation_leaves_the_library(db_path: Path) -> None:
    (article, analysis), *_ = build_library(db_path)
    store = Store(db_path)
    quote = analysis.quotes[0]
    store.add(Annotation.correction(article, quote.start, quote.end, {"type": "reject"}))
    assert [q.text for q in store.library.quotations(speaker="Kim Jong Un")] == []


def test_quotations_filter_by_tag_and_date(db_path: Path) -> None:
    pairs = build_library(db_path)
    store = Store(db_path)
    article, analysis = pairs[1]
    quote = analysis.quotes[0]
    store.add(Annotation.tag(article, quote.start, quote.end, "disputed"))
    store.add(Annotation.note(article, quote.start, quote.end, "check with the ministry"))
    tagged = store.library.quotations(tag="disputed")
    assert [(q.text, q.tags, q.notes) for q in tagged] == [(QUOTE_B, ("disputed",), ("check with the ministry",))]
    assert [q.date for q in store.library.quotations(since="2026-03-01", until="2026-03-03")] == ["2026-03-02"] * 2
    assert len(store.library.quotations(until="2026-02")) == 1


def test_search_finds_text_quotes_notes_and_tags(db_path: Path) -> None:
    pairs = build_library(db_path)
    store = Store(db_path)
    article, _ = pairs[2]
    store.add(Annotation.note(article, None, None, "ask the agronomist"))
    hits = store.library.search("weather")
    assert [(h.kind, h.title) for h in hits] == [(HitKind.TEXT, "Harvest report")]
    assert article.text[hits[0].start : hits[0].end] == "weather"
    assert [h.kind for h in store.library.search("agronom")] == [HitKind.NOTE]
    assert HitKind.QUOTE in {h.kind for h in store.library.search("canals")}
    assert store.library.search("[/bold] (") == []


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('rice "OR" fields') == '"rice" "OR" "fields"*'
    assert match_expression("  ...  ") is None


def test_text_lines_keep_offsets() -> None:
    text = "one\n\n  two\nthree"
    assert [(line.start, text[line.start : line.start + len(line.text)]) for line in text_lines(text)] == [
        (0, "one"),
        (5, "  two"),
        (11, "three"),
    ]


def test_provenance_finds_the_edited_copy(db_path: Path) -> None:
    pairs = build_library(db_path)
    found = Store(db_path).library.occurrences(QUOTE_A, exclude_article=pairs[0][0].id)
    assert [(o.title, o.date) for o in found] == [("Talks collapse", "2026-03-02")]
    assert pairs[1][0].text[found[0].start : found[0].end] == found[0].text


def test_merge_and_split_speakers(db_path: Path) -> None:
    build_library(db_path)
    store = Store(db_path)
    store.library.merge("Kim", "Kim Jong Un")
    rows = {r.name: r for r in store.library.speakers()}
    assert "Kim" not in rows and (rows["Kim Jong Un"].quotes, rows["Kim Jong Un"].aliases) == (2, ("Kim",))
    assert len(store.library.quotations(speaker="Kim Jong Un")) == 2
    assert Store(db_path).library.merges()[0].alias == "Kim"  # saved in the store
    store.library.split("Kim")
    assert {r.name for r in store.library.speakers()} >= {"Kim", "Kim Jong Un"}


def test_deleting_the_index_loses_nothing(db_path: Path) -> None:
    build_library(db_path)
    store = Store(db_path)
    before = store.library.speakers()
    index_path(store.files).unlink()
    fresh = Store(db_path)
    assert fresh.library.speakers() == before
    assert fresh.library.messages == []  # a missing index is rebuilt silently


def test_damaged_index_is_moved_aside_and_rebuilt(db_path: Path) -> None:
    build_library(db_path)
    store = Store(db_path)
    store.library.speakers()
    path = index_path(store.files)
    path.write_bytes(b"this is not sqlite at all" * 100)
    again = Store(db_path)
    assert len(again.library.speakers()) == 3
    assert "damaged" in again.library.messages[0]
    assert any(p.name.startswith(path.name + ".damaged-index-") for p in path.parent.iterdir())


def test_index_of_another_version_is_rebuilt(db_path: Path) -> None:
    build_library(db_path)
    store = Store(db_path)
    store.library.speakers()
    with sqlite3.connect(index_path(store.files)) as conn:
        conn.execute("PRAGMA user_version = 99")
    again = Store(db_path)
    assert len(again.library.speakers()) == 3 and "version 99" in again.library.messages[0]


def test_article_saved_without_the_index_is_caught_up(db_path: Path) -> None:
    build_library(db_path)
    store = Store(db_path)
    store.library.speakers()
    path = index_path(store.files)
    path.rename(path.with_name("kept"))
    save(store, *article_with("Late", "2026-04-01", [("Zed Zee", QUOTE_B)]))  # no index file: not kept
    path.with_name("kept").rename(path)
    assert "Zed Zee" in {r.name for r in Store(db_path).library.speakers()}


def _save_in_other_process(db: str, n: int) -> None:
    store = Store(db)
    for i in range(n):
        save(store, *article_with(f"Other {i}", "2026-05-01", [(f"Other Speaker {i}", QUOTE_B + f" number {i}")]))


def test_two_processes_saving_both_reach_the_index(db_path: Path) -> None:
    build_library(db_path)
    store = Store(db_path)
    store.library.speakers()  # the index exists: both processes keep it
    other = multiprocessing.get_context("spawn").Process(target=_save_in_other_process, args=(str(db_path), 5))
    other.start()
    for i in range(5):
        save(store, *article_with(f"Mine {i}", "2026-05-02", [(f"My Speaker {i}", QUOTE_A + f" number {i}")]))
    other.join(60)
    assert other.exitcode == 0
    names = {r.name for r in Store(db_path).library.speakers()}
    assert {f"Other Speaker {i}" for i in range(5)} <= names and {f"My Speaker {i}" for i in range(5)} <= names


def test_speaker_counts_kept_on_each_save_match_a_rebuild(db_path: Path) -> None:
    pairs = build_library(db_path)
    store = Store(db_path)
    store.library.speakers()
    article, analysis = pairs[1]
    first, second = analysis.quotes
    store.add(Annotation.correction(article, second.start, second.end, {"type": "speaker", "value": "Ann Lee"}))
    store.add(Annotation.correction(article, first.start, first.end, {"type": "reject"}))
    save(store, *article_with("More", "2026-06-01", [("Kim", QUOTE_B), ("Kim", QUOTE_A)]))
    kept = store.library.speakers()
    assert {r.name: (r.quotes, r.articles) for r in kept}["Ann Lee"] == (2, 2)
    store.library.rebuild()
    assert store.library.speakers() == kept


def test_index_damaged_while_open_is_rebuilt_on_the_next_read(db_path: Path) -> None:
    build_library(db_path)
    store = Store(db_path)
    assert store.library.search("warheads")  # checked and usable in this process
    path = index_path(store.files)
    path.write_bytes(b"garbage, not SQLite")  # another process or a disk fault, after the check
    assert store.library.search("warheads")
    assert "damaged" in store.library.messages[-1]
    assert any(p.name.startswith(path.name + ".damaged-index-") for p in path.parent.iterdir())
    assert store.library.speakers()


def test_an_index_that_stays_unreadable_is_a_store_error(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_library(db_path)
    store = Store(db_path)
    assert store.library.search("warheads")

    def broken(path: Path) -> sqlite3.Connection:
        raise sqlite3.DatabaseError("disk I/O error")

    monkeypatch.setattr("quotemark.store.library_index.connect", broken)
    with pytest.raises(StoreError, match="disk I/O error"):
        store.library.search("warheads")
