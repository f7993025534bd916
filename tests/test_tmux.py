"""The real app in a real terminal: started in tmux, it shows the article and the quotes, and quits on q."""

from __future__ import annotations

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


class Tmux:
    """One private tmux server running one command in a fixed-size window."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=30)

    def start(self, command: str, width: int = 120, height: int = 40) -> None:
        result = self.run("new-session", "-d", "-s", "qm", "-x", str(width), "-y", str(height), command)
        assert result.returncode == 0, result.stderr

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "qm").stdout

    def alive(self) -> bool:
        return self.run("has-session", "-t", "qm").returncode == 0

    def wait_for(self, check: Callable[[str], bool], timeout: float = 60.0) -> str:
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


def test_app_shows_article_and_quotes_then_quits(tmux: Tmux, tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    command = f"{shlex.quote(sys.executable)} -m quotemark --db {shlex.quote(str(db))}; sleep 30"
    tmux.start(f"env TERM=xterm-256color {command}")
    tmux.wait_for(lambda s: "North Korean leader Kim Jong Un" in s)
    screen = tmux.wait_for(lambda s: "3 quotes" in s and "Kim Jong Un →" in s)
    assert "QUOTES (3)" in screen
    assert "2026-02-26" in screen
    tmux.run("send-keys", "-t", "qm", "q")
    # The command is followed by `sleep`, so the pane stays; the app's screen is gone when it quit.
    tmux.wait_for(lambda s: "QUOTES (3)" not in s, timeout=15)
    assert db.exists()
