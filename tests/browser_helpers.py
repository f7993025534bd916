"""A served quotemark and Debian's Chromium driven by Playwright: start, read the terminal's text, stop.

The page draws the terminal on a canvas (xterm.js with its WebGL/canvas renderer), so there is no
text in the DOM to read. An init script catches the page's xterm.js Terminal object as textual-serve's
client stores it (`this.terminal = new Terminal(...)`), and the tests read the rows that xterm.js
parsed and draws: the text on the page, as the reader sees it, without changing textual-serve's code.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
# What this closed network needs (see .ci/run): no background connections, no first-run work.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

CATCH_TERMINAL = """
Object.defineProperty(Object.prototype, 'terminal', {
  configurable: true,
  set(value) {
    Object.defineProperty(this, 'terminal', {value, writable: true, configurable: true, enumerable: true});
    if (value && value.buffer && !window.__qmTerminal) window.__qmTerminal = value;
  },
});
"""

SCREEN_TEXT = """() => {
  const t = window.__qmTerminal;
  if (!t) return '';
  const b = t.buffer.active, rows = [];
  for (let i = 0; i < b.length; i++) { const line = b.getLine(i); rows.push(line ? line.translateToString(true) : ''); }
  return rows.join('\\n');
}"""


def need_browser() -> None:
    """Return when Chromium and Playwright are here; fail under CI (CI installs them), skip elsewhere."""
    missing = []
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(f"{CHROMIUM} (Debian package chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the Python package playwright (the test extra)")
    if missing:
        message = "browser test needs " + " and ".join(missing) + "; .ci/run installs them"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


def free_port() -> int:
    """Return a loopback port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    """`quotemark serve` running in its own process group, so stopping it also stops every tab's app."""

    def __init__(self, article: Path, db: Path, tmp: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = tmp / "serve.log"
        env = {**os.environ, "QUOTEMARK_CONFIG": str(tmp / "no-config.toml")}
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "quotemark", "serve", str(article), "--port", str(self.port), "--db", str(db)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=env,
                start_new_session=True,
            )

    def wait_ready(self, timeout: float = 20.0) -> None:
        """Return once the page answers; fail with the server's log otherwise."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.url, timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        pytest.fail(f"quotemark serve did not answer on {self.url}:\n{self.log.read_text(errors='replace')}")

    def stop(self) -> None:
        """Stop the server and the apps it started (SIGTERM, then SIGKILL after 10 s)."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        try:  # a tab's app still running after the server left
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def launch(playwright: Any, profile: Path) -> Any:
    """Return a persistent Chromium context on a fresh profile folder, with clipboard access for the page."""
    shutil.rmtree(profile, ignore_errors=True)
    context = playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_ARGS,
        viewport={"width": 1400, "height": 800},
        permissions=["clipboard-read", "clipboard-write"],
    )
    context.add_init_script(CATCH_TERMINAL)
    return context


def screen_text(page: Any) -> str:
    """Return the rows the page's terminal shows, as text."""
    return str(page.evaluate(SCREEN_TEXT))


def wait_for_text(page: Any, needle: str, timeout_s: float = 30.0) -> str:
    """Return the page's text once it contains `needle`; fail showing what it did show."""
    deadline = time.monotonic() + timeout_s
    text = ""
    while time.monotonic() < deadline:
        text = screen_text(page)
        if needle in text:
            return text
        page.wait_for_timeout(100)
    pytest.fail(f"{needle!r} never appeared on the page; it showed:\n{text}")
