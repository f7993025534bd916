"""The linter, the formatter and the type checker pass on the whole repository (config: pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """Return the finished run of `python -m <args>` from the repository root, with this venv's Python."""
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )


def test_ruff_check_passes() -> None:
    done = _run("ruff", "check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_check_passes() -> None:
    done = _run("ruff", "format", "--check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def _link_the_package() -> None:
    """Return once .mypy_path/quotemark links to the root (an unpacked sdist carries no link)."""
    link = ROOT / ".mypy_path" / "quotemark"
    if not link.is_symlink():
        link.parent.mkdir(exist_ok=True)
        link.symlink_to("..", target_is_directory=True)


def test_mypy_passes() -> None:
    _link_the_package()
    done = _run("mypy")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_sees_quotemark_imports_as_real_code(tmp_path: Path) -> None:
    # With the repository root as the package, an editable install leaves mypy nothing to read, and
    # every `quotemark.*` import would silently be Any; a wrong type must be caught through the import.
    _link_the_package()
    probe = tmp_path / "probe.py"
    probe.write_text("from quotemark.analysis.model import Article\n\nwrong: int = Article(text='')\n")
    done = _run("mypy", "--cache-dir", str(tmp_path / "cache"), str(probe))
    wanted = f'{probe}:3: error: Incompatible types in assignment (expression has type "Article"'
    assert wanted in done.stdout, done.stdout + done.stderr
