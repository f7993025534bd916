"""The command line: extract prints the documented JSON; bad input gets one line and exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import toggle_tag

from quotemark import __version__
from quotemark.analysis.reader import SAMPLE_NAME
from quotemark.tui.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / SAMPLE_NAME


def _run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quotemark", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL if stdin is None else None,
    )


def test_extract_on_the_sample_reports_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SAMPLE)]) == 0
    record = json.loads(capsys.readouterr().out)
    article = record["article"]
    assert set(article) == {"id", "title", "date", "source", "text"}
    assert article["date"] == "2026-02-26"
    text = article["text"]
    quotes = record["quotes"]
    assert [q["speaker"] for q in quotes] == ["Kim Jong Un"] * 3
    for q in quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        assert not q["text"].startswith('"') and not q["text"].endswith('"')
        for key in ("speaker_start", "speaker_end", "cue", "kind", "confidence"):
            assert key in q
    for e in record["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
    assert {"quantities", "dates", "claims", "clusters"} <= set(record)


def test_extract_several_files_prints_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text('"We are ready," said Maria Lopez, the mayor of Springfield.\n', encoding="utf-8")
    assert main(["extract", str(SAMPLE), str(other)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    second = json.loads(lines[1])
    assert second["quotes"][0]["text"] == "We are ready,"
    assert second["quotes"][0]["speaker"] == "Maria Lopez"


def test_extract_pretty_is_indented(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--pretty", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ")
    json.loads(out)


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"quotemark {__version__}"


def _empty_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "nothing-here"
    folder.mkdir(exist_ok=True)
    return folder


def _bad_cases(tmp_path: Path) -> dict[str, list[str]]:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    unreadable = tmp_path / "secret.txt"
    unreadable.write_text("text")
    unreadable.chmod(0)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    return {
        "missing": ["extract", str(tmp_path / "nope.txt")],
        "directory": [str(tmp_path)],
        "directory without articles": ["extract", str(_empty_dir(tmp_path))],
        "binary": ["extract", str(binary)],
        "empty": ["extract", str(empty)],
        "bad option": ["--frobnicate"],
        "extract without a path": ["extract"],
        "bad export format": ["export", str(SAMPLE), "--format", "pdf"],
        "reader on a missing file": [str(tmp_path / "nope.txt")],
        **({"unreadable": ["extract", str(unreadable)]} if os.geteuid() != 0 else {}),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "directory",
        "directory without articles",
        "binary",
        "empty",
        "bad option",
        "extract without a path",
        "bad export format",
        "reader on a missing file",
        "unreadable",
    ],
)
def test_bad_input_is_one_line_and_exit_2(case: str, tmp_path: Path) -> None:
    cases = _bad_cases(tmp_path)
    if case not in cases:
        pytest.skip("root can read any file, so permission errors cannot be provoked")
    result = _run(*cases[case])
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_extract_reads_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    result = _run("extract", "-", stdin=b'Officials said, "The bridge opens in June," on Monday.\n')
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["article"]["source"] == "-"
    assert record["quotes"][0]["text"] == "The bridge opens in June,"


def test_export_prints_saved_notes_and_tags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quotemark.analysis.reader import read_path
    from quotemark.store import Annotation, Store

    db = tmp_path / "db.json"
    article = read_path(SAMPLE)
    store = Store(db)
    store.remember_article(article)
    store.add(Annotation.note(article, None, None, "Compare with the Yonhap report"))
    quote_start = article.text.index("We will focus")
    toggle_tag(store, article, quote_start, quote_start + 20, "verify")

    assert main(["export", str(SAMPLE), "--db", str(db), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["article"]["id"] == article.id
    assert {a["motivation"] for a in data["annotations"]} == {"commenting", "tagging"}
    assert "Compare with the Yonhap report" in data["summary"]

    assert main(["export", str(SAMPLE), "--db", str(db)]) == 0
    md = capsys.readouterr().out
    assert "Compare with the Yonhap report" in md
    assert "Kim Jong Un" in md


def test_batch_extract_continues_past_bad_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    for n in range(3):
        (corpus / f"a{n}.txt").write_text(f'"Plan {n} is ready," said Mia Stone, the planner.\n', encoding="utf-8")
    (corpus / "sub" / "b.md").write_text("# Title\n\nThe council said it would vote in June.\n", encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary")
    result = _run("extract", str(corpus), "--jobs", "2")
    assert result.returncode == 2
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["article"]["source"]).name for r in records] == ["a0.txt", "a1.txt", "a2.txt", "b.md"]
    assert [q["text"] for q in records[1]["quotes"]] == ["Plan 1 is ready,"]
    assert "broken.txt" in result.stderr and "1 of 5 inputs failed" in result.stderr
    assert "Traceback" not in result.stderr


def test_batch_extract_matches_single_extract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text('"We are ready," said Maria Lopez.\n\nShe added: "Tomorrow we start."\n', encoding="utf-8")
    assert main(["extract", str(SAMPLE), str(other)]) == 0
    together = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    singles = []
    for path in (SAMPLE, other):
        assert main(["extract", str(path)]) == 0
        singles.append(json.loads(capsys.readouterr().out))
    assert together == singles


def test_doctor_takes_the_file_it_names(tmp_path: Path) -> None:
    bad = tmp_path / "db.json.corrupt-20260101T000000Z"
    bad.write_text('{"_meta": {"schema": 1}, "articles": {"1": {"id": "x"}}} trailing', encoding="utf-8")
    result = _run("doctor", str(bad))
    assert result.returncode == 1  # problems found, reported on stdout
    assert str(bad) in result.stdout
    assert "Traceback" not in result.stderr


def test_a_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    import shlex

    cmd = f"{shlex.quote(sys.executable)} -m quotemark extract --pretty {shlex.quote(str(SAMPLE))} | head -c 10"
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=120)
    assert "Error" not in result.stderr and "Traceback" not in result.stderr
