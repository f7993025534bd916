"""Hostile records and hostile JSON: refused or set aside with a message naming them, never loaded; the rest works.

Table-driven: every row is one record (or one JSON-LD item, or one JSON value) that once broke
an article for good. Each must be named by `doctor`, left out of what is loaded, and leave the
article's other notes usable: listed, exported, and still editable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotemark.analysis.model import Article
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Annotation, CorruptDatabase, Store
from quotemark.store.cli_support import doctor
from quotemark.store.doctor import check
from quotemark.store.records import BadRecord, annotation_from_record, check_record
from quotemark.store.safe_json import UnsafeJSON, loads
from quotemark.store.storage import parse_tables
from quotemark.tui.cli import main

TEXT = 'The agency said "we will act" on Monday.\n\nKim added, "We are ready."\n'


@pytest.fixture
def article() -> Article:
    return Article(text=TEXT, title="Hostile", source="a.txt")


def saved_db(tmp_path: Path, article: Article) -> tuple[Path, Path, str]:
    """Return (db, article file, id of the good note) for a database holding one good note."""
    db = tmp_path / "db.json"
    store = Store(db)
    store.remember_article(article)
    good = store.add(Annotation.note(article, 0, 10, "the good note"))
    return db, store.layout.article_file(article.id), good.id


def plant(path: Path, record: dict[str, Any]) -> None:
    """Add a raw record to an article file's annotations, bypassing every check (as an editor or another tool would)."""
    tables = json.loads(path.read_text())
    tables["annotations"]["99"] = record
    path.write_text(json.dumps(tables))


def good_record(article: Article) -> dict[str, Any]:
    return Annotation("", article.id, "commenting", {"value": "x"}).to_dict() | {"id": f"{article.id[:16]}-bad"}


BAD_RECORDS: dict[str, dict[str, Any]] = {
    "body_number": {"body": 5},
    "body_string": {"body": "x"},
    "body_list": {"body": ["x"]},
    "body_value_number": {"body": {"value": 5}},
    "body_value_object": {"body": {"value": {"a": 1}}},
    "target_string": {"target": "urn:quotemark:article:0"},
    "target_float": {"target": 1.5},
    "target_start_text": {"target": {"start": "a", "end": 3}},
    "target_reversed": {"target": {"start": 5, "end": 1}},
    "target_beyond_text": {"target": {"start": 0, "end": 10**6}},
    "target_bool": {"target": {"start": True, "end": 2}},
    "target_half": {"target": {"start": 3}},
    "target_exact_number": {"target": {"start": 0, "end": 3, "exact": 7}},
    "motivation_unknown": {"motivation": "bookmarking"},
    "motivation_missing": {"motivation": None},
    "bounds_new_start_text": {"motivation": "editing", "body": {"type": "bounds", "new_start": "a", "new_end": 3}},
    "bounds_missing_end": {"motivation": "editing", "body": {"type": "bounds", "new_start": 1}},
    "bounds_beyond_text": {"motivation": "editing", "body": {"type": "bounds", "new_start": 1, "new_end": 10**6}},
    "correction_type_number": {"motivation": "editing", "body": {"type": 5}},
    "correction_value_list": {"motivation": "editing", "body": {"type": "speaker", "value": ["Kim"]}},
    "id_number": {"id": 5},
    "id_list": {"id": ["x"]},
    "id_empty": {"id": ""},
    "article_id_path": {"article_id": "../../etc/passwd"},
    "orphan_text": {"orphan": "yes"},
    "created_object": {"created": {"a": 1}},
}


