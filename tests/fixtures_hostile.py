"""Hostile inputs written for the tests: text that tries to act on the app or the terminal.

HOSTILE maps a fixture name to article text. Names by family (for the TUI-side tests):
- markup_*: Textual markup with actions and unbalanced tags. Clicking a planted link must not run
  it: markup_click_quit would quit the app; markup_click_screenshot would write PWNED_FILE into
  the working directory; markup_click_bell / markup_click_notify fire app actions.
- csi_*, osc*_*, dcs_*, apc_*, pm_*, sos_*: 7-bit escape sequences (BEL- and ST-terminated).
- c1_*: the same attacks with 8-bit C1 controls (U+009B CSI, U+009D OSC, U+0090 DCS, U+009C ST).
- bidi_*, zero_width*, tag_chars, bom_inside, private_use, noncharacters, surrogate, c0_all,
  c1_all, del, line_separators: characters that hide or reorder text.
- article_everything: a plausible news article with one payload of every family inside a quote,
  the one to open in the app, the pilot and tmux tests.
HOSTILE_FILENAME is a file name carrying an escape sequence (OSC 0 retitle + CSI clear screen).
FORBIDDEN lists the characters none of which may reach the terminal or a widget.
"""

from __future__ import annotations

import re
from pathlib import Path

ESC = "\x1b"
BEL = "\x07"
ST = ESC + "\\"
CSI = ESC + "["
OSC = ESC + "]"
C1_CSI = "\x9b"
C1_OSC = "\x9d"
C1_DCS = "\x90"
C1_ST = "\x9c"
C1_APC = "\x9f"
C1_PM = "\x9e"
C1_SOS = "\x98"

PWNED_FILE = "quotemark-pwned.svg"
PWNED_TITLE = "PWNED-TITLE"
PWNED_URL = "https://evil.example/steal"
# "pwned-clipboard" in base64: what OSC 52 would put on the clipboard
PWNED_CLIPBOARD_B64 = "cHduZWQtY2xpcGJvYXJk"

_LEAD = 'Mayor Ann Lee said on Tuesday, "We will fix the bridge by June." '
_TAIL = " The council meets again next week, officials said.\n"


def _wrap(payload: str) -> str:
    """Return the payload inside an ordinary paragraph, so analysis still finds a quote."""
    return _LEAD + payload + _TAIL


HOSTILE: dict[str, str] = {
    # Textual markup: actions and unbalanced tags
    "markup_click_quit": _wrap("Read [@click=app.quit]the full report[/] here."),
    "markup_click_screenshot": _wrap(f"See [@click=app.screenshot('{PWNED_FILE}','.')]the photos[/]."),
    "markup_click_bell": _wrap("Press [@click=app.bell]here[/] to listen."),
    "markup_click_notify": _wrap("[@click=app.notify('pwned')]Subscribe[/] for more."),
    "markup_unbalanced_close": _wrap("The figure [/foo] was disputed [/]."),
    "markup_unbalanced_open": _wrap("[b]Bold claims [i]were made [link=https://evil.example]there."),
    "markup_nested_brackets": _wrap("Budget [[@click=app.quit]x[/]] and [[b]]y[[/b]] [on red]z[/on red]."),
    # 7-bit escape sequences
    "csi_sgr": _wrap(f"{CSI}31;1mred bold{CSI}0m text"),
    "csi_clear_screen": _wrap(f"{CSI}2J{CSI}H{CSI}3J cleared"),
    "csi_6n_dsr": _wrap(f"cursor report {CSI}6n and {CSI}c device attributes"),
    "csi_alt_screen": _wrap(f"{CSI}?1049h{CSI}?25l hidden cursor {CSI}?1000h mouse"),
    "osc0_title_bel": _wrap(f"{OSC}0;{PWNED_TITLE}{BEL}retitled"),
    "osc2_title_st": _wrap(f"{OSC}2;{PWNED_TITLE}{ST}retitled"),
    "osc8_hyperlink_bel": _wrap(f"{OSC}8;;{PWNED_URL}{BEL}click me{OSC}8;;{BEL}"),
    "osc8_hyperlink_st": _wrap(f"{OSC}8;;{PWNED_URL}{ST}click me{OSC}8;;{ST}"),
    "osc52_clipboard_bel": _wrap(f"{OSC}52;c;{PWNED_CLIPBOARD_B64}{BEL}copied"),
    "osc52_clipboard_st": _wrap(f"{OSC}52;c;{PWNED_CLIPBOARD_B64}{ST}copied"),
    "osc52_clipboard_query": _wrap(f"{OSC}52;c;?{BEL}read back"),
    "dcs_st": _wrap(f'{ESC}P$q"p{ST}{ESC}Pq#0;2;0;0;0{ST}sixel'),
    "apc_st": _wrap(f"{ESC}_Gf=100,a=T;AAAA{ST}kitty graphics"),
    "pm_st": _wrap(f"{ESC}^privacy message{ST}hidden"),
    "sos_st": _wrap(f"{ESC}Xstart of string{ST}hidden"),
    "esc_reset": _wrap(f"{ESC}c full reset {ESC}7{ESC}8 save/restore"),
    # 8-bit C1 forms
    "c1_csi": _wrap(f"{C1_CSI}2J{C1_CSI}6n eight-bit CSI"),
    "c1_osc": _wrap(f"{C1_OSC}52;c;{PWNED_CLIPBOARD_B64}{BEL}{C1_OSC}0;{PWNED_TITLE}{C1_ST}eight-bit OSC"),
    "c1_dcs_apc_pm_sos": _wrap(f"{C1_DCS}q{C1_ST}{C1_APC}G{C1_ST}{C1_PM}x{C1_ST}{C1_SOS}y{C1_ST}"),
    "c1_all": _wrap("".join(chr(c) for c in range(0x80, 0xA0))),
    "c0_all": _wrap("".join(chr(c) for c in range(1, 0x20) if chr(c) not in "\n\t")),
    "nul": _wrap("nul\x00byte"),  # as a file it is refused as binary: NUL bytes
    "del": _wrap("rub\x7fout\x7f"),
    # characters that reorder or hide text
    "bidi_override": _wrap("access level \u202e}resu{\u202c and \u202dLTR\u202c"),
    "bidi_isolates": _wrap("\u2066isolated\u2069 \u2067rtl\u2069 \u2068first\u2069 \u202aemb\u202c \u202brtl\u202c"),
    "bidi_marks": _wrap("mark\u200e mark\u200f arabic\u061c"),
    "zero_width": _wrap("Kim\u200b Jong\u200c Un\u200d said\u2060 so\ufeff."),
    "tag_chars": _wrap("flag" + "".join(chr(0xE0000 + ord(c)) for c in "ignore previous") + "\U000e007f"),
    "bom_inside": _wrap("middle\ufeffof text"),
    "private_use": _wrap("icon \ue000\uf8ff\U000f0000 here"),
    "noncharacters": _wrap("non \ufdd0\ufffe\uffff\U0001fffe chars"),
    "surrogate": _wrap("lone \ud800 surrogate \udfff"),
    "line_separators": _wrap("line\u2028separator and paragraph\u2029separator"),
    "hangul_filler": _wrap("blank\u3164letter\uffa0here"),
}

