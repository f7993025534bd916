"""Reviewing doubtful speakers, pressed as a user would: r / R, C, f, the marks, y and Y."""

from __future__ import annotations

import copy
import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import SIZE, analysed, panel_text, typed_keys

from quotemark.analysis.model import Analysis, Article, Cluster, Entity, Mention, Quote
from quotemark.analysis.reader import read_text
from quotemark.reading.exports import Bundle, export
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Store
from quotemark.store.w3c import from_w3c
from quotemark.tui.app import QuotemarkApp
from quotemark.tui.reader_screen import ReaderScreen
from quotemark.widgets.article_view import ArticleView

TEXT = (
    "The council met on Monday. Ana Ruiz and Maria Lopez argued about the budget.\n\n"
    '"We cannot pay for this," she said.\n\n'
    '"The roads come first," said Tom Baker, the mayor.\n\n'
    '"Nobody asked us."\n'
)


def _span(text: str, sub: str) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


def _fixture() -> tuple[Article, Analysis]:
    """Return the article and an analysis as the machine might give it: one sure speaker, two to review."""
    article = read_text(TEXT)
    t = article.text
    q1, q2, q3 = (_span(t, s) for s in ("We cannot pay for this,", "The roads come first,", "Nobody asked us."))
    people = [("c1", "Ana Ruiz"), ("c2", "Maria Lopez"), ("c3", "Tom Baker")]
    entities = [Entity(*_span(t, name), name, "PERSON", cid) for cid, name in people]
    clusters = [Cluster(cid, name, "PERSON", None, [Mention(*_span(t, name))]) for cid, name in people]
    quotes = [
        Quote(*q1, t[q1[0] : q1[1]], "Maria Lopez", cue="said", confidence=0.6, needs_review=True),
        Quote(*q2, t[q2[0] : q2[1]], "Tom Baker", *_span(t, "Tom Baker"), cue="said", confidence=0.97),
        Quote(*q3, t[q3[0] : q3[1]], None, confidence=0.2, needs_review=True),
    ]
    return article, Analysis(article.id, entities=entities, quotes=quotes, clusters=clusters)


class FixedRunner(AnalysisRunner):
    """Hands the screen a fixed analysis, so these tests do not depend on how the model reads the text."""

    def __init__(self, analysis: Analysis) -> None:
        super().__init__(loader=lambda: pytest.fail("the model must not load"))
        self.fixed = analysis

    def analyse(
        self,
        article: Article,
        report: Callable[..., None],
        cache: object = None,
        partial: object = None,
        stop: object = None,
    ) -> Analysis:
        return copy.deepcopy(self.fixed)


@pytest.fixture
def fixture() -> tuple[Article, Analysis]:
    return _fixture()


def _app(article: Article, analysis: Analysis, db_path: Path) -> QuotemarkApp:
    return QuotemarkApp(article, db_path, runner=FixedRunner(analysis), native_clipboard=False)


def _status(screen: ReaderScreen) -> str:
    return str(screen.query_one("#status").render())


MARKED_FIRST = '"We cannot pay for this," ⟨? to review⟩ she said.'
MARKED_LAST = '"Nobody asked us." ⟨? to review⟩'


def _marked(screen: ReaderScreen) -> list[str]:
    """Return the article lines drawn with a "to review" mark (the short article fits on screen)."""
    view = screen.query_one(ArticleView)
    lines = [view.render_line(y).text.strip() for y in range(view.size.height)]
    return [line for line in lines if "⟨? to review⟩" in line]


