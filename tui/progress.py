"""A one-line progress bar on stderr for batch commands (never on stdout, which carries the data)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 30


class Progress:
    """Counts finished items and redraws `label [####    ] n/total` on a terminal's stderr."""

    def __init__(self, total: int, label: str, *, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.total = max(1, total)
        self.label = label
        self.done = 0
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self.started = time.monotonic()

    def advance(self, n: int = 1) -> None:
        """Count `n` more finished items and redraw."""
        self.done += n
        if self.enabled:
            filled = WIDTH * self.done // self.total
            rate = self.done / max(1e-6, time.monotonic() - self.started)
            bar = "#" * filled + " " * (WIDTH - filled)
            self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total} ({rate:.1f}/s)")
            self.stream.flush()

    def close(self) -> None:
        """End the progress line."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