@pytest.mark.parametrize("name", sorted(BAD_RECORDS))
def test_a_bad_record_is_set_aside_named_and_the_rest_of_the_article_works(
    name: str, tmp_path: Path, article: Article, runner: AnalysisRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    db, path, good_id = saved_db(tmp_path, article)
    bad = good_record(article) | BAD_RECORDS[name]
    plant(path, bad)
    store = Store(db)
    assert [a.id for a in store.annotations(article.id)] == [good_id]  # loaded: only the good one
    assert any("set aside" in w for w in store.warnings)
    report = check(db)  # doctor names it
    assert not report.ok and any("not loaded" in p for p in report.problems)
    assert [e.notes for e in store.articles()] == [1]  # the library counts what can be shown
    # Still editable: a new note saves, and the bad record is kept in the file, not lost.
    store.add(Annotation.note(article, 11, 15, "another"))
    assert len(store.annotations(article.id)) == 2
    assert bad in parse_tables(path)["annotations"].values()  # type: ignore[index]
    capsys.readouterr()
    assert main(["export", article.id[:12], "--db", str(db), "--format", "json"]) == 0
    out = capsys.readouterr()
    assert [a["id"] for a in json.loads(out.out)["annotations"]][0] == good_id
    assert "set aside" in out.err


@pytest.mark.parametrize("name", sorted(BAD_RECORDS))
def test_the_declared_model_refuses_each_bad_record(name: str, article: Article) -> None:
    bad = good_record(article) | BAD_RECORDS[name]
    with pytest.raises(BadRecord):
        annotation_from_record(bad, length=len(TEXT))
    assert check_record(good_record(article), length=len(TEXT)) is None


def test_a_saved_annotation_round_trips_through_the_model(article: Article) -> None:
    for ann in (
        Annotation.note(article, 0, 3, "n"),
        Annotation.tag(article, None, None, "t"),
        Annotation.correction(article, 4, 9, {"type": "bounds", "new_start": 4, "new_end": 10}),
    ):
        ann.id = "x-1"
        assert annotation_from_record(ann.to_dict(), len(TEXT)) == ann


# ---- hostile JSON-LD on import ---------------------------------------------------------------


def item(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"type": "Annotation", "body": {"value": "x"}, "target": "urn:quotemark:article:0"}
    return base | fields


BAD_ITEMS: dict[str, dict[str, Any]] = {
    "qm_body_number": item(body={"value": "x", "qm:body": "5"}),
    "qm_body_list": item(body={"value": "x", "qm:body": "[1, 2]"}),
    "qm_body_not_json": item(body={"value": "x", "qm:body": "{"}),
    "qm_body_deep": item(body={"value": "x", "qm:body": "[" * 500 + "]" * 500}),
    "body_number": item(body=5),
    "body_list_of_numbers": item(body=[5]),
    "body_value_number": item(body={"value": 5}),
    "target_float": item(target=1.5),
    "target_list_of_numbers": item(target=[5]),
    "motivation_unknown": item(motivation="bookmarking"),
    "motivation_list_unknown": item(motivation=["bookmarking"]),
    "bounds_new_start_text": item(
        motivation="editing",
        body={"value": "", "qm:body": json.dumps({"type": "bounds", "new_start": "a", "new_end": 3})},
    ),
    "half_position": item(
        target={"source": "urn:quotemark:article:0", "selector": {"type": "TextPositionSelector", "start": 2}}
    ),
    "exact_number": item(target={"source": "x", "selector": {"type": "TextQuoteSelector", "exact": 5}}),
    "selector_number": item(target={"source": "x", "selector": 5}),
    "collection_type_object": {"type": {"a": 1}, "items": [item(body=5)]},
}


@pytest.mark.parametrize("name", sorted(BAD_ITEMS))
def test_a_hostile_jsonld_item_is_refused_by_import(
    name: str, tmp_path: Path, article: Article, runner: AnalysisRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _path, good_id = saved_db(tmp_path, article)
    (tmp_path / "a.txt").write_text(TEXT)
    bad = tmp_path / "bad.jsonld"
    bad.write_text(json.dumps(BAD_ITEMS[name]))
    assert main(["import", str(bad), "--article", str(tmp_path / "a.txt"), "--db", str(db)]) != 0
    err = capsys.readouterr().err
    assert "item 1" in err and "imported 1" not in err
    mixed = tmp_path / "mixed.jsonld"
    mixed.write_text(json.dumps([item(body={"value": "fine"}), BAD_ITEMS[name]]))
    assert main(["import", str(mixed), "--article", str(tmp_path / "a.txt"), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "item 2" in err and "imported 1 annotation" in err
    store = Store(db)
    texts = sorted(str(a.value) for a in store.annotations(article.id))
    assert texts == ["fine", "the good note"] and check(db).ok
    assert main(["export", article.id[:12], "--db", str(db)]) == 0  # the article still exports
    assert good_id in {a.id for a in store.annotations(article.id)}


# ---- unbounded JSON in the index or an article file --------------------------------------------

HOSTILE_VALUES: dict[str, str] = {
    "deep_array_990": "[" * 990 + "]" * 990,
    "deep_array_60": "[" * 60 + "]" * 60,
    "int_5000_digits": "1" * 5000,
    "nan": "NaN",
    "infinity": "-Infinity",
    "float_overflow": "1e999",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_VALUES))
def test_unbounded_json_in_an_article_file_is_damage_moved_aside_and_salvaged(
    name: str, tmp_path: Path, article: Article
) -> None:
    db, path, good_id = saved_db(tmp_path, article)
    raw = path.read_text()
    # The hostile value comes after the good note, in a record of its own.
    path.write_text(raw[:-2] + ',"99":{"id":"x","junk":' + HOSTILE_VALUES[name] + "}}}")
    with pytest.raises(UnsafeJSON):
        loads(path.read_bytes())
    report = check(db)
    assert any(path.name in p for p in report.problems)
    with pytest.raises(CorruptDatabase) as caught:
        Store(db).annotations(article.id)
    assert path.name in str(caught.value) and not path.exists()  # named, and moved aside
    report, _ = doctor(db, do_salvage=True)  # survives, and brings the good note back
    assert any("1 annotations restored" in n for n in report.notes), report.notes
    assert [a.id for a in Store(db).annotations(article.id)] == [good_id]


@pytest.mark.parametrize("name", sorted(HOSTILE_VALUES) + ["open_brackets_200k"])
def test_unbounded_json_in_the_index_is_moved_aside_and_the_notes_stay(
    name: str, tmp_path: Path, article: Article
) -> None:
    db, _path, good_id = saved_db(tmp_path, article)
    value = "[" * 200_000 if name == "open_brackets_200k" else HOSTILE_VALUES[name]
    db.write_text('{"_meta":{"1":{"schema":1,"kind":"quotemark-index","x":' + value + "}}}")
    report = check(db)
    assert any(db.name in p for p in report.problems)
    with pytest.raises(CorruptDatabase) as caught:
        Store(db)
    assert str(db) in str(caught.value)
    store = Store(db)  # a fresh index; the library is rebuilt from the article files
    assert [e.id for e in store.articles()] == [article.id]
    assert [a.id for a in store.annotations(article.id)] == [good_id]
    doctor(db, do_salvage=True)  # survives


def test_doc_ids_that_read_as_the_same_number_are_renumbered_not_dropped(tmp_path: Path, article: Article) -> None:
    db, path, good_id = saved_db(tmp_path, article)
    tables = json.loads(path.read_text())
    first = next(iter(tables["annotations"].values()))
    tables["annotations"] = {
        "2": first | {"id": "a-2"},
        "02": first | {"id": "a-02"},
        "\u0663": first | {"id": "a-3"},
        "3": first | {"id": "a-three"},
    }
    path.write_text(json.dumps(tables))
    store = Store(db)
    assert sorted(a.id for a in store.annotations(article.id)) == ["a-02", "a-2", "a-3", "a-three"]
    store.add(Annotation.note(article, 1, 4, "one more"))  # the save that used to drop a note
    assert len(store.annotations(article.id)) == 5


def test_an_article_file_with_a_byte_order_mark_is_read(tmp_path: Path, article: Article) -> None:
    db, path, good_id = saved_db(tmp_path, article)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert [a.id for a in Store(db).annotations(article.id)] == [good_id]
    assert check(db).ok


def test_a_bad_record_in_a_version_0_database_is_left_out_of_the_upgrade(tmp_path: Path, article: Article) -> None:
    db = tmp_path / "quotemark.json"
    good = Annotation.note(article, 0, 4, "old note")
    good.id = "legacy-1"
    bad = good.to_dict() | {"id": "legacy-2", "body": 5}
    legacy = {
        "articles": {"1": article.to_dict() | {"title": {"not": "text"}}},
        "annotations": {"1": good.to_dict(), "2": bad},
    }
    db.write_text(json.dumps(legacy))
    store = Store(db)
    assert [a.id for a in store.annotations(article.id)] == ["legacy-1"]
    assert any("#2" in w and "backup" in w for w in store.warnings)
    assert bad in json.loads(db.with_name("quotemark.json.v0.bak").read_text())["annotations"].values()
    saved = store.article(article.id)
    assert saved is not None and saved.text == TEXT and saved.title is None  # a malformed title is dropped


def test_doctor_names_malformed_article_metadata(tmp_path: Path, article: Article) -> None:
    db, path, _ = saved_db(tmp_path, article)
    tables = json.loads(path.read_text())
    tables["article"]["1"]["title"] = ["not", "text"]
    tables["article"]["1"]["dateline_start"] = "a"
    path.write_text(json.dumps(tables))
    report = check(db)
    assert any("title" in p and "dateline_start" in p for p in report.problems)
    loaded = Store(db).article(article.id)
    assert loaded is not None and loaded.title is None and loaded.text == TEXT


def test_salvage_reads_a_damaged_file_that_starts_with_a_byte_order_mark(tmp_path: Path, article: Article) -> None:
    from quotemark.store.doctor import salvage

    db, path, good_id = saved_db(tmp_path, article)
    Store(db).add(Annotation.note(article, 3, 9, "the second note, cut off"))
    damaged = tmp_path / "damaged.json.corrupt-1"
    damaged.write_bytes(b"\xef\xbb\xbf" + path.read_bytes()[:-3])  # a BOM, and cut off before the end
    recovered = json.loads(salvage(damaged).read_text())
    assert [a["id"] for a in recovered["annotations"].values()] == [good_id]


def test_malformed_ids_in_the_index_and_the_article_record_break_nothing(tmp_path: Path, article: Article) -> None:
    db, path, good_id = saved_db(tmp_path, article)
    index = json.loads(db.read_text())
    index["articles"]["1"]["id"] = {"not": "an id"}
    db.write_text(json.dumps(index))
    tables = json.loads(path.read_text())
    tables["article"]["1"]["id"] = 1.5
    path.write_text(json.dumps(tables))
    store = Store(db)
    assert [e.id for e in store.articles()] == [article.id]
    assert check(db).annotations == 1
    aside = path.with_name(path.name + ".corrupt-1")
    aside.write_bytes(path.read_bytes()[:-3])
    report, _ = doctor(db, do_salvage=True)
    assert [a.id for a in Store(db).annotations(article.id)] == [good_id]
