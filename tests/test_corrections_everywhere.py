"""A reader's corrections and tags reach the panel, the summary and every export, also after reopening."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from helpers import SIZE, analysed, panel_text, typed_keys
from textual.pilot import Pilot

from quotemark.analysis.labels import LABELS, code_for, word
from quotemark.analysis.model import Article
from quotemark.analysis.reader import read_text
from quotemark.reading.exports import Bundle, export
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Store
from quotemark.tui.app import QuotemarkApp
from quotemark.tui.choice_screen import ChoiceScreen
from quotemark.tui.reader_screen import ReaderScreen
from quotemark.tui.view_model import highlight_kind
from quotemark.widgets.article_view import KIND_COMPONENTS, HighlightKind

STORM = (
    "Maria Lopez, the mayor of Springfield, spoke to reporters on Monday.\n\n"
    'She said the river would crest overnight. "We are ready for the storm," said John Smith, the fire chief.\n\n'
    '"The shelters are open and the buses are running. Everyone in the low streets should leave tonight.\n\n'
    '"We have food and water for a week. Nobody will be turned away," Smith said.\n\n'
    'Lopez thanked the volunteers. "They worked all night," she said.\n'
)


def _app(article: Article, db_path: Path, runner: AnalysisRunner) -> QuotemarkApp:
    return QuotemarkApp(article, db_path, runner=runner, native_clipboard=False)


def _section(panel: str, title: str) -> str:
    """Return the rows of one panel section (up to the next section title, e.g. "PLACES (3)")."""
    lines = panel.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(title.upper()))
    rest = []
    for line in lines[start + 1 :]:
        if re.fullmatch(r"[A-Z ]+(?: \(\d+\))?", line):
            break
        rest.append(line)
    return "\n".join(rest)


async def _to_entity(pilot: Pilot[Any], screen: ReaderScreen, text: str) -> None:
    for _ in range(200):
        await pilot.press("e")
        if screen.session.current_entity is not None and screen.session.current_entity.text == text:
            return
    raise AssertionError(f"no entity {text!r}")


def _exports(screen: ReaderScreen) -> dict[str, str]:
    bundle = Bundle.of(screen.session.article, screen.session.machine, list(screen.session.annotations))  # type: ignore[arg-type]
    return {fmt: export(bundle, fmt).decode("utf-8") for fmt in ("md", "json", "csv")}


async def test_an_entity_label_correction_moves_it_everywhere_and_stays(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert "Washington" in _section(panel_text(screen), "Places")
        await _to_entity(pilot, screen, "Washington")
        await pilot.press("c")
        dialog = app_screen = pilot.app.screen
        assert isinstance(app_screen, ChoiceScreen)
        shown = " ".join(str(o.prompt) for o in dialog.query_one("OptionList")._options)  # type: ignore[attr-defined]
        assert "label: Organisation" in shown and "label: Group" in shown and "GPE" not in shown and "NORP" not in shown
        await pilot.press(*typed_keys("Organisation"), "enter")
        assert pilot.app.screen is screen
        panel = panel_text(screen)
        assert "Washington" not in _section(panel, "Places")
        assert "✓ Washington" in _section(panel, "Organisations")
        md = _exports(screen)["md"]
        assert "**Washington** (organisation" in md
        assert any(
            e["text"] == "Washington" and e["label"] == "ORG"
            for e in json.loads(_exports(screen)["json"])["analysis"]["entities"]
        )
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:  # reopened
        screen = await analysed(pilot)
        assert "✓ Washington" in _section(panel_text(screen), "Organisations")
        await pilot.press("y")
        assert "**Washington** (organisation" in pilot.app.clipboard


async def test_a_tagged_and_noted_selection_has_a_panel_row_and_is_in_every_export(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    text = sample.text
    start = text.index("Stockholm International")
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        screen.show(screen.session.move((start, start + 9)))
        await pilot.press("v", "right_parenthesis", "2")  # a sentence, tag 2 = claim
        span = screen.session.cursor
        assert span is not None and "⟨claim⟩" in _section(panel_text(screen), "Passages")
        await pilot.press("a", *typed_keys("check SIPRI"), "ctrl+s")
        assert "✎ check SIPRI" in _section(panel_text(screen), "Passages")
        out = _exports(screen)
        assert "## Tagged passages" in out["md"] and "`claim`" in out["md"].split("## Tagged passages")[1]
        rows = list(csv.DictReader(io.StringIO(out["csv"])))
        passage = [r for r in rows if r["kind"] == "passage"]
        assert len(passage) == 1 and passage[0]["tags"] == "claim" and passage[0]["note"] == "check SIPRI"
        assert int(passage[0]["start"]) == span[0]


async def test_a_speaker_correction_is_offered_for_the_whole_quotation(tmp_path: Path, runner: AnalysisRunner) -> None:
    article = read_text(STORM, source=str(tmp_path / "storm.txt"))
    db_path = tmp_path / "db.json"
    async with _app(article, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert [q.speaker for q in screen.session.analysis.quotes] == [
            "John Smith",
            "John Smith",
            "John Smith",
            "Maria Lopez",
        ]
        await pilot.press("right_square_bracket", "right_square_bracket")  # the second paragraph of Smith's quotation
        assert screen.session.current_quote is not None and screen.session.current_quote.text.startswith("The shelters")
        await pilot.press("c", *typed_keys("Maria Lopez"), "enter")
        offer = pilot.app.screen
        assert isinstance(offer, ChoiceScreen)
        prompts = [str(o.prompt) for o in offer.query_one("OptionList")._options]  # type: ignore[attr-defined]
        assert prompts == [
            "yes: the rest of this quotation (1 paragraph)",
            "yes: 1 other quote the machine gave to John Smith too",
            "no: only this one",
        ]
        await pilot.press("enter")  # one key accepts the whole quotation
        assert pilot.app.screen is screen
        assert [q.speaker for q in screen.session.analysis.quotes] == [
            "John Smith",
            "Maria Lopez",
            "Maria Lopez",
            "Maria Lopez",
        ]
        speakers = [a.value for a in Store(db_path).annotations(article.id) if a.motivation == "editing"]
        assert speakers == ["Maria Lopez"] * 2
        await pilot.press("u")  # the spread is one step
        assert [q.speaker for q in screen.session.analysis.quotes] == [
            "John Smith",
            "Maria Lopez",
            "John Smith",
            "Maria Lopez",
        ]


async def test_a_speaker_correction_can_go_to_every_quote_of_the_same_wrong_mention(
    tmp_path: Path, runner: AnalysisRunner
) -> None:
    article = read_text(STORM, source=str(tmp_path / "storm.txt"))
    async with _app(article, tmp_path / "db.json", runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "c", *typed_keys("Maria Lopez"), "enter")
        await pilot.press("down", "down", "enter")  # the second offer
        assert [q.speaker for q in screen.session.analysis.quotes] == ["Maria Lopez"] * 4


async def test_declining_the_offer_changes_only_the_one_quote(tmp_path: Path, runner: AnalysisRunner) -> None:
    article = read_text(STORM, source=str(tmp_path / "storm.txt"))
    async with _app(article, tmp_path / "db.json", runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "c", *typed_keys("Maria Lopez"), "enter")
        await pilot.press("down", "down", "down", "enter")  # "no: only this one"
        assert pilot.app.screen is screen
        assert [q.speaker for q in screen.session.analysis.quotes] == [
            "John Smith",
            "Maria Lopez",
            "John Smith",
            "Maria Lopez",
        ]


def test_one_label_table_names_codes_in_words() -> None:
    assert word("GPE") == "Place" and word("NORP") == "Group" and word("FAC") == "Facility"
    assert code_for("place") == "GPE" and code_for("NORP") == "NORP" and code_for("nonsense") is None
    # The article's colours follow the panel's sections: a group is not coloured as an organisation.
    assert highlight_kind("NORP") is HighlightKind.GROUP and highlight_kind("ORG") is HighlightKind.ORG
    assert KIND_COMPONENTS[highlight_kind("NORP")] != KIND_COMPONENTS[highlight_kind("ORG")]
    for info in LABELS:
        if info.section == "Places":
            assert highlight_kind(info.code) is HighlightKind.PLACE
    assert highlight_kind("EVENT") is highlight_kind("NO-SUCH-LABEL") is HighlightKind.OTHER
    for info in LABELS:  # every colour of the table is one of the view's kinds; only "other" is the neutral one
        assert (highlight_kind(info.code) is HighlightKind.OTHER) == (info.colour == "other"), info.code


def test_a_label_correction_relabels_the_whole_cluster_and_lists_a_newly_named_entity() -> None:
    from quotemark.analysis.corrections import Correction, apply_corrections
    from quotemark.analysis.model import Analysis, Cluster, Entity, Mention

    text = "Washington said no. Washington agreed. Apex rose."
    entities = [
        Entity(0, 10, "Washington", "GPE", "c1"),
        Entity(20, 30, "Washington", "GPE", "c1"),
        Entity(39, 43, "Apex", "DATE"),
    ]
    clusters = [Cluster("c1", "Washington", "GPE", None, [Mention(0, 10), Mention(20, 30)])]
    result = apply_corrections(
        Analysis(article_id="x", entities=entities, clusters=clusters),
        text,
        [Correction(20, 30, "label", "ORG"), Correction(39, 43, "label", "ORG")],
    )
    assert [e.label for e in result.analysis.entities] == ["ORG", "ORG", "ORG"]
    assert [(c.name, c.label, c.count) for c in result.analysis.clusters] == [
        ("Washington", "ORG", 2),
        ("Apex", "ORG", 1),
    ]
