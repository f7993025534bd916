"""Shared fixtures: one spaCy pipeline per test session, and databases in temporary folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from quotemark.analysis.model import Article
from quotemark.analysis.reader import sample_article
from quotemark.reading.runner import AnalysisRunner


@pytest.fixture(scope="session")
def runner() -> AnalysisRunner:
    """Return an analysis runner whose model is already loaded (once for the whole session)."""
    r = AnalysisRunner()
    r.nlp()
    return r


@pytest.fixture(scope="session")
def nlp(runner: AnalysisRunner) -> Language:
    """Return the session's loaded spaCy pipeline (one load for every test that parses)."""
    return runner.nlp()


@pytest.fixture
def sample() -> Article:
    """Return the bundled sample article."""
    return sample_article()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Return a database path inside a fresh temporary folder (not created yet)."""
    return tmp_path / "data" / "quotemark.json"
