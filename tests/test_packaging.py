"""pyproject.toml stays free of what made setuptools warn, and keeps the snapshot plugin from downgrading pytest."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_license_is_an_spdx_string_and_the_samples_are_a_listed_package() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["license"] == "MIT"  # a table is deprecated by setuptools (warning at every build)
    tool = data["tool"]["setuptools"]
    assert "quotemark.samples" in tool["packages"]  # a data folder not listed is warned about
    assert tool["package-data"]["quotemark.samples"] == ["*.txt"]
    assert tool["package-dir"] == {"quotemark": "."}  # the repository root is the package
    assert any((ROOT / "samples").glob(p) for p in tool["package-data"]["quotemark.samples"])


def test_snapshot_plugin_is_pinned_to_versions_that_allow_pytest_9() -> None:
    test = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]["test"]
    assert "pytest-textual-snapshot==1.0.0" in test and "syrupy==7.0.2" in test
