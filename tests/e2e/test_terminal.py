"""End to end in a real terminal: the installed command run in tmux, driven with keys, read off the screen."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)")

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "kcna-nuclear-2026-02-26.txt"

HTML_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Port strike ends | Harbour Times</title>
<meta name="author" content="Ines Duarte"><meta property="article:published_time" content="2026-04-02">
</head><body><nav>Home | World | Sport</nav><article><h1>Port strike ends after nine days</h1>
<p>Dock workers in Lisbon returned to work on Thursday after a nine-day strike, the union said.</p>
<p>"We won what we came for," said Marta Sousa, the union's leader, outside the main gate.</p>
<p>The port authority said about 40 ships had waited offshore and that traffic would be normal by Monday.</p>
</article><footer>Copyright Harbour Times</footer></body></html>
"""

MARKDOWN = """# Council approves the river park

*By Tom Reyes*

The city council voted 7-2 on Tuesday to build a park along the river.

"This is the best news the east side has had in years," said **Lena Park**, the council member for the district.

- cost: 12 million euros
- opening: June 2027
"""


class Tmux:
    """One private tmux server running one command in a fixed-size window."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=30)

    def start(self, command: str, env: dict[str, str], width: int = 130, height: int = 42) -> None:
        exports = "".join(f"export {k}={shlex.quote(v)}; " for k, v in {"TERM": "xterm-256color", **env}.items())
        # `; sleep` keeps the pane after the app exits, so the test can see that it quit.
        full = f"{exports}{command}; echo QUOTEMARK-EXITED-$?; sleep 60"
        result = self.run("new-session", "-d", "-s", "qm", "-x", str(width), "-y", str(height), full)
        assert result.returncode == 0, result.stderr

    def keys(self, *keys: str, pause: float = 0.35) -> None:
        for key in keys:
            self.run("send-keys", "-t", "qm", key)
            time.sleep(pause)

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", "qm", "-l", text)
        time.sleep(0.3)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "qm").stdout

    def wait_for(self, check: Callable[[str], bool], timeout: float = 90.0) -> str:
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = self.screen()
            if check(text):
                return text
            time.sleep(0.2)
        raise AssertionError(f"screen never matched; last screen:\n{text}")


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    t = Tmux(f"quotemark-test-{os.getpid()}-{tmp_path.name}")
    yield t
    t.run("kill-server")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"QUOTEMARK_DB": str(tmp_path / "db" / "quotemark.json"), "QUOTEMARK_CONFIG": str(tmp_path / "none.toml")}


def _quotemark(*args: str) -> str:
    return " ".join(shlex.quote(a) for a in (sys.executable, "-m", "quotemark", *args))


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quotemark", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def _saved(env: dict[str, str], article: Path) -> list[dict]:
    result = _cli(env, "export", str(article), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["annotations"]


def test_sample_shows_article_and_quotes_then_quits(tmux: Tmux, env: dict[str, str]) -> None:
    tmux.start(_quotemark(), env)
    tmux.wait_for(lambda s: "North Korean leader Kim Jong Un" in s)
    screen = tmux.wait_for(lambda s: "3 quotes" in s and "Kim Jong Un →" in s)
    assert "QUOTES (3)" in screen
    assert "2026-02-26" in screen
    tmux.keys("q")
    tmux.wait_for(lambda s: "QUOTEMARK-EXITED-0" in s, timeout=15)


def test_correct_tag_and_note_then_export(tmux: Tmux, env: dict[str, str]) -> None:
    tmux.start(_quotemark(str(SAMPLE)), env)
    tmux.wait_for(lambda s: "3 quotes" in s)
    tmux.keys("]", "c")
    tmux.wait_for(lambda s: "Who said this?" in s)
    tmux.type("Choe Son Hui")
    tmux.keys("Enter")
    tmux.wait_for(lambda s: "Give these to Choe Son Hui too?" in s)  # Kim's other quotes: only this one
    tmux.keys("Escape")
    # Wait for the dialog to go: a key sent right after ESC would be read as alt+key.
    tmux.wait_for(lambda s: "✓ Choe Son Hui →" in s and "Give these to" not in s)
    tmux.keys("2", "a")
    tmux.wait_for(lambda s: "Note on" in s)
    tmux.type("verify with the KCNA English service")
    tmux.keys("C-s")
    screen = tmux.wait_for(lambda s: "✎" in s)  # the noted quote is marked in the article
    assert "⟨claim⟩" in screen
    tmux.keys("y")
    tmux.wait_for(lambda s: "Summary:" in s)
    tmux.keys("q")
    tmux.wait_for(lambda s: "QUOTEMARK-EXITED-0" in s, timeout=15)
    saved = _saved(env, SAMPLE)
    assert {(a["motivation"], str(a["body"].get("value"))) for a in saved} == {
        ("editing", "Choe Son Hui"),
        ("tagging", "claim"),
        ("commenting", "verify with the KCNA English service"),
    }
    md = _cli(env, "export", str(SAMPLE)).stdout
    assert "Choe Son Hui" in md


def test_html_page(tmux: Tmux, env: dict[str, str], tmp_path: Path) -> None:
    page = tmp_path / "strike.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    tmux.start(_quotemark(str(page)), env)
    screen = tmux.wait_for(lambda s: "Marta Sousa →" in s)
    assert "Port strike ends" in screen and "2026-04-02" in screen
    assert "<p>" not in screen and "Home | World" not in screen
    tmux.keys("]", "1", "q")
    tmux.wait_for(lambda s: "QUOTEMARK-EXITED-0" in s, timeout=15)
    assert [a["body"]["value"] for a in _saved(env, page)] == ["key"]


def test_markdown_file(tmux: Tmux, env: dict[str, str], tmp_path: Path) -> None:
    doc = tmp_path / "park.md"
    doc.write_text(MARKDOWN, encoding="utf-8")
    tmux.start(_quotemark(str(doc)), env)
    screen = tmux.wait_for(lambda s: "Lena Park →" in s)
    assert "Council approves the river park" in screen
    assert "**Lena Park**" not in screen and "# Council" not in screen
    tmux.keys("q")
    tmux.wait_for(lambda s: "QUOTEMARK-EXITED-0" in s, timeout=15)


def test_stdin_then_keys_from_the_terminal(tmux: Tmux, env: dict[str, str]) -> None:
    tmux.start(f"cat {shlex.quote(str(SAMPLE))} | {_quotemark('-')}", env)
    tmux.wait_for(lambda s: "3 quotes" in s)
    tmux.keys("]", "3", "q")
    tmux.wait_for(lambda s: "QUOTEMARK-EXITED-0" in s, timeout=15)
    assert [a["body"]["value"] for a in _saved(env, SAMPLE)] == ["threat"]


def test_hostile_file_is_shown_inert(tmux: Tmux, env: dict[str, str], tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from fixtures_hostile import HOSTILE, HOSTILE_FILENAME, PWNED_TITLE

    path = tmp_path / HOSTILE_FILENAME
    path.write_bytes(HOSTILE["article_everything"].encode("utf-8", "surrogatepass"))
    tmux.start(_quotemark(str(path)), env)
    screen = tmux.wait_for(lambda s: "HIDDEN CHARACTERS" in s or "hidden" in s.lower(), timeout=90)
    assert "Springfield" in screen
    assert "␛" in screen  # escape sequences are visible placeholders, not acted on
    title = tmux.run("display-message", "-p", "-t", "qm", "#{pane_title}").stdout
    assert PWNED_TITLE not in title
    tmux.keys("]", "q")
    tmux.wait_for(lambda s: "QUOTEMARK-EXITED-0" in s, timeout=15)
