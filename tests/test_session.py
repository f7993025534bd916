"""The reader session without an app: every command returns what changed, and the state follows."""

from __future__ import annotations

from pathlib import Path

from quotemark.analysis.model import Analysis, Article, Cluster, Entity, Mention, Quote
from quotemark.analysis.reader import read_text
from quotemark.reading.correcting import NO_SPEAKER
from quotemark.reading.menus import Edit, Menu, Tag
from quotemark.reading.session import ReaderSession, Target
from quotemark.store import Store
from quotemark.tui import view_model as vm

TEXT = (
    "The council met on Monday. Ana Ruiz and Maria Lopez argued about the budget.\n\n"
    '"We cannot pay for this," she said.\n\n'
    '"The roads come first," said Tom Baker, the mayor.\n'
)
TOP = (0, 10)  # what a screen would say is visible: the top of the article


def _span(text: str, sub: str) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


def _machine() -> tuple[Article, Analysis]:
    article = read_text(TEXT)
    t = article.text
    q1, q2 = _span(t, "We cannot pay for this,"), _span(t, "The roads come first,")
    people = [("c1", "Ana Ruiz"), ("c2", "Maria Lopez"), ("c3", "Tom Baker")]
    entities = [Entity(*_span(t, name), name, "PERSON", cid) for cid, name in people]
    clusters = [Cluster(cid, name, "PERSON", None, [Mention(*_span(t, name))]) for cid, name in people]
    quotes = [
        Quote(*q1, t[q1[0] : q1[1]], "Maria Lopez", confidence=0.6, needs_review=True),
        Quote(*q2, t[q2[0] : q2[1]], "Tom Baker", confidence=0.97),
    ]
    return article, Analysis(article.id, entities=entities, quotes=quotes, clusters=clusters)


def _session(tmp_path: Path) -> tuple[ReaderSession, Store]:
    article, machine = _machine()
    store = Store(tmp_path / "db.json")
    session = ReaderSession(article, store, ("key", "claim"))
    session.open()
    assert session.analysed(machine, complete=True).view
    return session, store


def _pick(menu: Menu[object], label: str) -> object:
    return next(c.value for c in menu.choices if c.label == label)


def test_a_tag_needs_a_cursor_then_is_saved_and_undone(tmp_path: Path) -> None:
    session, store = _session(tmp_path)
    refused = session.toggle_tag(1)
    assert not refused.view and "Move to a quote first" in refused.say[0].text
    moved = session.step_to(Target.QUOTE, True, TOP)
    assert moved.cursor and session.current_quote is session.quotes[0]
    tagged = session.toggle_tag(1)
    assert tagged.view and tagged.say[0].text == "Tagged “key”"
    assert [a.value for a in store.annotations(session.article.id)] == ["key"]
    assert session.undo().view and store.annotations(session.article.id) == []
    assert session.redo().say[0].text.startswith("Redid") and len(session.annotations) == 1


def test_the_corrected_analysis_is_computed_once_and_again_only_after_a_correction(tmp_path: Path) -> None:
    session, _store = _session(tmp_path)
    first = session.result
    assert session.result is first  # nothing changed: the same object, not a recomputation
    session.step_to(Target.QUOTE, True, TOP)
    session.toggle_tag(2)
    assert session.result is first  # a tag is no correction
    question = session.correct()
    assert question.ask is not None and question.ask.title == "Who said this?"
    answer = _pick(question.ask, "Ana Ruiz")
    assert isinstance(answer, Edit) and answer.corrections[0].value == "Ana Ruiz"  # a typed correction, not words
    session.apply(answer)
    assert session.result is not first
    assert session.current_quote is not None and session.current_quote.speaker == "Ana Ruiz"
    assert session.cursor in session.corrected
    assert session.bundle().corrected is session.analysis  # exports read the session's corrected analysis


def test_a_typed_speaker_and_nobody_are_typed_values(tmp_path: Path) -> None:
    session, _store = _session(tmp_path)
    session.step_to(Target.QUOTE, False, TOP)  # wraps to the last quote
    menu = session.correct().ask
    assert menu is not None and menu.typed is not None
    session.apply(menu.typed("The Mayor"))
    assert session.current_quote is not None and session.current_quote.speaker == "The Mayor"
    session.apply(_pick(session.correct().ask, NO_SPEAKER))  # type: ignore[arg-type]
    assert session.current_quote is not None and session.current_quote.speaker is None


