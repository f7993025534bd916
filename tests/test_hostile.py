"""Hostile articles cannot act on the app or the terminal: planted links, markup, escape sequences."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest
from fixtures_hostile import FORBIDDEN, FORBIDDEN_OUTPUT, HOSTILE, HOSTILE_FILENAME, PWNED_FILE
from helpers import SIZE, analysed, panel_text, typed_keys

from quotemark.analysis.model import Article
from quotemark.analysis.reader import read_text
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Annotation, Store
from quotemark.tui.app import QuotemarkApp
from quotemark.widgets.article_view import ArticleView
from quotemark.widgets.facts_panel import FactsPanel

CLICKABLE = (
    "markup_click_quit",
    "markup_click_screenshot",
    "markup_click_bell",
    "markup_click_notify",
    "markup_nested_brackets",
    "markup_unbalanced_close",
    "markup_unbalanced_open",
)


def _cell_of(view: ArticleView, offset: int) -> tuple[int, int] | None:
    """Return the widget cell showing article `offset`, if it is on screen."""
    for y in range(view.size.height):
        for x in range(view.size.width):
            if view.offset_at(x, y) == offset:
                return x, y
    return None


@pytest.mark.parametrize("name", CLICKABLE)
async def test_planted_links_do_nothing_when_clicked(
    name: str, tmp_path: Path, runner: AnalysisRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = read_text(HOSTILE[name], source=f"{name}.txt")
    app = QuotemarkApp(article, tmp_path / "db.json", runner=runner, native_clipboard=False)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        view = app.screen.query_one(ArticleView)
        targets = [i for i, ch in enumerate(article.text) if ch == "["]
        assert targets
        for offset in targets:
            for delta in (0, 2, 8):  # the bracket, the action name, the link text
                cell = _cell_of(view, min(offset + delta, len(article.text) - 1))
                assert cell is not None
                await pilot.click(ArticleView, offset=cell)
                await pilot.pause()
                assert app.is_running
        # Shown as text: markup would be parsed away, taking its brackets with it (all are on screen, see above).
        shown = "".join(seg.text for y in range(view.size.height) for seg in view.render_line(y))
        assert (shown.count("["), shown.count("]")) == (article.text.count("["), article.text.count("]"))
        assert not list(tmp_path.glob("*.svg")), "a planted screenshot action ran"
        assert not (tmp_path / PWNED_FILE).exists()


async def test_hostile_tags_and_notes_are_shown_as_text(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    store = Store(db_path)
    start = sample.text.index("We will focus")
    store.add(Annotation.note(sample, start, start + 10, "note [@click=app.quit]x[/] \x1b]0;PWNED\x07 \u202eevil"))
    app = QuotemarkApp(sample, db_path, runner=runner, native_clipboard=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket", "t", *typed_keys("[/boom]"), "enter")
        assert app.is_running
        panel = panel_text(screen)
        assert "[/boom]" in panel and "[@click=app.quit]" in panel
        assert not any(ch in panel for ch in FORBIDDEN)
        panel_widget = screen.query_one(FactsPanel)
        note_key = next(k for k in panel_widget._rows if k.startswith("note:"))
        panel_widget.highlight_key(note_key)
        await pilot.press("tab", "enter")
        assert app.is_running


async def test_hidden_characters_are_listed_in_the_panel(db_path: Path, runner: AnalysisRunner) -> None:
    article = read_text(HOSTILE["article_everything"], source="everything.txt")
    assert article.hidden
    assert not any(ch in article.text for ch in FORBIDDEN)
    async with QuotemarkApp(article, db_path, runner=runner, native_clipboard=False).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        panel = panel_text(screen)
        assert "HIDDEN CHARACTERS" in panel
        assert "U+202E RIGHT-TO-LEFT OVERRIDE" in panel
        assert "U+001B ESCAPE" in panel


def _run_on_pty(argv: list[str], cwd: Path, env: dict[str, str], wait_for: bytes, keys: list[bytes]) -> bytes:
    """Return every byte the program wrote to its terminal until it exited, typing `keys` once `wait_for` showed."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        os.execvpe(argv[0], argv, env)
    out = b""
    deadline = time.monotonic() + 90
    sent = False
    try:
        while time.monotonic() < deadline:
            ready, _w, _x = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            if not sent and wait_for in out:
                for key in keys:  # one at a time: a lone ESC followed at once by a key reads as alt+key
                    time.sleep(0.4)
                    os.write(fd, key)
                sent = True
        return out
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)


def test_real_terminal_output_carries_no_payload(tmp_path: Path) -> None:
    path = tmp_path / HOSTILE_FILENAME
    path.write_bytes(HOSTILE["article_everything"].encode("utf-8", "surrogatepass"))
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "QUOTEMARK_DB": str(tmp_path / "db.json"),
        "QUOTEMARK_CONFIG": str(tmp_path / "none.toml"),
    }
    # Keys: next quote, tag it, open help, close it, quit. (y is not pressed: its OSC 52 is ours.)
    out = _run_on_pty(
        [sys.executable, "-m", "quotemark", str(path)],
        tmp_path,
        env,
        wait_for=b"QUOTES (",
        keys=[b"]", b"1", b"?", b"\x1b", b"q"],
    )
    assert b"Springfield" in out
    assert out.rstrip().endswith(b"\x1b[?1049l") or b"\x1b[?1049l" in out[-400:]  # it quit on q
    for payload in FORBIDDEN_OUTPUT:
        assert payload not in out, payload
    assert not (tmp_path / PWNED_FILE).exists()
