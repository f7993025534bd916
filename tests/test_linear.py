"""Any input in bounded work (issue 18): work counters, not wall time, grow linearly with the input.

The shapes are bench/pathological.py's, scaled down: a log of "a." lines, one-word lines, one
sentence of three entities repeated, one quotation repeated, prose on a single line, a list of
different people, a run of `*`. Growing each must grow the work at most in step: the function
calls extraction makes (cProfile's count, spaCy's Cython code included) and the counters of
analysis/budget.py (tokens, pieces, names compared).
"""

from __future__ import annotations

import cProfile
import json
import sys
from pathlib import Path

import pytest

from quotemark.analysis import pieces
from quotemark.analysis.budget import BATCH_TOKENS, MAX_NAME_MATCHES, MAX_RUN_CHARS, WORK, collecting_limits
from quotemark.analysis.model import Analysis
from quotemark.analysis.name_index import AffixIndex
from quotemark.analysis.pieces import paragraph_spans, parse_batches
from quotemark.analysis.pipeline import analyze, extract, parse
from quotemark.analysis.reader import read_text
from quotemark.reading.runner import AnalysisRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.shapes import SHAPES  # noqa: E402

SHAPE_NAMES = [
    "prose",
    "lines_of_a",
    "one_word_lines",
    "repeated_entities",
    "repeated_quotation",
    "prose_one_line",
    "distinct_names",
    "asterisks",
]
# Quadrupling the input (two doublings) may at most about quadruple the work. Counts are exact,
# not timed, so the margin is small: an all-pairs name match put back into speakers.py takes
# the list of people from 3.85x to 4.78x here.
GROWTH = 4.3


def _work(runner: AnalysisRunner, text: str) -> dict[str, int]:
    """Return the work counters of analysing `text`, with "calls": every function call extraction made."""
    article = read_text(text, source="shape.txt")
    WORK.reset()
    paragraphs = list(parse(article, runner.nlp()))
    profile = cProfile.Profile()
    profile.enable()
    extract(article, paragraphs, runner.nlp())
    profile.disable()
    counts = WORK.snapshot()
    counts["calls"] = sum(entry.callcount for entry in profile.getstats())
    return counts


