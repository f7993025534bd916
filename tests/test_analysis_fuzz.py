"""The analysis survives any text: a failing stage or article is named and the rest goes on; fuzzed with Hypothesis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quotemark.analysis import pipeline
from quotemark.analysis.model import Analysis
from quotemark.analysis.pipeline import analyze
from quotemark.analysis.reader import ReadError, read_text
from quotemark.reading.runner import AnalysisRunner
from quotemark.tui.cli import main

GOOD = 'The agency said "we will act" on Monday.\n'


def test_a_paragraph_of_ampersands_does_not_crash_the_numbers(runner: AnalysisRunner) -> None:
    analysis = analyze(read_text('&&&\n\nThe agency said "we will act".\n'), runner.nlp())
    assert analysis.problems == [] and [q.text for q in analysis.quotes] == ["we will act"]


def test_extract_goes_on_past_a_hostile_article(
    tmp_path: Path, runner: AnalysisRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, text in {
        "a.txt": GOOD,
        "x.txt": '&&&\n\nThe agency said "we will act".\n',
        "b.txt": GOOD + "More.\n",
    }.items():
        (tmp_path / name).write_text(text)
    assert main(["extract", *(str(tmp_path / n) for n in ("a.txt", "x.txt", "b.txt"))]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_a_failing_stage_is_named_with_the_file_and_the_other_facts_stay(
    tmp_path: Path, runner: AnalysisRunner, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import quotemark.analysis.quantities as quantities

    def broken(*args: object) -> list[object]:
        raise IndexError("list index out of range")

    monkeypatch.setattr(quantities, "extract_quantities", broken)
    (tmp_path / "a.txt").write_text(GOOD)
    assert main(["extract", str(tmp_path / "a.txt")]) == 0
    out, err = capsys.readouterr()
    record = json.loads(out)
    assert record["quotes"] and record["quantities"] == [] and record["problems"]
    assert "a.txt" in err and "numbers" in err and "IndexError" in err


def test_an_article_whose_analysis_fails_is_named_and_the_rest_are_printed(
    tmp_path: Path, runner: AnalysisRunner, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = pipeline.extract

    def explode_on_x(article, paragraphs, nlp):  # noqa: ANN001, ANN202
        if "explode" in article.text:
            raise RuntimeError("the parser broke")
        return real(article, paragraphs, nlp)

    monkeypatch.setattr(pipeline, "extract", explode_on_x)
    names = ["a.txt", "x.txt", "b.txt", "c.txt"]
    for name in names:
        (tmp_path / name).write_text(GOOD + ("explode\n" if name == "x.txt" else f"{name}\n"))
    assert main(["extract", *(str(tmp_path / n) for n in names)]) == 2
    out, err = capsys.readouterr()
    printed = [Path(json.loads(line)["article"]["source"]).name for line in out.splitlines()]
    assert printed == ["a.txt", "b.txt", "c.txt"]
    assert "x.txt" in err and "the parser broke" in err


QUOTES = "\"'“”‘’«»‹›„‟‚‛「」『』〝〞＂"
PUNCT = "&&&...,;:!?()[]{}<>-–—/\\|@#$%^*_+=~`"
SPACE = " \t\n\n\r\u00a0\u2009\u200b\u3000\u2028"
WORDS = [
    "The",
    "agency",
    "said",
    "Kim",
    "we",
    "will",
    "act",
    "about",
    "50",
    "warheads",
    "Monday",
    "U.S.",
    "$",
    "1,000",
    "%",
]

pieces = st.one_of(
    st.sampled_from(list(QUOTES + PUNCT + SPACE)),
    st.sampled_from(WORDS),
    st.characters(
        codec="utf-8",
        categories=[
            "Lu",
            "Ll",
            "Nd",
            "No",
            "Pd",
            "Ps",
            "Pe",
            "Pi",
            "Pf",
            "Po",
            "Sm",
            "Sc",
            "So",
            "Zs",
            "Mn",
            "Cf",
            "Cc",
        ],
    ),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(st.lists(pieces, max_size=80).map(" ".join))
def test_fuzzed_text_never_breaks_the_analysis(runner: AnalysisRunner, text: str) -> None:
    try:
        article = read_text(text)
    except ReadError:
        assume(False)
        return
    analysis = analyze(article, runner.nlp())
    assert isinstance(analysis, Analysis)
    assert analysis.problems == [], analysis.problems
    n = len(article.text)
    for span in [*analysis.entities, *analysis.quotes, *analysis.quantities, *analysis.dates, *analysis.claims]:
        assert 0 <= span.start <= span.end <= n
