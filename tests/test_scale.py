"""Long documents and the analysis cache: behaviour, not speed (benchmarks in bench/ measure that)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.analysis import pipeline
from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import MAX_PIECE_CHARS, analyze, paragraph_spans
from quotemark.analysis.reader import read_text
from quotemark.reading import runner as analysis_runner
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Store


def _blank_nlp():  # noqa: ANN202 - a real spaCy pipeline without the statistical parts: fast on huge texts
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_a_document_over_spacys_million_character_limit_is_analysed() -> None:
    para = 'The port of Lisbon reopened on Monday. "We are back," said Ana Costa, the port director.'
    text = "\n\n".join([para] * (1_100_000 // len(para) + 1)) + "\n" + ("x" * 250_000) + " end.\n"
    assert len(text) > 1_000_000
    article = read_text(text)
    spans = paragraph_spans(article.text)
    assert max(e - s for s, e in spans) <= MAX_PIECE_CHARS
    analysis = analyze(article, _blank_nlp())
    assert len(analysis.quotes) == text.count('"We are back,"')
    for q in analysis.quotes[:: max(1, len(analysis.quotes) // 50)]:
        assert article.text[q.start : q.end] == q.text == "We are back,"


def test_one_very_long_paragraph_is_cut_without_losing_text() -> None:
    words = " ".join(f"word{n}." for n in range(60_000))  # ~500k characters, no blank line
    spans = paragraph_spans(words)
    assert len(spans) > 1
    rebuilt = "".join(words[s:e] for s, e in spans)
    assert rebuilt.replace(" ", "") == words.replace(" ", "")
    assert all(e - s <= MAX_PIECE_CHARS for s, e in spans)


def test_the_analysis_cache_hits_and_is_invalidated(
    tmp_path: Path, sample: Article, runner: AnalysisRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.json"
    first = runner.analyse(sample, lambda _s, _f: None, Store(db).analysis_cache)
    fresh = AnalysisRunner(loader=lambda: pytest.fail("a cached reopen must not load spaCy"))
    again = fresh.analyse(sample, lambda _s, _f: None, Store(db).analysis_cache)
    assert fresh.cache_hits == 1
    assert again == first

    # A different analyser (code changed) or model version misses the cache.
    monkeypatch.setattr(analysis_runner, "analyser_fingerprint", lambda: "0.1.0+changed")
    hits = runner.cache_hits
    runner.analyse(sample, lambda _s, _f: None, Store(db).analysis_cache)
    assert runner.cache_hits == hits
    monkeypatch.undo()
    monkeypatch.setattr(analysis_runner, "installed_model", lambda: "en_core_web_sm-9.9.9")
    runner.analyse(sample, lambda _s, _f: None, Store(db).analysis_cache)
    assert runner.cache_hits == hits

    # Another text misses too.
    other = read_text(sample.text + "\nAn added line.\n")
    assert analysis_runner.cache_key(other) != analysis_runner.cache_key(sample)


def test_the_fingerprint_follows_the_analysis_code() -> None:
    pipeline.analyser_fingerprint.cache_clear()
    assert pipeline.analyser_fingerprint().startswith(pipeline.ANALYSER_VERSION + "+")


def test_the_cache_key_includes_the_dateline(sample: Article) -> None:
    from dataclasses import replace

    other_date = replace(sample, date="2026-03-01")
    assert other_date.id == sample.id
    assert analysis_runner.cache_key(other_date) != analysis_runner.cache_key(sample)


def test_a_stopped_analysis_ends_early(runner: AnalysisRunner) -> None:
    para = "The port reopened on Monday, officials said."
    article = read_text("\n\n".join([para] * 400) + "\n")
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(analysis_runner.Cancelled):
        runner.analyse(article, lambda _s, _f: None, None, None, stop)
    assert len(calls) == 4
