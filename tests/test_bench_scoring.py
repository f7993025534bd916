"""The PolNeAR bench's scoring helpers, on made-up gold records (no evaluation data needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "bench" / "attribution.py"
    spec = importlib.util.spec_from_file_location("bench_attribution_scoring", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _gold(text: str, source: str) -> dict[str, int]:
    start = text.index(source)
    return {"source_start": start, "source_end": start + len(source)}


def _cue(text: str, verb: str, after: int = 0) -> tuple[int, int]:
    start = text.index(verb, after)
    return (start, start + len(verb))


@pytest.mark.parametrize(
    ("text", "source", "verb"),
    [
        ("“We will,” the mayor said.", "the mayor", "said"),
        ("“We will,” said the mayor.", "the mayor", "said"),
        ("The mayor also told reporters that “we will”.", "The mayor", "told"),
        ("“We will,” the IMF report stated.", "the IMF", "stated"),
    ],
)
def test_a_speech_verb_beside_the_source_span_reads_that_mention(
    bench: ModuleType, text: str, source: str, verb: str
) -> None:
    assert bench.beside_source(_cue(text, verb), _gold(text, source), text)


def test_a_speech_verb_away_from_the_source_span_does_not(bench: ModuleType) -> None:
    text = "The Republican nominee also outlined his plan and vowed to punish “those who violate rules.”"
    assert not bench.beside_source(_cue(text, "vowed"), _gold(text, "The Republican nominee"), text)
    across = "“We will,” the mayor said. “Soon,” said the governor."
    assert not bench.beside_source(_cue(across, "said", across.index("Soon")), _gold(across, "the mayor"), across)
    assert not bench.beside_source(None, _gold(text, "The Republican nominee"), text)
