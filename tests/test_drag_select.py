"""The mouse selection's geometry without a widget: the character under the pointer, whole words, edge scrolling."""

from __future__ import annotations

from quotemark.reading.selection import WORD as KEYBOARD_WORD
from quotemark.widgets.drag_select import EDGE_MAX_LINES, WORD, Drag, drag_span, edge_scroll, pointer_offset, word_at
from quotemark.widgets.wrapped_text import WrappedText

TEXT = 'Kim said: "We won\'t stop." Then he left.\n\nNobody asked why.'


def _wrapped(text: str, width: int) -> WrappedText:
    layout = WrappedText(text)
    layout.wrap(width)
    return layout


def test_the_mouse_and_the_keyboard_agree_on_what_a_word_is() -> None:
    assert WORD.pattern == KEYBOARD_WORD.pattern and WORD.flags == KEYBOARD_WORD.flags


def test_word_at_finds_words_marks_and_spaces() -> None:
    said = TEXT.index("said")
    assert word_at(TEXT, said + 2) == (said, said + 4)
    wont = TEXT.index("won't")
    assert TEXT[slice(*word_at(TEXT, wont + 4))] == "won't"  # the apostrophe joins the word
    quote = TEXT.index('"')
    assert word_at(TEXT, quote) == (quote, quote + 1)  # a mark is its own word
    assert TEXT[slice(*word_at(TEXT, quote + 1))] == "We"  # not glued to the mark before it
    space = TEXT.index(" ")
    assert word_at(TEXT, space) == (space, space + 1)


def test_drag_span_takes_whole_words_either_way_and_trims_spaces() -> None:
    said, stop = TEXT.index("said") + 1, TEXT.index("stop") + 2
    assert TEXT[slice(*drag_span(TEXT, said, stop))] == "said: \"We won't stop"
    assert drag_span(TEXT, stop, said) == drag_span(TEXT, said, stop)  # dragged backwards: the same text
    assert TEXT[slice(*drag_span(TEXT, said, stop, words=False))] == "aid: \"We won't sto"  # both ends in
    left = TEXT.index("left")
    nobody = TEXT.index("Nobody")
    # From the space before "left" to the blank line: the spaces and newlines at the ends are dropped.
    assert TEXT[slice(*drag_span(TEXT, left - 1, nobody - 1))] == "left."
    assert drag_span(TEXT, nobody - 2, nobody - 1) is None  # only the blank line
    assert drag_span("", 0, 3) is None
    assert drag_span(TEXT, -5, 10_000) == (0, len(TEXT))  # clamped to the text


def test_pointer_offset_clamps_to_the_nearest_character() -> None:
    layout = _wrapped(TEXT, 20)
    lines = [TEXT[s:e] for s, e in zip(layout.starts, layout.ends)]
    assert lines[0] == "Kim said: \"We won't "
    assert pointer_offset(layout, 0, 4) == 4  # on "said"
    assert pointer_offset(layout, 0, -3) == 0  # left of the text: its first character
    last = len(lines) - 1
    assert pointer_offset(layout, -2, 5) == 5  # above the text: the first line
    assert pointer_offset(layout, last + 7, 2) == layout.starts[last] + 2  # below: the last line
    # Right of a line: its last drawn character (never the newline that ends the paragraph).
    first_line_end = pointer_offset(layout, 0, 50)
    assert first_line_end is not None and TEXT[first_line_end] == " "
    para_end = next(i for i, line in enumerate(lines) if line.endswith("left.\n"))
    assert TEXT[pointer_offset(layout, para_end, 50) or 0] == "."
    assert pointer_offset(_wrapped("", 20), 0, 0) is None


def test_a_drag_is_a_click_until_the_pointer_leaves_the_pressed_character() -> None:
    said = TEXT.index("said")
    drag = Drag(said, before=(0, 3))
    assert drag.to(TEXT, said) is None and drag.span is None
    assert TEXT[slice(*drag.to(TEXT, said + 1))] == "said"
    assert TEXT[slice(*drag.to(TEXT, TEXT.index("We")))] == 'said: "We'
    assert TEXT[slice(*drag.to(TEXT, said))] == "said"  # back on the pressed word: it stays selected
    assert TEXT[slice(*drag.to(TEXT, 0))] == "Kim said"
    space = TEXT.index(" Then")
    drag = Drag(space, before=None)
    assert drag.to(TEXT, space + 1) is not None
    assert drag.to(TEXT, space) == (space + 1, space + 5)  # only spaces under it: the last span stays


def test_edge_scroll_speeds_up_with_distance_and_stops_inside() -> None:
    assert edge_scroll(0, 10) == 0 and edge_scroll(9, 10) == 0
    assert edge_scroll(-1, 10) == -1 and edge_scroll(10, 10) == 1
    assert edge_scroll(12, 10) == 3 and edge_scroll(-40, 10) == -EDGE_MAX_LINES
    assert edge_scroll(400, 10) == EDGE_MAX_LINES
