"""Carrying annotations between versions of an article is idempotent; doctor finds and repairs old duplicates."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import pytest
from store_helpers import remove, toggle_tag

from quotemark.analysis.model import Article
from quotemark.analysis.reader import SAMPLE_NAME, read_text, sample_article
from quotemark.store import Annotation, Store
from quotemark.store.annotation import new_annotation_id
from quotemark.store.cli_support import doctor
from quotemark.store.doctor import check
from quotemark.store.versions import duplicates, to_carry
from quotemark.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / SAMPLE_NAME


def edited(article: Article, old: str, new: str, source: str) -> Article:
    assert old in article.text
    return read_text(article.text.replace(old, new), source=source)


@pytest.fixture
def versions() -> list[Article]:
    a = sample_article()
    b = edited(a, "up to 40 more", "dozens more", "/tmp/copy-b/kcna.txt")
    c = edited(b, "The central agency clarified", "The agency said", "/tmp/copy-c/kcna.txt")
    assert len({a.id, b.id, c.id}) == 3
    return [a, b, c]


def counts(store: Store, articles: list[Article]) -> list[tuple[int, int]]:
    return [(len(store.annotations(x.id)), len(store.annotations(x.id, include_orphans=True))) for x in articles]


@pytest.mark.parametrize("n_versions", [2, 3])
def test_alternating_opens_never_add_annotations(tmp_path: Path, versions: list[Article], n_versions: int) -> None:
    arts = versions[:n_versions]
    store = Store(tmp_path / "db.json")
    a = arts[0]
    store.remember_article(a)
    store.add(Annotation.note(a, None, None, "check this"))
    toggle_tag(store, a, None, None, "key")
    start = a.text.index("about 50 nuclear warheads")
    store.add(Annotation.note(a, start, start + 25, "SIPRI"))
    for x in arts:  # the first open of each version carries what it lacks
        store.remember_article(x)
        store.annotations_for(x)
    expected = counts(store, arts)
    assert expected == [(3, 3)] * n_versions
    rng = random.Random(13)
    for i in range(30):  # 30 alternating opens (then a random order), by the app's Store and a fresh one
        x = arts[i % n_versions] if i < 20 else rng.choice(arts)
        s = store if i % 2 else Store(tmp_path / "db.json")
        s.remember_article(x)
        got = s.annotations_for(x)
        assert len(got.annotations) == 3
        assert counts(store, arts) == expected
    values = sorted(str(v.value) for v in store.annotations(a.id))
    assert values == ["SIPRI", "check this", "key"]
    assert check(tmp_path / "db.json").ok


def test_a_note_deleted_on_the_original_does_not_come_back_from_a_copy(tmp_path: Path, versions: list[Article]) -> None:
    a, b, _ = versions
    store = Store(tmp_path / "db.json")
    store.remember_article(a)
    note = store.add(Annotation.note(a, None, None, "gone soon"))
    store.remember_article(b)
    assert [x.value for x in store.annotations_for(b).annotations] == ["gone soon"]
    remove(store, note.id)
    store.remember_article(a)
    assert store.annotations_for(a).annotations == []


def test_copies_record_their_origin_and_are_not_carried_twice(versions: list[Article]) -> None:
    a, b, c = versions
    original = Annotation.note(a, None, None, "n")
    original.id = new_annotation_id(a.id)
    copy = dataclasses.replace(original, id=new_annotation_id(b.id), article_id=b.id, origin=original.id)
    assert to_carry([copy], a.id, []) == []  # never back to the article it was written on
    assert to_carry([copy], c.id, [{"id": "x", "origin": original.id}]) == []  # c already holds a copy
    assert to_carry([copy, copy], c.id, []) == [copy]  # at most once


def test_cli_steps_of_the_issue_list_each_note_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "d.json")
    copy = tmp_path / "copy" / SAMPLE_NAME
    copy.parent.mkdir()
    copy.write_text(SAMPLE.read_text(encoding="utf-8").replace("up to 40 more", "dozens more"), encoding="utf-8")
    assert main(["annotate", str(SAMPLE), "--note", "check this", "--tag", "key", "--db", db]) == 0
    for path in (copy, SAMPLE, copy, SAMPLE, copy, SAMPLE):  # each export opens the article as the app does
        capsys.readouterr()
        assert main(["export", str(path), "--format", "json", "--db", db]) == 0
        data = json.loads(capsys.readouterr().out)
        values = sorted(str(a["body"]["value"]) for a in data["annotations"])
        assert values == ["check this", "key"], path
    assert main(["doctor", "--db", db]) == 0


def legacy_duplicates(db: Path, article: Article) -> list[str]:
    """Write what carry-over used to do: copies of the same annotations, new ids, same times, no origin."""
    store = Store(db)
    store.remember_article(article)
    originals = [
        store.add(Annotation.note(article, None, None, "check this")),
        store.add(Annotation.tag(article, 0, 5, "key")),
    ]
    copies = [dataclasses.replace(o, id=new_annotation_id(article.id)) for o in originals]
    store.replace(article.id, [], copies)
    return [o.id for o in originals]


def test_doctor_finds_and_repairs_old_duplicates_keeping_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.json"
    article = sample_article()
    kept = legacy_duplicates(db, article)
    report = check(db)
    assert not report.ok and any("2 annotations duplicated" in p for p in report.problems)

    assert main(["doctor", "--db", str(db)]) == 1
    assert "--repair" in capsys.readouterr().out
    assert len(Store(db).annotations(article.id)) == 4  # checking alone writes nothing

    assert main(["doctor", "--repair", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "removed 2 duplicated annotations" in out and "OK" in out
    assert sorted(a.id for a in Store(db).annotations(article.id)) == sorted(kept)
    backups = list((tmp_path / "d.d" / "articles").glob("*.before-repair-*"))
    assert len(backups) == 1 and len(json.loads(backups[0].read_text())["annotations"]) == 4
    assert main(["doctor", "--repair", "--db", str(db)]) == 0  # nothing left to do
    assert len(list((tmp_path / "d.d" / "articles").glob("*.before-repair-*"))) == 1


def test_duplicates_keeps_distinct_notes_with_the_same_text() -> None:
    docs = [
        {"id": "a", "motivation": "commenting", "body": {"value": "x"}, "target": None, "created": "t1"},
        {"id": "b", "motivation": "commenting", "body": {"value": "x"}, "target": None, "created": "t2"},
        {"id": "c", "motivation": "commenting", "body": {"value": "x"}, "target": None, "created": "t1"},
        {"id": "d", "origin": "a", "motivation": "commenting", "body": {"value": "y"}, "target": None, "created": "t3"},
    ]
    assert sorted(d["id"] for d in duplicates(docs)) == ["c", "d"]


def test_doctor_function_repair_flag(tmp_path: Path) -> None:
    db = tmp_path / "d.json"
    legacy_duplicates(db, sample_article())
    report, _ = doctor(db, do_repair=True)
    assert report.ok and any("removed 2" in n for n in report.notes)


async def test_opening_versions_in_the_app_alternately_adds_nothing(tmp_path: Path, versions: list[Article]) -> None:
    from quotemark.reading.runner import AnalysisRunner
    from quotemark.tui.app import QuotemarkApp

    a, b, _ = versions
    db = tmp_path / "d.json"
    store = Store(db)
    store.remember_article(a)
    store.add(Annotation.note(a, None, None, "check this"))
    toggle_tag(store, a, None, None, "key")
    store.close()
    seen: list[list[str]] = []
    for article in (b, a, b, a):
        app = QuotemarkApp(article, db, runner=AnalysisRunner(loader=_no_model), native_clipboard=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.pause(0.2)
            seen.append([str(n.message) for n in app._notifications if "carried over" in str(n.message)])
            await pilot.press("q")
        assert sorted(str(x.value) for x in Store(db).annotations(article.id)) == ["check this", "key"]
    assert seen[0] == ["This is an edited version of a saved article: 2 annotations carried over"]
    assert seen[1] == []  # the original gets nothing back from its copy


def _no_model() -> object:
    from quotemark.analysis.pipeline import ModelMissing

    raise ModelMissing("no model in this test: only the annotations matter")
