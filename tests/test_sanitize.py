"""sanitize() and clean_line(): no control, bidi or invisible character survives, offsets hold."""

from __future__ import annotations

import json
import unicodedata

import pytest
from fixtures_hostile import FORBIDDEN, HOSTILE, HOSTILE_FILENAME, forbidden_in

from quotemark.analysis.sanitize import PLACEHOLDER, clean_line, describe, is_hidden, replace_hidden, sanitize

PAYLOAD_CHARS = ("\x1b", "\x9b", "\x9d", "\x07", "\x00", "\x7f", "\x90", "\x9c", "\u202e", "\u200b")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_every_fixture_loses_its_payload_and_keeps_its_length(name: str) -> None:
    text = HOSTILE[name]
    clean, hidden = sanitize(text)
    assert len(clean) == len(text)
    assert forbidden_in(clean) == []
    assert not any(ch in clean for ch in PAYLOAD_CHARS)
    for entry in hidden:
        i = entry.offset
        assert entry.char == f"U+{ord(text[i]):04X}"
        assert clean[i] != text[i]
    changed = {i for i, (a, b) in enumerate(zip(text, clean)) if a != b}
    assert changed == {e.offset for e in hidden}
    json.dumps([e.to_dict() for e in hidden])  # goes into Article.to_dict()


@pytest.mark.parametrize("name", [n for n in sorted(HOSTILE) if not n.startswith("markup_")])
def test_every_non_markup_fixture_has_something_hidden(name: str) -> None:
    assert sanitize(HOSTILE[name])[1]


def test_markup_is_left_for_the_widgets_to_show_as_text() -> None:
    text = HOSTILE["markup_click_quit"]
    assert sanitize(text) == (text, [])


def test_ordinary_text_of_any_script_is_untouched() -> None:
    text = (
        "Café “quoted” — £5, €20, ½ ™\tTabbed\nZürich, Łódź, Кремль, Ελλάδα, 東京, 서울, "
        "العربية, עברית, हिन्दी, e\u0301, 👍🏽, ❤\ufe0f, 🇺🇦, 🫨 \ufffc\n"
    )
    assert sanitize(text) == (text, [])


def test_placeholders_are_control_pictures_for_c0_and_del_and_fffd_otherwise() -> None:
    clean, hidden = sanitize("a\x1bb\x07c\x7fd\x9be\u202ef\u200bg\x00")
    assert clean == "a␛b␇c␡d" + PLACEHOLDER + "e" + PLACEHOLDER + "f" + PLACEHOLDER + "g␀"
    assert [(h.offset, h.char, h.kind) for h in hidden] == [
        (1, "U+001B", "control"),
        (3, "U+0007", "control"),
        (5, "U+007F", "control"),
        (7, "U+009B", "c1"),
        (9, "U+202E", "bidi"),
        (11, "U+200B", "invisible"),
        (13, "U+0000", "control"),
    ]


def test_descriptions_name_the_characters() -> None:
    assert describe("\u202e") == {"char": "U+202E", "name": "RIGHT-TO-LEFT OVERRIDE", "kind": "bidi"}
    assert describe("\x1b")["name"] == "ESCAPE"
    assert describe("\x9b")["name"] == "CONTROL SEQUENCE INTRODUCER"
    assert describe("\x9d")["name"] == "OPERATING SYSTEM COMMAND"
    assert describe("\ud800")["kind"] == "surrogate"
    assert describe("\ue000")["kind"] == "private"
    assert describe("\U0010ffff")["kind"] == "noncharacter"
    assert describe("\u2028")["kind"] == "separator"
    assert describe("\U000e0041")["name"] == "TAG LATIN CAPITAL LETTER A"


def test_every_control_format_private_and_surrogate_code_point_is_hidden() -> None:
    missed = [
        f"U+{cp:04X}"
        for cp in range(0x110000)
        if chr(cp) not in "\n\t"
        and (0xD800 <= cp <= 0xDFFF or unicodedata.category(chr(cp)) in ("Cc", "Cf", "Co"))
        and not is_hidden(chr(cp))
    ]
    assert missed == []
    assert all(is_hidden(ch) for ch in FORBIDDEN)


def test_hidden_offsets_stay_valid_in_a_long_text() -> None:
    text = ("word \x1b[2J " * 20_000) + "end"
    clean, hidden = sanitize(text)
    assert len(clean) == len(text) and len(hidden) == 20_000
    assert all(clean[h.offset] == "␛" for h in hidden)


def test_clean_line_makes_a_hostile_file_name_one_safe_line() -> None:
    shown = clean_line(HOSTILE_FILENAME)
    assert forbidden_in(shown) == []
    assert len(shown) == len(HOSTILE_FILENAME)
    assert shown.startswith("report␛]0;PWNED-TITLE␇␛[2J")


def test_clean_line_keeps_one_line_unless_told_to_keep_newlines() -> None:
    assert clean_line("tag\tone\ntwo\r\x1b") == "tag one␊two␍␛"
    assert (
        clean_line("note line 1\r\nline 2\rline 3\x9b", keep_newlines=True)
        == "note line 1\nline 2\nline 3" + PLACEHOLDER
    )
    assert clean_line("plain") == "plain"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_clean_line_removes_every_payload(name: str) -> None:
    assert forbidden_in(clean_line(HOSTILE[name], keep_newlines=True)) == []


def test_replace_hidden_has_no_memory_of_texts_it_saw() -> None:
    clean, _ = sanitize(("Plain words. " * 1000) + "\u202e" + ("More words. " * 1000))
    assert replace_hidden(clean, lambda ch: "!") == clean  # nothing hidden is left in a clean text
    hostile = ("Plain words. " * 1000) + "\u202e" + ("More words. " * 1000)
    shown = replace_hidden(hostile, lambda ch: "!")
    assert "\u202e" not in shown and shown.count("!") == 1 and len(shown) == len(hostile)