def _messages(app: QuotemarkApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def _confirms(db_path: Path, article: Article) -> list[dict]:
    return [a.body for a in Store(db_path).annotations(article.id) if a.body.get("type") == "confirm"]


async def test_r_and_R_visit_the_quotations_to_review_and_wrap(fixture, db_path: Path) -> None:
    article, analysis = fixture
    first, _sure, last = ((q.start, q.end) for q in analysis.quotes)
    app = _app(article, analysis, db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("r")
        assert screen.session.cursor == first
        await pilot.press("r")
        assert screen.session.cursor == last  # the sure quote in between is skipped
        await pilot.press("r")
        assert screen.session.cursor == first
        assert any("Wrapped around" in m for m in _messages(app))
        await pilot.press("R")
        assert screen.session.cursor == last
        await pilot.press("R")
        assert screen.session.cursor == first


async def test_marks_in_article_panel_and_status(fixture, db_path: Path) -> None:
    article, analysis = fixture
    app = _app(article, analysis, db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        # drawn as text after the closing mark of each quotation to review, not after the sure one
        assert _marked(screen) == [MARKED_FIRST, MARKED_LAST]
        panel = panel_text(screen)
        assert "? Maria Lopez →" in panel and "? (unknown speaker) →" in panel
        assert "? Tom Baker" not in panel and "Tom Baker →" in panel
        assert "2 to review" in _status(screen)


async def test_C_confirms_the_speaker_saves_it_and_u_takes_it_back(fixture, db_path: Path) -> None:
    article, analysis = fixture
    q1 = analysis.quotes[0]
    app = _app(article, analysis, db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("r", "C")
        assert screen.session.cursor == (q1.start, q1.end)
        assert screen.session.current_quote is not None and not screen.session.current_quote.needs_review
        assert screen.session.current_quote.speaker == "Maria Lopez"
        assert _marked(screen) == [MARKED_LAST]
        assert "? Maria Lopez" not in panel_text(screen) and "✓ Maria Lopez →" in panel_text(screen)
        assert "1 to review" in _status(screen)
        assert _confirms(db_path, article) == [{"type": "confirm", "value": "Maria Lopez"}]
        assert any("Confirmed: Maria Lopez" in m and "1 left to review" in m for m in _messages(app))

        await pilot.press("u")
        assert screen.session.current_quote is not None and screen.session.current_quote.needs_review
        assert _marked(screen) == [MARKED_FIRST, MARKED_LAST] and "2 to review" in _status(screen)
        assert "? Maria Lopez →" in panel_text(screen)
        assert _confirms(db_path, article) == []

        await pilot.press("ctrl+r")
        assert not screen.session.current_quote.needs_review
        assert _confirms(db_path, article) == [{"type": "confirm", "value": "Maria Lopez"}]

    # reopened: the confirmation is still there, and only the unnamed quotation is left
    async with _app(article, analysis, db_path).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert [q.needs_review for q in screen.session.quotes] == [False, False, True]
        assert "1 to review" in _status(screen)
        await pilot.press("r")
        assert screen.session.cursor == (analysis.quotes[2].start, analysis.quotes[2].end)


async def test_C_refuses_a_quotation_without_a_speaker_and_points_to_c(fixture, db_path: Path) -> None:
    article, analysis = fixture
    app = _app(article, analysis, db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("C")
        assert any("Move to a quotation first" in m for m in _messages(app))
        await pilot.press("R", "C")  # the last one to review has no speaker
        assert any("no speaker to confirm" in m and "press c" in m for m in _messages(app))
        assert _confirms(db_path, article) == []
        assert screen.session.current_quote is not None and screen.session.current_quote.needs_review


async def test_no_quotation_left_to_review_is_said(fixture, db_path: Path) -> None:
    article, analysis = fixture
    for q in analysis.quotes:
        q.needs_review = False
    app = _app(article, analysis, db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("r")
        assert screen.session.cursor is None
        assert any("No quotations to review" in m for m in _messages(app))
        assert "to review" not in _status(screen)


async def test_f_filters_the_panel_to_the_quotations_to_review(fixture, db_path: Path) -> None:
    article, analysis = fixture
    app = _app(article, analysis, db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("f")
        panel = panel_text(screen)
        assert "QUOTES TO REVIEW (2)" in panel
        assert "Maria Lopez →" in panel and "Tom Baker →" not in panel
        await pilot.press("r", "C")
        panel = panel_text(screen)
        assert "QUOTES TO REVIEW (1)" in panel and "Maria Lopez →" not in panel
        await pilot.press("f")
        panel = panel_text(screen)
        assert "QUOTES (3)" in panel and "Tom Baker →" in panel and "✓ Maria Lopez →" in panel


async def test_y_marks_unconfirmed_speakers_and_Y_says_so(fixture, db_path: Path) -> None:
    article, analysis = fixture
    app = _app(article, analysis, db_path)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("y")
        summary = app.clipboard
        assert "- **Maria Lopez** (speaker not confirmed) → “We cannot pay for this,”" in summary
        assert "- **Tom Baker** → “The roads come first,”" in summary
        assert "- **(unattributed)** → “Nobody asked us.”" in summary

        await pilot.press("r", "Y")
        assert app.clipboard == "“We cannot pay for this,” — Maria Lopez (speaker not confirmed)"
        assert any("not confirmed" in m and "C confirms" in m for m in _messages(app))

        await pilot.press("C", "Y")
        assert app.clipboard == "“We cannot pay for this,” — Maria Lopez"
        await pilot.press("y")
        assert "(speaker not confirmed)" not in app.clipboard

        await pilot.press("right_square_bracket")
        before = len(_messages(app))
        await pilot.press("Y")  # a sure quotation: copied without a warning
        assert app.clipboard == "“The roads come first,” — Tom Baker"
        assert not any("not confirmed" in m for m in _messages(app)[before:])


async def test_a_confirmation_reaches_every_export(fixture, db_path: Path) -> None:
    article, analysis = fixture
    app = _app(article, analysis, db_path)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("r", "C")
    bundle = Bundle.of(article, analysis, Store(db_path).annotations(article.id))
    md = export(bundle, "md").decode()
    assert "**Maria Lopez** →" in md and "Maria Lopez** (speaker not confirmed)" not in md
    data = json.loads(export(bundle, "json"))
    assert [q["needs_review"] for q in data["analysis"]["quotes"]] == [False, False, True]
    assert {"type": "confirm", "value": "Maria Lopez"} in [a["body"] for a in data["annotations"]]
    back = from_w3c(json.loads(export(bundle, "w3c")), article)  # and it comes back in
    assert [(a.motivation, a.body) for a in back] == [("editing", {"type": "confirm", "value": "Maria Lopez"})]
    rows = list(csv.DictReader(io.StringIO(export(bundle, "csv").decode())))
    assert [(r["corrected"], r["to_review"]) for r in rows] == [("yes", ""), ("", ""), ("", "yes")]


async def test_status_shows_the_count_at_80_columns(fixture, db_path: Path) -> None:
    article, analysis = fixture
    async with _app(article, analysis, db_path).run_test(size=(80, 24)) as pilot:
        screen = await analysed(pilot)
        await pilot.pause()
        status = screen.query_one("#status")
        drawn = status.render_line(0).text
        assert status.region.width < 40
        assert "2 to review (r)" in drawn


async def test_real_analysis_marks_exactly_what_it_flags(db_path: Path, runner: AnalysisRunner) -> None:
    """On the model's own reading of an ambiguous article, the marks follow needs_review, whatever it is."""
    article = read_text(TEXT)
    async with QuotemarkApp(article, db_path, runner=runner, native_clipboard=False).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        flagged = [q for q in screen.session.quotes if q.needs_review]
        assert flagged, "two women and a pronoun: the first speaker cannot be sure"
        assert len(_marked(screen)) == len(flagged)
        assert f"{len(flagged)} to review" in _status(screen)


async def test_help_and_palette_offer_the_review_commands(fixture, db_path: Path) -> None:
    from quotemark.tui.help_screen import HelpScreen

    article, analysis = fixture
    app = _app(article, analysis, db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(app.screen.query_one("#help-text").render()).split())
        for words in (
            "Review",
            "r Move the cursor to the next quotation whose speaker is to review",
            "C Confirm the current quotation's speaker",
            "f Show only the quotations to review",
        ):
            assert words in text
        await pilot.press("escape")
        await pilot.press("ctrl+p", *typed_keys("confirm speaker"))
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert any("Move to a quotation first" in m for m in _messages(app))  # C ran, with no cursor yet


async def test_correcting_the_speaker_with_c_also_clears_the_mark(fixture, db_path: Path) -> None:
    article, analysis = fixture
    app = _app(article, analysis, db_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("r", "c", *typed_keys("Ana Ruiz"), "enter")
        assert app.screen is screen
        quote = screen.session.current_quote
        assert quote is not None and (quote.speaker, quote.needs_review) == ("Ana Ruiz", False)
        assert _marked(screen) == [MARKED_LAST]
        assert "1 to review" in _status(screen) and "✓ Ana Ruiz →" in panel_text(screen)
        await pilot.press("C")  # already checked: nothing more is saved
        assert any("Already checked" in m for m in _messages(app))
        assert _confirms(db_path, article) == []