@pytest.mark.parametrize("shape", SHAPE_NAMES)
def test_quadrupling_the_input_at_most_quadruples_the_work(
    shape: str, runner: AnalysisRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small pieces, so that inputs of a few kilobytes cross many piece boundaries as megabytes do
    # (the work inside one piece is bounded by MAX_PIECE_CHARS).
    monkeypatch.setattr(pieces, "MAX_PIECE_CHARS", 1000)
    generate = SHAPES[shape][0]
    _work(runner, generate(2000))  # lazy imports and first-use caches are not the input's work
    small = _work(runner, generate(3000))
    large = _work(runner, generate(12000))
    assert small["tokens"] > 0 and large["tokens"] >= 3.6 * small["tokens"]  # the input did grow
    for what in ("calls", "tokens", "pieces", "name_candidates"):
        assert large.get(what, 0) <= GROWTH * small.get(what, 0) + 20, (what, small.get(what), large.get(what))


def test_the_name_index_finds_only_names_that_can_match() -> None:
    index: AffixIndex[str] = AffixIndex()
    for name in ("Kim Jong Un", "Angela Merkel", "Kim Yo Jong", "Barack Obama", "Michelle Obama"):
        index.add(name, name.split())
    assert index.extending(["kim"]) == ["Kim Jong Un", "Kim Yo Jong"]
    assert index.extending(["Obama"]) == ["Barack Obama", "Michelle Obama"]
    assert index.extending(["Jong", "Un"]) == ["Kim Jong Un"]
    assert index.extending(["Kim", "Jong", "Un"]) == []  # not longer than itself
    assert index.within(["Kim", "Yo", "Jong", "Un"]) == ["Kim Yo Jong"]
    assert index.within(["Ri", "Jong", "Un"]) == []
    index.add("Kim", ["Kim"])
    assert index.within(["Kim", "Jong", "Un"]) == ["Kim"]


def test_a_short_name_shared_by_many_people_is_compared_with_a_bounded_window_and_says_so() -> None:
    index: AffixIndex[int] = AffixIndex()
    for i in range(MAX_NAME_MATCHES * 3):
        index.add(i, ["Maria", f"Person{i}"])
    with collecting_limits() as found:
        matches = index.extending(["Maria"])
    assert matches == list(range(MAX_NAME_MATCHES))
    assert [limit.kind for limit in found] == ["names"]
    with collecting_limits() as found:
        assert index.extending(["Person7"]) == [7]
    assert found == []


def test_long_runs_without_spaces_are_cut_into_pieces_of_their_own() -> None:
    text = "A divider follows. " + "*" * 5000 + " And the text goes on."
    spans = paragraph_spans(text)
    assert all(e - s <= MAX_RUN_CHARS for s, e in spans if text[s] == "*")
    assert text[spans[0][0] : spans[0][1]] == "A divider follows."
    assert text[spans[-1][0] : spans[-1][1]] == "And the text goes on."
    assert "".join(text[s:e] for s, e in spans).count("*") == 5000


def test_batches_are_cut_by_tokens_not_by_pieces() -> None:
    import spacy

    nlp = spacy.blank("en")
    sizes: list[int] = []

    class Recording:
        def pipe(self, docs, batch_size):  # noqa: ANN001, ANN202 - stands in for Language.pipe
            batch = list(docs)
            sizes.append(sum(len(d) for d in batch))
            return iter(batch)

    docs = [(nlp.make_doc("a. " * 1500), n) for n in range(12)]  # 3,000 tokens each
    out = list(parse_batches(Recording(), docs))  # type: ignore[arg-type]
    assert [n for _doc, n in out] == list(range(12))
    assert len(sizes) > 1 and max(sizes) < BATCH_TOKENS + 3000


def test_past_the_token_budget_the_rest_is_left_unanalysed_and_the_analysis_says_so(
    runner: AnalysisRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pieces, "MAX_TOKENS", 400)
    para = 'Ana Costa spoke in Lisbon on Monday. "We will rebuild the port," she said.'
    article = read_text("\n\n".join([para] * 60) + "\n")
    analysis = analyze(article, runner.nlp())
    [limit] = analysis.limits
    assert limit.kind == "tokens" and limit.start is not None
    assert 0 < limit.start < len(article.text) // 2
    assert f"only the first {limit.start:,} of {len(article.text):,} characters were analysed" in limit.message
    assert analysis.quotes and all(q.end <= limit.start for q in analysis.quotes)
    assert all(e.end <= limit.start for e in analysis.entities)
    assert Analysis.from_dict(json.loads(json.dumps(analysis.to_dict()))).limits == analysis.limits

    monkeypatch.setattr(pieces, "MAX_TOKENS", 100_000)
    assert analyze(article, runner.nlp()).limits == []


def test_the_hostile_kits_three_cases_extract_with_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's three files, scaled down: lines of "a.", entities repeated, prose on one line."""
    from quotemark.tui.cli import main

    monkeypatch.setattr(pieces, "MAX_TOKENS", 8_000)  # so that the log runs past the budget, as 3 MB does
    paths = []
    for name, size in (("lines_of_a", 30_000), ("repeated_entities", 10_000), ("prose_one_line", 10_000)):
        path = tmp_path / f"{name}.txt"
        path.write_text(SHAPES[name][0](size), encoding="utf-8")
        paths.append(str(path))
    assert main(["extract", *paths]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["article"]["source"] for r in records] == paths
    lines, entities, prose = records
    assert [limit["kind"] for limit in lines["limits"]] == ["tokens"]
    assert lines["limits"][0]["start"] < len(lines["article"]["text"])
    assert {c["name"] for c in entities["clusters"]} >= {"Barack Obama", "Angela Merkel", "Paris"}
    assert entities["limits"] == [] and prose["limits"] == []
    assert len(prose["quotes"]) >= 10 and sum(1 for q in prose["quotes"] if q["speaker"]) >= len(prose["quotes"]) // 2


def test_streamed_partial_analyses_cost_at_most_about_one_more_analysis(runner: AnalysisRunner) -> None:
    from quotemark.analysis.pipeline import analyze_stream

    article = read_text(SHAPES["prose"][0](60_000))
    WORK.reset()
    analyses = list(analyze_stream(article, runner.nlp()))
    assert len(analyses) >= 4  # partial analyses of a growing prefix came first
    pieces_parsed = WORK.get("pieces")
    assert pieces_parsed < WORK.get("extracted_pieces") <= 2 * pieces_parsed
