"""The article's text layout, without a widget: text and width in, lines and offsets out."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from layout_helpers import words
from rich.cells import cell_len

from quotemark.widgets.highlight_runs import BLOCK, Highlight, HighlightKind, RunIndex, flatten_runs
from quotemark.widgets.text_layout import (
    FIRST_FRAME_CHARS,
    PROGRESSIVE_WRAP_CHARS,
    display_text,
    wrap_offsets,
    wrap_paragraph,
)
from quotemark.widgets.wrapped_text import WrappedText

K = HighlightKind


def check_partition(text: str, starts: list[int], ends: list[int]) -> None:
    assert starts[0] == 0 and ends[-1] == len(text)
    for k in range(1, len(starts)):
        assert starts[k] == ends[k - 1]
    for s, e in zip(starts, ends):
        assert s <= e


def long_text() -> str:
    return "\n".join(f"para {k} " + words(40, seed=k) for k in range(3_000))


# ---------------------------------------------------------------- wrapping


def test_wrap_partitions_text_and_fits_width() -> None:
    rng = random.Random(7)
    for trial in range(200):
        text = "\n".join(words(rng.randint(0, 60), seed=trial) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.3:
            text = "   " + text + "  \n\n  x  "
        width = rng.randint(1, 50)
        starts, ends = wrap_offsets(text, width)
        check_partition(text, starts, ends)
        for s, e in zip(starts, ends):
            assert cell_len(text[s:e].rstrip("\n").rstrip(" ")) <= width or e - s == 1


def test_fast_and_grapheme_wrapping_agree_on_single_cell_text() -> None:
    rng = random.Random(3)
    for trial in range(300):
        text = words(rng.randint(1, 80), seed=trial)
        if rng.random() < 0.5:
            text = "  " + text.replace(" a ", "   a  ")
        width = rng.randint(1, 45)
        fast = wrap_paragraph(text, 0, len(text), width, single=True)
        slow = wrap_paragraph(text, 0, len(text), width, single=False)
        assert fast == slow, (text, width)


def test_badge_wrap_fast_path_matches_grapheme_path() -> None:
    rng = random.Random(11)
    for trial in range(200):
        vocab = ["said", "the", "minister", "“quoted”", "agency", "50", "Pyongyang", "—"]
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 60)))
        ends = [m for m in range(1, len(text) + 1) if text[m - 1] != " " and (m == len(text) or text[m] == " ")]
        extra = {o: rng.randint(1, 4) for o in rng.sample(ends, k=min(len(ends), rng.randint(1, 5)))}
        width = rng.randint(20, 50)
        fast = wrap_paragraph(text, 0, len(text), width, extra, single=True)
        slow = wrap_paragraph(text, 0, len(text), width, extra, single=False)
        assert fast == slow, (text, width, extra, trial)


def test_wrap_breaks_at_word_boundaries_and_keeps_blank_lines() -> None:
    text = "one two three four five six\n\nseven"
    starts, ends = wrap_offsets(text, 10)
    assert [text[s:e] for s, e in zip(starts, ends)] == ["one two ", "three four ", "five six\n", "\n", "seven"]


def test_wrap_measures_cjk_and_emoji_cells() -> None:
    text = "東京都の人口は約千四百万人です。 family 👨‍👩‍👧 ok 😀😀😀"
    starts, ends = wrap_offsets(text, 6)
    check_partition(text, starts, ends)
    for s, e in zip(starts, ends):
        assert cell_len(text[s:e].rstrip(" ")) <= 6
    # the ZWJ family is one grapheme: never split across lines
    family = text.index("👨")
    assert any(s <= family and family + len("👨‍👩‍👧") <= e for s, e in zip(starts, ends))
    # CJK breaks between characters: the first line is full (3 wide chars)
    assert text[starts[0] : ends[0]] == "東京都"


def test_badges_take_cells_and_stay_glued_to_the_word_before() -> None:
    text = "alpha beta gamma delta"
    plain = wrap_offsets(text, 16)
    assert [text[s:e] for s, e in zip(*plain)] == ["alpha beta gamma ", "delta"]
    starts, ends = wrap_offsets(text, 16, {10: 3})  # three cells after "beta"
    assert [text[s:e] for s, e in zip(starts, ends)] == ["alpha beta ", "gamma delta"]


def test_display_text_replaces_hidden_characters_one_for_one() -> None:
    text = "a\x1b[31mred\x00b\u202eevil\tc"
    shown = display_text(text)
    assert len(shown) == len(text)
    assert "\x1b" not in shown and "\x00" not in shown and "\u202e" not in shown and "\t" not in shown
    # text the reader already sanitised is taken as it is: only tabs change
    assert display_text("clean\ttext", clean=True) == "clean text"
    assert display_text("x\x1by", clean=True) == "x\x1by"


# ---------------------------------------------------------------- WrappedText


def test_wrapped_text_lines_and_offsets() -> None:
    text = "alpha beta gamma\nrow two\n\nend"
    layout = WrappedText(text)
    assert layout.width == -1
    assert layout.wrap(12) is True
    assert layout.lines() == ["alpha beta ", "gamma\n", "row two\n", "\n", "end"]
    assert layout.wrap(12) is False  # same width, cached
    assert layout.line_of(text.index("gamma")) == 1 and layout.line_of(len(text)) == 4
    assert layout.line_range((0, text.index("row"))) == (0, 1)
    assert layout.offset_at(0, 6) == text.index("beta")
    assert layout.offset_at(1, 5) is None  # past "gamma": the newline is not drawn
    assert layout.offset_at(9, 0) is None and layout.offset_at(0, -1) is None


def test_wrapped_text_caches_each_width_and_wraps_again_when_forced() -> None:
    text = words(200, seed=4)
    layout = WrappedText(text)
    layout.wrap(30)
    narrow = (list(layout.starts), list(layout.ends))
    layout.wrap(60)
    assert (layout.starts, layout.ends) == wrap_offsets(text, 60)
    assert layout.wrap(30) is True and (layout.starts, layout.ends) == narrow
    assert layout.wrap(30, force=True) is True


def test_a_long_text_wraps_its_first_screens_first_then_whole() -> None:
    text = long_text()
    assert len(text) > PROGRESSIVE_WRAP_CHARS
    layout = WrappedText(text)
    layout.wrap(36, first_frame=True)
    full = wrap_offsets(text, 36)
    assert layout.partial
    wrapped = len(layout.starts)
    # whole paragraphs, cut exactly as the full wrap cuts them, and an estimate of all the lines
    assert 10 < wrapped < len(full[0]) and text[layout.ends[-1] - 1] == "\n"
    assert layout.ends[-1] > FIRST_FRAME_CHARS
    assert (layout.starts, layout.ends) == (full[0][:wrapped], full[1][:wrapped])
    assert abs(layout.line_count - len(full[0])) < len(full[0]) // 10
    assert layout.complete() is True and not layout.partial
    assert (layout.starts, layout.ends) == full and layout.line_count == len(full[0])
    assert layout.complete() is False


def test_asking_for_a_line_completes_a_partial_wrap() -> None:
    text = long_text()
    layout = WrappedText(text)
    layout.wrap(36, first_frame=True)
    target = text.index("para 2999 ")
    line = layout.line_of(target)
    assert not layout.partial
    assert layout.starts[line] == target


def test_a_long_text_without_paragraphs_is_wrapped_whole_at_once() -> None:
    text = words(25_000, seed=3)
    assert len(text) > PROGRESSIVE_WRAP_CHARS and "\n" not in text
    layout = WrappedText(text)
    layout.wrap(36, first_frame=True)
    assert not layout.partial and (layout.starts, layout.ends) == wrap_offsets(text, 36)


def test_badge_changes_rewrap_only_their_paragraphs_like_a_full_wrap() -> None:
    text = "\n".join(words(n, seed=n) for n in range(5, 60)) + "\n"
    layout = WrappedText(text)
    layout.wrap(36)
    rng = random.Random(2)
    cells: dict[int, int] = {}
    for _step in range(30):
        if cells and rng.random() < 0.4:
            cells.pop(rng.choice(sorted(cells)))
        else:
            cells[rng.randint(0, len(text))] = rng.randint(3, 14)
        changed = layout.set_badge_cells(cells)
        assert changed and layout.can_rewrap_badges(changed)
        layout.rewrap_badges(changed)
        assert (layout.starts, layout.ends) == wrap_offsets(text, 36, cells)
    assert layout.set_badge_cells(cells) == set()


def test_badge_offsets_and_columns_on_a_line() -> None:
    text = 'He said "go" now.'
    layout = WrappedText(text)
    end = text.index(" now")
    layout.set_badge_cells({end: 4, 0: 2})
    layout.wrap(80)
    assert layout.line_badges(0, len(text), before=True) == [(0, 2)]
    assert layout.line_badges(0, len(text)) == [(end, 4)]
    assert layout.offset_at(0, 1) == 0  # on the badge before the paragraph
    assert layout.offset_at(0, 2) == 0  # "H"
    col = 2 + end  # the first badge cell after the closing mark
    assert layout.offset_at(0, col) == end - 1  # a badge cell counts as the character it follows
    assert layout.offset_at(0, col + 4) == end


# ---------------------------------------------------------------- runs


def test_flatten_runs_matches_per_character_kinds() -> None:
    rng = random.Random(5)
    kinds = [K.PERSON, K.ORG, K.QUOTE, K.SEARCH, K.NOTE, K.DATE]
    for _trial in range(100):
        length = rng.randint(1, 120)
        spans = []
        for _ in range(rng.randint(0, 25)):
            a = rng.randint(-5, length + 5)
            spans.append(Highlight(a, a + rng.randint(-2, 40), rng.choice(kinds)))
        starts, ends, keys = flatten_runs(spans, length)
        expected = [sorted({h.kind.value for h in spans if h.start <= k < h.end}) for k in range(length)]
        got: list[list[str]] = [[] for _ in range(length)]
        for s, e, key in zip(starts, ends, keys):
            assert 0 <= s < e <= length
            for k in range(s, e):
                got[k] = sorted(kind.value for kind in key)
        assert got == expected
        assert all(ends[i] <= starts[i + 1] for i in range(len(starts) - 1))
        for key in keys:  # quotes draw under entities, search over everything
            if K.QUOTE in key and K.PERSON in key:
                assert key.index(K.QUOTE) < key.index(K.PERSON)
            if K.SEARCH in key:
                assert key[-1] is K.SEARCH


def test_block_runs_agree_with_one_flatten_of_everything() -> None:
    rng = random.Random(9)
    length = BLOCK * 4 + 123
    spans = []
    for _ in range(600):
        a = rng.randint(0, length)
        spans.append(Highlight(a, a + rng.randint(1, 300), rng.choice([K.PERSON, K.QUOTE, K.ORG, K.NOTE])))
    spans.append(Highlight(100, BLOCK * 3 + 7, K.NOTE))  # longer than a block
    spans.append(Highlight(BLOCK - 5, BLOCK + 5, K.SEARCH))  # across a block edge
    index = RunIndex(length, spans)

    def per_char(
        starts: list[int], ends: list[int], keys: list[tuple[HighlightKind, ...]]
    ) -> list[tuple[HighlightKind, ...]]:
        out: list[tuple[HighlightKind, ...]] = [()] * length
        for s, e, key in zip(starts, ends, keys):
            for k in range(s, e):
                out[k] = key
        return out

    whole = per_char(*flatten_runs(spans, length))
    assert per_char(*index.between(0, length)) == whole
    for start in range(0, length, 997):  # any window, as a line asks
        got = per_char(*index.between(start, start + 150))
        assert got[start : start + 150] == whole[start : start + 150]
    index.set(length, [])
    assert index.between(0, length) == ([], [], [])


# ---------------------------------------------------------------- any text, any width

# Spaces and newlines often, plus narrow, wide, combining and joined characters.
_PIECES = st.sampled_from([" ", " ", "\n", "a", "word", "—", "東", "😀", "e\u0301", "👨\u200d👩", "\t", "\x1b"])
_TEXTS = st.lists(_PIECES, max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=_TEXTS, width=st.integers(1, 30), data=st.data())
def test_any_text_wraps_into_a_partition_and_badge_rewraps_match_a_full_wrap(
    text: str, width: int, data: st.DataObject
) -> None:
    shown = display_text(text)
    starts, ends = wrap_offsets(shown, width)
    if text:
        check_partition(shown, starts, ends)
    layout = WrappedText(text)
    layout.wrap(width)
    assert (layout.starts, layout.ends) == (starts, ends)
    cells = data.draw(st.dictionaries(st.integers(0, len(text)), st.integers(1, 6), max_size=4))
    changed = layout.set_badge_cells(cells)
    layout.rewrap_badges(changed)
    assert (layout.starts, layout.ends) == wrap_offsets(shown, width, cells)
    for line in range(len(layout.starts)):  # every offset a column finds lies on that line
        for column in range(width + 8):
            offset = layout.offset_at(line, column)
            assert offset is None or layout.starts[line] <= offset < max(layout.ends[line], layout.starts[line] + 1)
