"""The reader as `quotemark serve` starts it for one browser tab: keys and screen travel over textual-serve's pipes."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    """Return the app's exit status after serving one tab (stdin is textual-serve's pipe, never a terminal)."""
    p = argparse.ArgumentParser(prog="quotemark.tui.served_app")
    p.add_argument("--db", required=True)
    p.add_argument("path", nargs="?")
    ns = p.parse_args(argv)
    from quotemark.analysis.reader import ReadError, read_path, sample_article
    from quotemark.tui.app import QuotemarkApp
    from quotemark.tui.config import ConfigError, load_config

    try:
        article = sample_article() if ns.path is None else read_path(ns.path)
        config = load_config()
    except (ReadError, ConfigError) as exc:
        from quotemark.reading.terminal_text import show_path  # the server's terminal shows it: no escapes

        print(show_path(f"quotemark: {exc}"), file=sys.stderr)  # textual-serve logs a tab's stderr there
        return 2
    # The server's clipboard is not the reader's (the browser may be on another machine): copies go
    # to the browser's clipboard through OSC 52 and to a file, never to this machine's clipboard tools.
    app = QuotemarkApp(article, Path(ns.db), config=config, native_clipboard=False)
    gc.freeze()
    app.run()
    code = app.return_code or 0
    from quotemark.reading.runner import analysis_abandoned

    if analysis_abandoned():  # as in the terminal: spaCy's thread may abort the interpreter's shutdown
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