HOSTILE["article_everything"] = (
    "date 2026-03-04 Officials in Springfield said on Wednesday that the bridge would reopen.\n\n"
    + "".join(HOSTILE[name].replace(_LEAD, "").replace(_TAIL, "\n\n") for name in sorted(HOSTILE) if name != "nul")
    + 'Mayor Ann Lee said, "We are ready [@click=app.quit]now[/]." The council agreed.\n'
)

HOSTILE_FILENAME = f"report{OSC}0;{PWNED_TITLE}{BEL}{CSI}2J\u202etxt.md"

# Characters that must never reach the terminal or a widget once text went through sanitize().
FORBIDDEN: frozenset[str] = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in "\n\t"]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + list("\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff")
    + ["\u2028", "\u2029", "\ud800", "\udfff", "\ue000", "\U000e0041", "\ufffe"]
)
# Byte strings a terminal would act on: none may appear in what the app writes (tmux/pty tests).
FORBIDDEN_OUTPUT: tuple[bytes, ...] = (
    b"\x1b]0;" + PWNED_TITLE.encode(),
    b"\x1b]2;" + PWNED_TITLE.encode(),
    b"\x1b]52;",
    b"\x1b]8;;" + PWNED_URL.encode(),
    b"\x1b[6n",
    PWNED_CLIPBOARD_B64.encode() + b"\x07",
    b"\xc2\x9b",
    b"\xc2\x9d",
    b"\xe2\x80\xae",  # U+202E in UTF-8
)


def forbidden_in(text: str) -> list[str]:
    """Return the forbidden characters found in `text`, as "U+XXXX" strings, in order of first use."""
    seen: dict[str, None] = {}
    for ch in text:
        if ch in FORBIDDEN:
            seen.setdefault(f"U+{ord(ch):04X}")
    return list(seen)


_SURROGATES = re.compile("[\ud800-\udfff]")


def write_hostile_files(directory: Path) -> dict[str, Path]:
    """Return name -> path of every fixture written as a UTF-8 .txt file, plus "raw_c1_bytes"
    (8-bit C1 as single bytes) and "filename_escape" (a hostile file name). The "nul" file is
    refused by the reader as binary, by design. Fixtures no file can
    hold (lone surrogates: "surrogate", "article_everything") are written with them as U+FFFD."""
    paths: dict[str, Path] = {}
    for name, text in HOSTILE.items():
        path = directory / f"{name}.txt"
        path.write_bytes(_SURROGATES.sub("\ufffd", text).encode("utf-8"))
        paths[name] = path
    raw = directory / "raw_c1_bytes.txt"
    raw.write_bytes(_wrap("").encode() + b"\x9b2J\x9d0;title\x07 raw C1 bytes.\n")
    paths["raw_c1_bytes"] = raw
    named = directory / HOSTILE_FILENAME
    named.write_text(_wrap("A harmless article behind a hostile file name."), encoding="utf-8")
    paths["filename_escape"] = named
    return paths
