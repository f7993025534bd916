"""Time to first paint of the article text, whole process, against a bare Textual app.

    python bench/startup.py [--words 2000 100000] [--repeat 15]

Each run starts a fresh Python process on a pseudo-terminal of 120x40 and stops the clock when
the article's first words appear in what the process writes to the terminal. The baseline is a
bare Textual app that paints one screenful of the same text in a Static (no analysis, no
database). Reports the median of each, their ratio ours / bare, and the median of the ratios of
each run of ours to the bare run just before it (target <= 1.3).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

try:
    from bench.corpus import article as generated
except ImportError:  # run as a script from bench/
    from corpus import article as generated  # type: ignore[no-redef]

COLS, ROWS = 120, 40
TIMEOUT_S = 60.0
_ESCAPES = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Za-z0-9]|\x1b[=>78]")

BARE_APP = """
import sys
from textual.app import App
from textual.widgets import Static
text = open(sys.argv[1], encoding="utf-8").read()
screenful = "\\n".join(text.splitlines()[:80])
class Bare(App):
    def compose(self):
        yield Static(screenful, markup=False)
Bare().run()
"""


def first_paint(argv: list[str], marker: bytes, env: dict[str, str]) -> float:
    """Return seconds from spawning `argv` on a pty until `marker` shows on its screen."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the program, on the pty as its terminal
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    seen = b""
    try:
        while time.perf_counter() - start < TIMEOUT_S:
            ready, _w, _x = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if marker in _ESCAPES.sub(b"", seen):
                return time.perf_counter() - start
        raise RuntimeError(f"{argv[:3]}: the text never appeared within {TIMEOUT_S:.0f} s")
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="*", default=[2000, 100000])
    parser.add_argument("--repeat", type=int, default=15)
    ns = parser.parse_args()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLS), "LINES": str(ROWS)}
    # Users run compiled bytecode (pip writes it at install, Python on first import); this
    # sandbox sets PYTHONDONTWRITEBYTECODE, which would recompile every module on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        env["QUOTEMARK_DB"] = str(Path(tmp) / "db.json")
        env["QUOTEMARK_CONFIG"] = str(Path(tmp) / "none.toml")
        bare = Path(tmp) / "bare.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        print(f"{'words':>8}{'bare s':>10}{'ours s':>10}{'ratio':>8}{'paired':>8}")
        for words in ns.words:
            path = Path(tmp) / f"article-{words}.txt"
            path.write_text(generated(words), encoding="utf-8")
            marker = b"to debate the budget"
            ours_times, bare_times = [], []
            first_paint([sys.executable, str(bare), str(path)], marker, env)  # warm-up: bytecode and disk cache
            first_paint([sys.executable, "-m", "quotemark", str(path)], marker, env)
            for _ in range(ns.repeat):
                bare_times.append(first_paint([sys.executable, str(bare), str(path)], marker, env))
                ours_times.append(first_paint([sys.executable, "-m", "quotemark", str(path)], marker, env))
            b, o = statistics.median(bare_times), statistics.median(ours_times)
            # Each run of ours is paired with the bare run just before it: the median of those
            # ratios follows the machine's drifting load better than a ratio of two medians.
            paired = statistics.median(ours / bare for ours, bare in zip(ours_times, bare_times))
            print(f"{words:>8}{b:>10.3f}{o:>10.3f}{o / b:>8.2f}{paired:>8.2f}")


if __name__ == "__main__":
    main()
