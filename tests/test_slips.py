"""Slips that used to lose work: x on the reader's own work, esc on a typed note, a on a quote that has a note."""

from __future__ import annotations

from pathlib import Path

from helpers import SIZE, analysed, typed_keys
from textual.widgets import TextArea

from quotemark.analysis.model import Article
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Store
from quotemark.tui.app import QuotemarkApp
from quotemark.tui.choice_screen import ChoiceScreen
from quotemark.tui.note_screen import NoteScreen


def _app(article: Article, db_path: Path, runner: AnalysisRunner) -> QuotemarkApp:
    return QuotemarkApp(article, db_path, runner=runner, native_clipboard=False)


def _messages(app: QuotemarkApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def _notes(db_path: Path, article: Article) -> list[str]:
    return sorted(str(a.value) for a in Store(db_path).annotations(article.id) if a.motivation == "commenting")


def _rejections(db_path: Path, article: Article) -> int:
    return sum(1 for a in Store(db_path).annotations(article.id) if a.body.get("type") == "reject")


async def test_x_on_a_tagged_quote_asks_first_and_enter_confirms(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "x")
        assert isinstance(pilot.app.screen, ChoiceScreen)
        assert "has your 1 tag" in str(pilot.app.screen._title)  # type: ignore[attr-defined]
        await pilot.press("escape")  # a slip: nothing happens
        assert pilot.app.screen is screen and _rejections(db_path, sample) == 0
        await pilot.press("x", "enter")  # one key confirms
        assert pilot.app.screen is screen and _rejections(db_path, sample) == 1
        assert any(
            m.startswith("Rejected the quote “We will focus") and "u undoes it" in m for m in _messages(pilot.app)
        )
        await pilot.press("u")
        assert _rejections(db_path, sample) == 0


async def test_x_on_a_bare_entity_rejects_at_once_and_says_how_to_undo(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("e")
        name = screen.session.current_entity.text  # type: ignore[union-attr]
        await pilot.press("x")
        assert pilot.app.screen is screen and _rejections(db_path, sample) == 1
        assert f"Rejected the entity “{name}” · u undoes it" in _messages(pilot.app)


async def test_esc_keeps_a_typed_draft_for_the_same_span(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket", "a", *typed_keys("half a thought"), "escape")
        assert pilot.app.screen is screen and _notes(db_path, sample) == []
        assert any("Draft kept" in m for m in _messages(pilot.app))
        await pilot.press("right_square_bracket", "a")  # another quote: a fresh editor
        assert pilot.app.screen.query_one(TextArea).text == ""
        await pilot.press("escape", "left_square_bracket", "a")  # back on the first quote: the draft returns
        assert isinstance(pilot.app.screen, NoteScreen)
        assert pilot.app.screen.query_one(TextArea).text == "half a thought"
        await pilot.press(*typed_keys(" finished"), "ctrl+s")
        assert _notes(db_path, sample) == ["half a thought finished"]


async def test_a_on_a_quote_with_a_note_edits_it_and_ctrl_n_adds_another(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "a", *typed_keys("first"), "ctrl+s")
        await pilot.press("a")
        assert pilot.app.screen.query_one(TextArea).text == "first"  # the existing note, not an empty one
        await pilot.press(*typed_keys(" edited"), "ctrl+s")
        assert _notes(db_path, sample) == ["first edited"]
        await pilot.press("a", "ctrl+n")  # save this one, then an empty editor for another
        await pilot.pause()
        assert isinstance(pilot.app.screen, NoteScreen) and pilot.app.screen.query_one(TextArea).text == ""
        await pilot.press(*typed_keys("second"), "ctrl+s")
        assert _notes(db_path, sample) == ["first edited", "second"]
        await pilot.press("a")  # the latest note opens
        assert pilot.app.screen.query_one(TextArea).text == "second"
