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
    test = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"][
        "test"
    ]
    assert "pytest-textual-snapshot==1.0.0" in test and "syrupy==7.0.2" in test


def test_the_sdist_template_carries_what_the_tests_need(monkeypatch) -> None:
    from setuptools.command.egg_info import FileList  # what `python -m build --sdist` applies MANIFEST.in with

    monkeypatch.chdir(ROOT)
    files = FileList()
    files.findall()
    for line in (ROOT / "MANIFEST.in").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            files.process_template_line(line)
    shipped = {Path(f).as_posix() for f in files.files}
    needed = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "tests").rglob("*")
        if p.is_file()
        if "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")
    }
    needed |= {"bench/attribution.py"}  # tests/test_attribution.py runs it
    assert needed <= shipped, sorted(needed - shipped)
