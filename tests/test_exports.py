"""Exports are read back by parsing what they produce; W3C annotations round-trip through import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from store_helpers import toggle_tag

from quotemark.analysis.model import Article
from quotemark.reading.exports import Bundle, export
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Annotation, Store
from quotemark.store.w3c import from_w3c, to_w3c
from quotemark.tui.cli import main


@pytest.fixture
def saved(sample: Article, db_path: Path, runner: AnalysisRunner) -> tuple[Store, Bundle]:
    """A database holding the sample with a tag, a note, a speaker fix and a relabelled entity."""
    store = Store(db_path)
    store.remember_article(sample)
    analysis = runner.analyse(sample, lambda _s, _f: None, Store(db_path).analysis_cache)
    q = analysis.quotes[1]
    toggle_tag(store, sample, q.start, q.end, "verify")
    store.add(Annotation.note(sample, q.start, q.end, "check the Korean original"))
    store.add(Annotation.note(sample, None, None, "whole-article note"))
    store.add(Annotation.correction(sample, q.start, q.end, {"type": "speaker", "value": "Choe Son Hui"}))
    pyongyang = next(e for e in analysis.entities if e.text == "Pyongyang")
    store.add(Annotation.correction(sample, pyongyang.start, pyongyang.end, {"type": "label", "value": "LOC"}))
    return store, Bundle.of(sample, analysis, store.annotations(sample.id))


def test_markdown_has_the_summary_notes_and_corrected_speaker(saved: tuple[Store, Bundle]) -> None:
    md = export(saved[1], "md").decode()
    assert "check the Korean original" in md and "whole-article note" in md
    assert "Choe Son Hui" in md and "verify" in md


def test_json_has_everything(saved: tuple[Store, Bundle]) -> None:
    data = json.loads(export(saved[1], "json"))
    assert data["article"]["text"] == saved[1].article.text
    assert [q["speaker"] for q in data["analysis"]["quotes"]] == ["Kim Jong Un", "Choe Son Hui", "Kim Jong Un"]
    assert len(data["annotations"]) == 5


def test_csv_has_one_row_per_quote(saved: tuple[Store, Bundle]) -> None:
    rows = list(csv.DictReader(io.StringIO(export(saved[1], "csv").decode())))
    assert [r["speaker"] for r in rows] == ["Kim Jong Un", "Choe Son Hui", "Kim Jong Un"]
    assert (
        rows[1]["tags"] == "verify" and rows[1]["note"] == "check the Korean original" and rows[1]["corrected"] == "yes"
    )
    assert rows[0]["quote"].startswith("We will focus")


def test_spacy_docbin_holds_the_corrected_labels(saved: tuple[Store, Bundle]) -> None:
    import spacy
    from spacy.tokens import DocBin

    docs = list(DocBin().from_bytes(export(saved[1], "spacy")).get_docs(spacy.blank("en").vocab))
    assert len(docs) == 1
    labels = {(e.text, e.label_) for e in docs[0].ents}
    assert ("Pyongyang", "LOC") in labels
    assert ("Kim Jong Un", "PERSON") in labels
    assert docs[0].user_data["quotemark_article_id"] == saved[1].article.id


def test_w3c_collection_shape(saved: tuple[Store, Bundle]) -> None:
    data = json.loads(export(saved[1], "w3c"))
    assert "http://www.w3.org/ns/anno.jsonld" in data["@context"]
    assert data["type"] == "AnnotationCollection" and data["total"] == 5
    for item in data["first"]["items"]:
        assert item["type"] == "Annotation"
        assert item["motivation"] in ("commenting", "tagging", "editing")
        target = item["target"]
        if isinstance(target, dict):
            kinds = [s["type"] for s in target["selector"]]
            assert kinds == ["TextQuoteSelector", "TextPositionSelector"]
            pos, quote = target["selector"][1], target["selector"][0]
            assert saved[1].article.text[pos["start"] : pos["end"]] == quote["exact"]
        else:
            assert target.endswith(saved[1].article.id)


def test_w3c_round_trips(saved: tuple[Store, Bundle]) -> None:
    store, bundle = saved
    back = from_w3c(to_w3c(bundle.article, list(bundle.annotations)))
    assert [(a.id, a.motivation, a.body, a.start, a.end) for a in back] == [
        (a.id, a.motivation, a.body, a.start, a.end) for a in bundle.annotations
    ]


def test_import_cli_restores_annotations_into_a_fresh_database(
    saved: tuple[Store, Bundle], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, bundle = saved
    path = tmp_path / "notes.jsonld"
    article_file = tmp_path / "article.txt"
    article_file.write_text(bundle.article.text, encoding="utf-8")
    assert main(["export", bundle.article.id[:10], "--db", str(store.path), "--format", "w3c", "-o", str(path)]) == 0
    fresh = tmp_path / "fresh" / "db.json"
    assert main(["import", str(path), "--db", str(fresh), "--article", str(article_file)]) == 0
    assert "imported 5 annotations" in capsys.readouterr().err
    again = Store(fresh).annotations(bundle.article.id)
    assert sorted((a.motivation, str(a.value)) for a in again) == sorted(
        (a.motivation, str(a.value)) for a in bundle.annotations
    )


def test_import_re_anchors_onto_an_edited_copy(saved: tuple[Store, Bundle], tmp_path: Path) -> None:
    store, bundle = saved
    path = tmp_path / "notes.jsonld"
    path.write_text(json.dumps(to_w3c(bundle.article, list(bundle.annotations))), encoding="utf-8")
    edited = tmp_path / "edited.txt"
    edited.write_text(
        "Editor's note: updated.\n\n" + bundle.article.text.replace("Kim added", "Kim then added"), encoding="utf-8"
    )
    fresh = tmp_path / "fresh.json"
    assert main(["import", str(path), "--db", str(fresh), "--article", str(edited)]) == 0
    from quotemark.analysis.reader import read_path

    new = read_path(edited)
    notes = [a for a in Store(fresh).annotations(new.id) if a.value == "check the Korean original"]
    assert len(notes) == 1
    assert new.text[notes[0].start : notes[0].end].startswith("The country's international status")


def test_import_rejects_what_is_not_a_collection(tmp_path: Path) -> None:
    assert from_w3c({"type": "Nonsense"}) == []
    empty = tmp_path / "empty.jsonld"
    empty.write_text('{"type": "Nonsense"}', encoding="utf-8")
    assert main(["import", str(empty), "--db", str(tmp_path / "db.json")]) == 2
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["import", str(bad), "--db", str(tmp_path / "db.json")]) == 2
