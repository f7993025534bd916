"""The ways a Python user installs quotemark, each into a fresh environment: a wheel, `uv tool install`, the sdist.

Which Pythons: 3.11 (the oldest supported, and the newest that Debian bookworm's package manager
offers: `apt-cache policy python3` gives 3.11.2) and the newest Python 3 found on this machine
(python3.N on PATH, or under pyenv's versions folder: 3.13 on the development machine). Where the
newest found is 3.11 the second run is skipped and says so; where no Python 3.11 is found, the
3.11 runs are skipped and say so.

Everything heavy runs once per module: one build of the sdist and the wheel (the wheel is built from
the sdist, so the sdist is proven to build), one fresh environment per Python. Installs come from
pip's and uv's caches when they are warm (the second run on a machine takes about a minute in all);
On 3.11 pip installs the wheel into a venv made without pip (`pip --python`, no bytecode compiled),
the same install as the venv's own pip would make without the minute spent upgrading and compiling;
on the newest Python uv's installer does (`uv pip install`), three times quicker.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VERSION_LINE = re.compile(r"^quotemark \d+\.\d+\.\d+\S*$")
TIMEOUT_S = 600  # a cold cache downloads spaCy and its model once


def _version_of(python: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run(
            [python, "-c", "import sys, venv; print(*sys.version_info[:2])"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    parts = out.stdout.split()
    return (int(parts[0]), int(parts[1])) if out.returncode == 0 and len(parts) == 2 else None


def _pythons() -> dict[tuple[int, int], str]:
    """Return (major, minor) -> an interpreter that can make venvs, for every Python 3.11+ found here."""
    candidates = [sys.executable]
    for minor in range(11, 30):
        found = shutil.which(f"python3.{minor}")
        if found:
            candidates.append(found)
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates += sorted(glob.glob(str(pyenv / "3.*" / "bin" / "python3")))
    found_by_version: dict[tuple[int, int], str] = {}
    for python in candidates:
        version = _version_of(python)
        if version is not None and version >= (3, 11):
            found_by_version.setdefault(version, python)
    return found_by_version


PYTHONS = _pythons()
NEWEST = max(PYTHONS) if PYTHONS else None


def _python(which: str) -> str:
    if which == "3.11":
        if (3, 11) not in PYTHONS:
            pytest.skip("no Python 3.11 on this machine (looked on PATH and under pyenv)")
        return PYTHONS[(3, 11)]
    if NEWEST is None or NEWEST == (3, 11):
        pytest.skip("the newest Python 3 here is 3.11 (Debian bookworm's newest): tested as 3.11")
    return PYTHONS[NEWEST]


def _run(*cmd: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(c) for c in cmd],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )
    assert result.returncode == 0, f"{' '.join(map(str, cmd))} failed ({result.returncode}):\n{result.stderr[-3000:]}"
    return result.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return the sdist and the wheel built from this checkout (the wheel from the sdist)."""
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--outdir", out, ROOT)
    (sdist,) = out.glob("quotemark-*.tar.gz")
    (wheel,) = out.glob("quotemark-*.whl")
    return {"sdist": sdist, "wheel": wheel}


_VENVS: dict[str, Path] = {}


def _wheel_venv(which: str, dist: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a fresh venv on Python `which` with the wheel installed (made once per Python)."""
    if which not in _VENVS:
        python = _python(which)
        venv = tmp_path_factory.mktemp(f"venv-{which}") / "venv"
        _run(python, "-m", "venv", "--without-pip", venv)
        _run(
            sys.executable,
            "-m",
            "pip",
            "--python",
            venv / "bin" / "python",
            "install",
            "-q",
            "--no-compile",
            dist["wheel"],
        )
        _VENVS[which] = venv
    return _VENVS[which]


def _uv() -> str:
    uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    assert uv, "uv is in the test extra"
    return uv


def _sample_in(venv: Path) -> Path:
    (sample,) = venv.glob("lib/python3.*/site-packages/quotemark/samples/*.txt")
    return sample


def _check_extract(quotemark: Path, sample: Path) -> None:
    record = json.loads(_run(quotemark, "extract", sample))
    assert record["article"]["date"] == "2026-02-26"
    assert [q["speaker"] for q in record["quotes"]] == ["Kim Jong Un"] * 3
    assert record["model"].startswith("en_core_web_sm")


@pytest.mark.parametrize("which", ["3.11", "newest"])
def test_the_wheel_installs_in_a_fresh_venv_and_runs(which: str, dist, tmp_path_factory) -> None:
    venv = _wheel_venv(which, dist, tmp_path_factory)
    quotemark = venv / "bin" / "quotemark"
    assert VERSION_LINE.match(_run(quotemark, "--version").strip())
    _check_extract(quotemark, _sample_in(venv))
    # the browser server came with it (a dependency, not an extra)
    _run(venv / "bin" / "python", "-c", "import textual_serve.server, quotemark.tui.serve_command")


def test_uv_tool_install_of_the_checkout(tmp_path: Path) -> None:
    python = _python("3.11")
    uv = _uv()
    env = {"UV_TOOL_DIR": str(tmp_path / "tools"), "UV_TOOL_BIN_DIR": str(tmp_path / "bin"), "UV_NO_PROGRESS": "1"}
    _run(uv, "tool", "install", "--python", python, ROOT, env=env)
    quotemark = tmp_path / "bin" / "quotemark"
    assert VERSION_LINE.match(_run(quotemark, "--version").strip())
    _check_extract(quotemark, _sample_in(tmp_path / "tools" / "quotemark"))


def test_the_sdist_carries_and_passes_its_own_tests(dist, tmp_path_factory, tmp_path: Path) -> None:
    with tarfile.open(dist["sdist"]) as archive:
        archive.extractall(tmp_path, filter="data")
    (tree,) = tmp_path.glob("quotemark-*")
    for needed in (
        "pyproject.toml",
        "README.md",
        "MANIFEST.in",
        "styles.tcss",
        "samples/kcna-nuclear-2026-02-26.txt",
        "tests/conftest.py",
        "tests/fixtures_hostile.py",
        "tests/browser_helpers.py",
        "tests/e2e/test_terminal.py",
        "bench/attribution.py",
    ):
        assert (tree / needed).is_file(), f"the sdist lacks {needed}"
    assert any((tree / "tests" / "__snapshots__").rglob("*.raw")), "the sdist lacks the snapshot files"
    # Its tests, from the unpacked tree, against quotemark installed from it (the wheel was built from it).
    venv = _wheel_venv("3.11", dist, tmp_path_factory)
    python = venv / "bin" / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-compile", "pytest", "pytest-asyncio")
    out = _run(
        python,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/test_reader.py",
        "tests/test_sanitize.py",
        "tests/test_serve.py",
        cwd=tree,
    )
    assert re.search(r"\d+ passed", out) and "failed" not in out, out[-2000:]
    assert str(venv) in _run(python, "-c", "import quotemark; print(quotemark.__file__)")