def test_quote_row_keys_follow_spans_when_a_correction_reorders_the_quotes(tmp_path: Path) -> None:
    session, _store = _session(tmp_path)
    t = session.article.text
    new = _span(t, "The council met on Monday.")  # a quotation marked before the others
    session.visual(new[0])
    session.extend(hi=new[1])
    marked = session.correct().ask
    assert marked is not None
    ask = _pick(marked, "quote (choose the speaker next)")
    followup = session.apply(ask).ask  # type: ignore[arg-type]
    assert followup is not None and session.visual_anchor is None
    session.apply(_pick(followup, NO_SPEAKER))  # type: ignore[arg-type]
    assert session.analysis is not None and (session.quotes[0].start, session.quotes[0].end) == new
    keys = [row.key for row in vm.quote_section(session.analysis, {}).rows]
    assert keys == [vm.quote_key((q.start, q.end)) for q in session.quotes]
    assert vm.quote_key(_span(t, "We cannot pay for this,")) in keys  # the old first quote keeps its key


def test_search_marks_every_match_and_steps_through_them(tmp_path: Path) -> None:
    session, _store = _session(tmp_path)
    found = session.search("the", TOP)
    assert found.view and found.cursor and len(session.search_hits) >= 3
    assert session.cursor == session.search_hits[0]
    stepped = session.step_to(Target.MATCH, True, TOP)
    assert session.cursor == session.search_hits[1] and stepped.say[-1].text == f"Match 2 of {len(session.search_hits)}"
    assert "Not found" in session.search("zebra", TOP).say[0].text and session.search_hits == []


def test_a_rejection_with_the_readers_tags_asks_first(tmp_path: Path) -> None:
    session, _store = _session(tmp_path)
    session.step_to(Target.QUOTE, True, TOP)
    session.apply(Tag(session.cursor, "claim"))
    asked = session.reject()
    assert asked.ask is not None and "It has your 1 tag" in asked.ask.title
    assert len(session.quotes) == 2  # nothing rejected before the answer
    session.apply(asked.ask.choices[0].value)
    assert len(session.quotes) == 1 and session.cursor in session.rejected


def test_quitting_with_unsaved_changes_warns_once(tmp_path: Path) -> None:
    article, machine = _machine()
    session = ReaderSession(article, None, ("key",))  # no database: every edit stays in memory
    session.analysed(machine, complete=True)
    assert session.leave("quit") is None
    session.step_to(Target.QUOTE, True, TOP)
    session.toggle_tag(1)
    warning = session.leave("quit")
    assert warning is not None and "not saved" in warning.say[0].text
    assert session.leave("quit") is None  # the second q quits


def test_a_selected_span_is_a_selection_every_command_acts_on(tmp_path: Path) -> None:
    session, store = _session(tmp_path)
    t = session.article.text
    span = _span(t, "argued about the budget")
    update = session.select_span(span)  # what a drag in the article posts
    assert update.cursor and update.status
    assert session.selection() == span and session.visual_anchor == span[0]
    assert session.what_to_copy()[::2] == ("argued about the budget", "Selection")
    assert session.correct().ask is not None  # `c` asks what the selection is, as after `v`
    session.apply(Tag(span, "claim"))
    [tag] = [a for a in store.annotations(session.article.id) if a.motivation == "tagging"]
    assert (tag.start, tag.end) == span
    session.save_note(session.note_for(None), "numbers?")
    [note] = [a for a in store.annotations(session.article.id) if a.motivation == "commenting"]
    assert (note.start, note.end) == span and session.visual_anchor is None
    assert session.what_to_copy()[2] == "Summary"  # no selection: y copies the summary again
    assert session.select_span((-4, 10_000)).cursor and session.cursor == (0, len(t))  # kept inside the text


def test_a_click_ends_a_selection_and_moves_to_what_is_under_it(tmp_path: Path) -> None:
    session, _store = _session(tmp_path)
    t = session.article.text
    session.select_span(_span(t, "argued"))
    name = _span(t, "Tom Baker")
    update = session.click(name[0] + 2)
    assert update.cursor and update.status and session.visual_anchor is None and session.cursor == name
    assert session.click(t.index("council")) == session.click(t.index("council"))  # plain text: nothing moves
    assert session.cursor == name
    session.select_span(_span(t, "argued"))
    assert session.click(t.index("council")).cursor and session.cursor is None  # the selection ends
