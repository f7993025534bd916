"""`quotemark add`, `search`, `quotes` and `doctor --reindex` on a real temporary library."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from library_helpers import QUOTE_A, QUOTE_B, build_library

from quotemark.store import Annotation, Store
from quotemark.store.library_index import index_path
from quotemark.tui.cli import main

ARTICLE = (
    "Minister warns on prices\n\n"
    'Finance Minister Ana Ruiz said, "Prices will keep rising until the harbour strike ends next month."\n\n'
    "The strike began in March.\n"
)


def test_add_analyses_saves_and_indexes_skipping_a_bad_file(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ruiz.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "other.txt").write_text(ARTICLE.replace("Ana Ruiz", "Ben Ortiz"), encoding="utf-8")
    db_path.parent.mkdir()
    code = main(["add", str(folder), str(tmp_path / "missing.txt"), "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "missing.txt" in err and "added 2 articles" in err
    assert len(Store(db_path).articles()) == 2
    assert main(["quotes", "--db", str(db_path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["speaker"] for r in rows) == ["Ana Ruiz", "Ben Ortiz"]
    assert main(["search", "harbour", "--db", str(db_path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) >= 2


def test_quotes_prints_corrected_speakers_tags_and_notes(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = build_library(db_path)
    article, analysis = pairs[1]
    quote = analysis.quotes[1]  # the machine says "Kim"
    store = Store(db_path)
    store.add(Annotation.correction(article, quote.start, quote.end, {"type": "speaker", "value": "Kim Jong Un"}))
    store.add(Annotation.tag(article, quote.start, quote.end, "threat"))
    store.add(Annotation.note(article, quote.start, quote.end, "same words as in February"))
    assert main(["quotes", "--speaker", "Kim Jong Un", "--db", str(db_path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["article"]["date"], r["tags"], r["notes"]) for r in rows] == [
        ("2026-02-26", [], []),
        ("2026-03-02", ["threat"], ["same words as in February"]),
    ]
    assert main(["quotes", "--tag", "threat", "--format", "csv", "--db", str(db_path)]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["speaker"], r["title"]) for r in table] == [("Kim Jong Un", "Talks collapse")]
    assert main(["quotes", "--since", "2026-03-03", "--format", "md", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out.startswith("- **Ann Lee**: “Rice harvests")


def test_search_prints_the_matching_line(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_library(db_path)
    assert main(["search", "nobody", "capital", "--db", str(db_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(QUOTE_B in line and "\tTalks collapse\t" in line for line in lines)
    assert main(["search", "zzzqqq", "--db", str(db_path)]) == 1
    assert "no matches" in capsys.readouterr().err


def test_reading_commands_never_create_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "none.json"
    assert main(["search", "x", "--db", str(db)]) == 2
    assert main(["quotes", "--db", str(db)]) == 2
    assert "no database" in capsys.readouterr().err and not db.exists()


def test_doctor_reindex_rebuilds_from_the_store(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_library(db_path)
    index_path(Store(db_path).files).write_bytes(b"garbage")
    assert main(["doctor", "--reindex", "--db", str(db_path)]) == 0
    assert "reindexed 3 articles" in capsys.readouterr().out
    assert main(["search", QUOTE_A.split()[3], "--db", str(db_path)]) == 0


def test_export_json_carries_the_speaker_merges(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = build_library(db_path)
    Store(db_path).library.merge("Kim", "Kim Jong Un")
    assert main(["export", pairs[1][0].id[:16], "--format", "json", "--db", str(db_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(m["alias"], m["canonical"]) for m in data["speaker_merges"]] == [("Kim", "Kim Jong Un")]
    assert main(["export", pairs[2][0].id[:16], "--format", "json", "--db", str(db_path)]) == 0
    assert json.loads(capsys.readouterr().out)["speaker_merges"] == []  # no Kim in the harvest report


@pytest.mark.parametrize("flag", ["--since", "--until"])
@pytest.mark.parametrize("value", ["bad", "2026-13", "2026-02-30", "2026-3-1", "٢٠٢٦"])
def test_quotes_refuses_a_date_that_is_not_one(
    db_path: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str
) -> None:
    build_library(db_path)
    assert main(["quotes", flag, value, "--db", str(db_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and "not a date" in captured.err
    assert main(["quotes", flag, "2026-03", "--db", str(db_path)]) == 0


@pytest.mark.parametrize("words", [[""], ["  ", "\t"]])
def test_search_without_words_is_a_usage_error(
    db_path: Path, capsys: pytest.CaptureFixture[str], words: list[str]
) -> None:
    build_library(db_path)
    assert main(["search", *words, "--db", str(db_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "nothing to search for" in captured.err


def test_add_refuses_a_db_in_a_folder_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "ruiz.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "typo" / "deeper" / "q.json"
    assert main(["add", str(article), "--db", str(db)]) == 2
    assert "does not exist; create it first" in capsys.readouterr().err
    assert not (tmp_path / "typo").exists()


def test_a_damaged_speakers_file_is_named_and_set_aside_not_called_a_new_database(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_library(db_path)
    speakers = db_path.parent / f"{db_path.stem}.d" / "speakers.json"
    speakers.write_text('{"_default": {"1": ', encoding="utf-8")
    assert main(["quotes", "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "speakers.json" in err and "An empty one takes its place" in err and "database will be created" not in err
    assert main(["quotes", "--db", str(db_path)]) == 0  # set aside: the next run reads the rest as before
    assert QUOTE_B in capsys.readouterr().out
