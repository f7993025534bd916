"""`check` reports without writing; `salvage` recovers complete records from damaged files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_helpers import remove

from quotemark.analysis.model import Article
from quotemark.analysis.reader import sample_article
from quotemark.store import Annotation, CorruptDatabase, Store, StoreError
from quotemark.store.cli_support import doctor
from quotemark.store.doctor import check, last_complete_document, recover_truncated, salvage


@pytest.fixture
def article() -> Article:
    return sample_article()


def fill(db: Path, article: Article, n: int = 20) -> list[str]:
    store = Store(db)
    store.remember_article(article)
    return [store.add(Annotation.note(article, i, i + 5, f"note {i}")).id for i in range(n)]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_check_healthy_database_writes_nothing(tmp_path: Path, article: Article) -> None:
    db = tmp_path / "q.json"
    fill(db, article)
    before = snapshot(tmp_path)
    report = check(db)
    assert report.ok, report.lines()
    assert (report.articles, report.annotations, report.schema_version) == (1, 20, 1)
    assert "OK" in report.lines()[0]
    assert snapshot(tmp_path) == before


def test_check_finds_damage_without_moving_anything(tmp_path: Path, article: Article) -> None:
    db = tmp_path / "q.json"
    fill(db, article)
    art_file = Store(db).layout.article_file(article.id)
    art_file.write_bytes(art_file.read_bytes()[:-30])
    before = snapshot(tmp_path)
    report = check(db)
    assert not report.ok and any("not valid JSON" in p for p in report.problems)
    assert snapshot(tmp_path) == before
    db.write_bytes(b"null")
    report = check(db)
    assert not report.ok and "null" in report.problems[0]
    assert check(tmp_path / "missing.json").problems


def test_check_flags_a_span_that_no_longer_matches(tmp_path: Path, article: Article) -> None:
    db = tmp_path / "q.json"
    fill(db, article, 2)
    art_file = Store(db).layout.article_file(article.id)
    data = json.loads(art_file.read_text())
    data["annotations"]["1"]["target"]["exact"] = "something else"
    data["annotations"]["2"]["target"]["end"] = 10**7
    art_file.write_text(json.dumps(data))
    problems = check(db).problems
    assert any("no longer matches" in p for p in problems) and any("outside the article" in p for p in problems)


def test_salvage_truncated_article_file_keeps_every_complete_note(tmp_path: Path, article: Article) -> None:
    db = tmp_path / "q.json"
    ids = fill(db, article, 30)
    art_file = Store(db).layout.article_file(article.id)
    raw = art_file.read_bytes()
    cut = raw.rindex(b'"id"')  # in the middle of the last annotation
    art_file.write_bytes(raw[: cut + 10])
    with pytest.raises(CorruptDatabase) as caught:
        Store(db).annotations(article.id)
    aside = caught.value.moved_to
    assert aside is not None
    out = salvage(aside)
    assert out.name.startswith(f"{article.id}.json.salvaged-") and out.parent == aside.parent
    data = json.loads(out.read_text())
    got = [d["id"] for d in data["annotations"].values()]
    assert got == ids[:-1]  # all but the one cut in half
    assert data["article"]["1"]["length"] == len(article.text)
    assert aside.read_bytes() == raw[: cut + 10]  # the damaged file is left as it was
    # Putting the salvaged file back restores the notes.
    out.replace(art_file)
    assert [a.id for a in Store(db).annotations(article.id)] == ids[:-1]


def test_salvage_extra_data_takes_the_last_complete_document(tmp_path: Path) -> None:
    new = {"_meta": {"1": {"schema": 1}}, "articles": {"1": {"id": "a"}}}
    old_tail = ', "2": {"id": "b"}}}'
    raw = json.dumps(new) + old_tail  # what an in-place overwrite by a shorter document leaves
    assert last_complete_document(raw) == new
    two = json.dumps({"articles": {}}) + "\n" + json.dumps(new)
    assert last_complete_document(two) == new
    bad = tmp_path / "x.json"
    bad.write_text(raw)
    assert json.loads(salvage(bad).read_text()) == new


def test_recover_truncated_handles_brackets_inside_strings() -> None:
    good = {"annotations": {"1": {"body": {"value": "a } tricky { note ]"}}, "2": {"body": {"value": "ok"}}}}
    raw = json.dumps(good)
    assert recover_truncated(raw[: raw.index('"2"') + 20]) == {"annotations": {"1": good["annotations"]["1"]}}
    cut_in_string = raw[: raw.index("tricky")]
    assert recover_truncated(cut_in_string) in (None, {"annotations": {}})


def test_salvage_refuses_when_nothing_is_recoverable(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text("garbage")
    with pytest.raises(StoreError, match="nothing could be recovered"):
        salvage(bad)


def test_doctor_function_salvages_a_damaged_index(tmp_path: Path, article: Article) -> None:
    db = tmp_path / "q.json"
    fill(db, article, 3)
    raw = db.read_bytes()
    db.write_bytes(raw[:-2])
    report, out = doctor(db, do_salvage=True)
    assert not report.ok and out is not None and out.exists()
    assert db.read_bytes() == raw[:-2]
    report, out = doctor(tmp_path / "q2.json")
    assert out is None


def test_recover_merges_a_damaged_article_back(tmp_path: Path, article: Article) -> None:
    from quotemark.store.cli_support import recover

    db = tmp_path / "q.json"
    ids = fill(db, article, 10)
    store = Store(db)
    art_file = store.layout.article_file(article.id)
    raw = art_file.read_bytes()
    art_file.write_bytes(raw[: raw.rindex(b'"id"')])  # the last note is cut in half
    report, salvaged = doctor(db, do_salvage=True)
    assert salvaged is None  # the index itself was fine
    assert any("9 annotations restored" in n for n in report.notes), report.notes
    assert [a.id for a in store.annotations(article.id)] == ids[:-1]
    assert store.article(article.id) == article
    assert len(list(art_file.parent.glob("*.corrupt-*"))) == 1  # the damaged bytes are kept
    assert all("0 annotations restored" in line for line in recover(db))  # a second run changes nothing
    assert check(db).ok


def test_restore_from_keeps_newer_work(tmp_path: Path, article: Article) -> None:
    db = tmp_path / "q.json"
    ids = fill(db, article, 3)
    store = Store(db)
    copy = tmp_path / "copy.json"
    copy.write_bytes(store.layout.article_file(article.id).read_bytes())
    remove(store, ids[0])
    newer = store.add(Annotation.note(article, 1, 2, "written after the copy"))
    assert store.restore_from(copy) == 1  # only the missing one comes back
    assert {a.id for a in store.annotations(article.id)} == set(ids) | {newer.id}
    with pytest.raises(StoreError):
        store.restore_from(tmp_path / "nope.json")
