"""The reader: every input format, encoding and error, and hostile text arriving sanitised."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest
from fixtures_hostile import HOSTILE, HOSTILE_FILENAME, forbidden_in, write_hostile_files

from quotemark.analysis import html_reader
from quotemark.analysis.decoding import declared_charset, decode_bytes
from quotemark.analysis.reader import (
    ReadError,
    body_start,
    decode,
    read_bytes,
    read_path,
    read_stdin,
    read_text,
    sample_article,
)

BODY = (
    "The city council voted on Tuesday to approve the new budget, which includes funding for "
    "road repairs and schools, according to a statement released by the mayor's office."
)


def _page(charset_meta: str = '<meta charset="utf-8">', extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html><head>{charset_meta}
<title>Council approves budget - Springfield Herald</title>
<meta name="author" content="Jane Doe">
<meta property="og:site_name" content="Springfield Herald">
<meta property="article:published_time" content="2026-03-04T09:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Council approves budget</h1>
<p>{BODY}</p>
<p>“We will fix the roads first,” Mayor Ann Lee said. The plan costs £5 million &amp; more.{extra}</p>
<p>Opposition members said the budget was too small, and residents spoke against it.</p>
</article>
<section class="comments"><h3>Comments</h3><div class="comment"><p>COMMENTSPAM cheap watches</p></div></section>
<footer>Copyright 2025 Springfield Herald. All rights reserved. FOOTERTEXT</footer>
</body></html>"""


def _one_line_error(exc: pytest.ExceptionInfo[ReadError]) -> str:
    message = str(exc.value)
    assert "\n" not in message and "Traceback" not in message
    assert forbidden_in(message) == []
    return message


# ---- plain text and encodings ------------------------------------------------------------------


def test_the_sample_reads_with_its_dateline() -> None:
    article = sample_article()
    assert article.format == "text" and article.hidden == []
    assert article.date == "2026-02-26"
    assert article.text[article.dateline_start : article.dateline_end] == "date 2026-02-26"
    assert article.text[body_start(article) :].startswith("North Korean leader Kim Jong Un")


def test_line_endings_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Headline\r\n\r\nFirst line.\rSecond line.\r\n")
    assert read_path(path).text == "Headline\n\nFirst line.\nSecond line.\n"


def test_tabs_page_breaks_and_soft_hyphens_are_laid_out_before_offsets_exist() -> None:
    article = read_text("Head\tline\x0cNext\u2028line\u2029Para\xadgraph.\n")
    assert article.text == "Head    line\n\nNext\nline\n\nParagraph.\n"
    assert article.hidden == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbfUTF-8 with BOM \xc2\xa3", "UTF-8 with BOM £"),
        ("UTF-16 LE £ “q”".encode("utf-16"), "UTF-16 LE £ “q”"),
        (b"\xfe\xff" + "UTF-16 BE £".encode("utf-16-be"), "UTF-16 BE £"),
        ("UTF-16 without a BOM, £5".encode("utf-16-le"), "UTF-16 without a BOM, £5"),
        (b"\xff\xfe\x00\x00" + "UTF-32 £".encode("utf-32-le"), "UTF-32 £"),
        ("Plain UTF-8: “quoted” £5 — Zürich".encode(), "Plain UTF-8: “quoted” £5 — Zürich"),
    ],
)
def test_unicode_encodings_decode(data: bytes, expected: str) -> None:
    assert decode(data) == expected


def test_cp1252_pound_is_not_read_as_cp1250() -> None:
    data = "The price rose to £5 million, up from £3.2m last year, officials said.".encode("cp1252")
    assert read_bytes(data, "a.txt").text.count("£") == 2


@pytest.mark.parametrize(
    "text",
    [
        "Müller said the café in Zürich would close. “It is over,” he said – finally.",
        "Naïve résumé — smart “quotes” and €20 notes.",
        "Le président a déclaré jeudi que la réforme était « nécessaire ».",
    ],
)
def test_western_legacy_text_decodes_as_cp1252(text: str) -> None:
    assert decode(text.encode("cp1252")) == text


def test_other_legacy_encodings_are_detected() -> None:
    russian = "Кремль заявил в четверг, что переговоры продолжатся на следующей неделе в Женеве. " * 3
    assert decode(russian.encode("cp1251")) == russian


def test_utf8_with_a_few_stray_cp1252_bytes_stays_utf8() -> None:
    data = "“Quoted” words — and more “quotes” here.".encode() + b" Stray \x93byte\x94."
    assert decode(data) == "“Quoted” words — and more “quotes” here. Stray “byte”."


def test_html_declared_latin1_is_read_as_cp1252() -> None:
    page = _page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    data = page.replace("“", "\x93").replace("”", "\x94").encode("latin-1")
    assert declared_charset(data) == "cp1252"
    article = read_bytes(data, "page.html")
    assert "“We will fix the roads first,” Mayor Ann Lee said." in article.text
    assert "£5 million & more" in article.text


def test_html_declared_charset_other_than_utf8_wins_over_detection() -> None:
    page = _page('<meta charset="windows-1251">', extra=" Кремль заявил.")
    data = page.replace("“", '"').replace("”", '"').replace("£", "GBP").encode("cp1251")
    assert decode_bytes(data, html=True) == (data.decode("cp1251"), "cp1251")
    assert "Кремль заявил." in read_bytes(data, "page.htm").text


def test_a_wrong_utf8_declaration_falls_back_to_detection() -> None:
    data = _page().encode("cp1252")  # says utf-8, holds cp1252
    assert "£5 million" in read_bytes(data, "page.html").text


# ---- errors a user can act on -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (b"\x1f\x8b\x08\x00" + bytes(100), "gzip"),
        (b"%PDF-1.7\n", "PDF"),
        (b"PK\x03\x04" + bytes(30), "zip"),
        (b"Some text\x00with a NUL", "NUL bytes"),
        (bytes(range(1, 7)) * 50, "control bytes"),
    ],
)
def test_binary_files_are_refused_in_one_line(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "file.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError) as exc:
        read_path(path)
    message = _one_line_error(exc)
    assert message.startswith(str(path)) and reason in message


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as exc:
        read_path(tmp_path)
    assert "is a directory" in _one_line_error(exc)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # no writer: opening it for reading would block forever
    with pytest.raises(ReadError) as exc:
        read_path(fifo)
    assert "not a regular file" in _one_line_error(exc)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_devices_are_refused_before_reading(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} is absent")
    with pytest.raises(ReadError) as exc:
        read_path(device)
    assert "not a regular file" in _one_line_error(exc)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as exc:
        read_path(tmp_path / "nope.txt")
    assert _one_line_error(exc).endswith("nope.txt: no such file")


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t  \n"])
def test_an_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError) as exc:
        read_path(path)
    assert "the article is empty" in _one_line_error(exc)


def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: permissions do not apply")
        with pytest.raises(ReadError) as exc:
            read_path(path)
        assert "permission denied" in _one_line_error(exc)
    finally:
        path.chmod(0o600)


def test_a_hostile_file_name_is_cleaned_in_messages(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as exc:
        read_path(tmp_path / HOSTILE_FILENAME)
    assert "no such file" in _one_line_error(exc)


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ReadError) as exc:
        read_bytes(b"text", "a.txt", format="pdf")
    assert "unknown format" in _one_line_error(exc)


# ---- hostile text -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_arrives_sanitised_with_hidden_characters_listed(name: str) -> None:
    article = read_text(HOSTILE[name], source=HOSTILE_FILENAME)
    assert forbidden_in(article.text) == []
    assert forbidden_in(article.title or "") == []
    for entry in article.hidden:
        assert article.text[entry.offset] in "\ufffd" or 0x2400 <= ord(article.text[entry.offset]) <= 0x2421
    json.dumps(article.to_dict())


def test_hostile_files_open_except_the_one_with_nul_bytes(tmp_path: Path) -> None:
    for name, path in write_hostile_files(tmp_path).items():
        if name == "nul":
            with pytest.raises(ReadError):
                read_path(path)
            continue
        article = read_path(path)
        assert forbidden_in(article.text) == [], name
        # surrogates cannot be stored in a file; line separators are read as newlines
        if name not in ("filename_escape", "surrogate", "line_separators") and not name.startswith("markup_"):
            assert article.hidden, name


def test_the_everything_article_keeps_its_dateline_and_lists_each_payload() -> None:
    article = read_text(HOSTILE["article_everything"])
    assert article.date == "2026-03-04"
    kinds = {entry.kind for entry in article.hidden}
    assert {"control", "c1", "bidi", "invisible", "private", "noncharacter"} <= kinds
    assert "[@click=app.quit]" in article.text  # markup stays text, for the widgets to show as text


# ---- Markdown -----------------------------------------------------------------------------------

MARKDOWN = """---
title: "Budget passes: the full story"
date: 2026-03-04
author: Jane Doe
---
# Council *approves* budget

The **city council** voted on Tuesday, according to [a statement](https://example.org/s "t").
It costs `£5m` ![chart](chart.png) in total.

## Reactions

- "We will fix the roads first," Mayor Ann Lee said.
- Residents [objected](https://example.org).

> Opposition members said it was too small.

```python
print("code stays, fences go")
```

| City | Cost |
|------|------|
| Springfield | 5 |

<div class="note">An <b>HTML</b> block &amp; entity.</div>
"""


def test_markdown_keeps_text_and_drops_markup(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    article = read_path(path)
    assert article.format == "markdown"
    assert article.title == "Budget passes: the full story"
    assert article.date == "2026-03-04" and article.author == "Jane Doe"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[:3] == [
        "Council approves budget",
        "The city council voted on Tuesday, according to a statement. It costs £5m  in total.",
        "Reactions",
    ]
    assert '"We will fix the roads first," Mayor Ann Lee said.' in paragraphs
    assert "Opposition members said it was too small." in paragraphs
    assert 'print("code stays, fences go")' in paragraphs
    assert "City | Cost\nSpringfield | 5" in paragraphs
    assert "An HTML block & entity." in paragraphs
    for symbol in ("#", "**", "](", "```", "![", "---", "<b>"):
        assert symbol not in article.text


def test_markdown_title_is_the_first_heading_without_front_matter() -> None:
    article = read_bytes(b"Intro line.\n\n## First *real* heading\n\nBody text here.\n", "a.markdown")
    assert article.title == "First real heading"


def test_markdown_hostile_text_is_sanitised() -> None:
    article = read_bytes(("# Title \x1b]0;x\x07\n\n" + HOSTILE["osc52_clipboard_st"]).encode(), "h.md")
    assert forbidden_in(article.text) == [] and forbidden_in(article.title or "") == []
    assert article.hidden


# ---- HTML ---------------------------------------------------------------------------------------


def test_html_gives_the_article_body_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(), encoding="utf-8")
    article = read_path(path)
    assert article.format == "html"
    assert article.title == "Council approves budget"
    assert (article.author, article.site, article.date) == ("Jane Doe", "Springfield Herald", "2026-03-04")
    assert BODY in article.text.split("\n\n")
    assert "“We will fix the roads first,” Mayor Ann Lee said. The plan costs £5 million & more." in article.text
    for boilerplate in ("COMMENTSPAM", "FOOTERTEXT", "Sport"):
        assert boilerplate not in article.text


def test_html_without_a_date_gets_none_rather_than_a_copyright_year() -> None:
    page = _page().replace('<meta property="article:published_time" content="2026-03-04T09:00:00+00:00">', "")
    assert read_bytes(page.encode(), "page.html").date is None


def test_html_is_sniffed_without_an_extension() -> None:
    assert read_bytes(_page().encode(), "-").format == "html"
    assert read_bytes(_page().encode(), "saved-page").format == "html"
    assert read_bytes(b"A <b>plain</b> text mentioning <html>.", "notes").format == "text"


def test_hidden_characters_in_html_entities_are_listed_not_lost() -> None:
    extra = " He said &#27;]52;c;SGk=&#7; then &#x202e;x&#x202c; and &zwj;y \x1b[2J."
    article = read_bytes(_page(extra=extra).encode(), "page.html")
    assert forbidden_in(article.text) == []
    assert "␛]52;c;SGk=␇" in article.text and "␛[2J" in article.text
    chars = [entry.char for entry in article.hidden]
    assert chars == ["U+001B", "U+0007", "U+202E", "U+202C", "U+200D", "U+001B"]
    assert "&#150;" not in read_bytes(_page(extra=" a &#150; b").encode(), "p.html").text


def test_html_falls_back_to_readability_when_trafilatura_finds_little(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_reader, "_trafilatura", lambda markup: html_reader.HtmlArticle(text="Menu"))
    page = html_reader.extract_html(_page())
    assert page is not None and page.extractor == "readability"
    assert BODY in page.text


def test_html_falls_back_to_plain_tags_when_both_extractors_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_reader, "_trafilatura", lambda markup: None)
    monkeypatch.setattr(html_reader, "_readability", lambda markup: None)
    article = read_bytes(_page().encode(), "page.html")
    assert BODY in article.text.split("\n\n")
    assert article.title == "Council approves budget"  # the site name appended to <title> is dropped


def test_an_html_page_without_text_is_refused() -> None:
    with pytest.raises(ReadError) as exc:
        read_bytes(b"<html><head><script>var x = 1;</script></head><body><img src=a.png></body></html>", "p.html")
    assert "no article text" in _one_line_error(exc)


# ---- stdin --------------------------------------------------------------------------------------


def test_stdin_reads_a_stream() -> None:
    article = read_stdin(io.BytesIO("Headline\r\n\r\n“Quoted” text.\n".encode()))
    assert article.source == "-" and article.text == "Headline\n\n“Quoted” text.\n"


def test_stdin_can_be_told_the_format() -> None:
    assert read_stdin(io.BytesIO(b"# Title\n\nBody *text*."), format="markdown").text == "Title\n\nBody text."


@pytest.mark.parametrize(("data", "message"), [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG")])
def test_stdin_refuses_empty_and_binary_input(data: bytes, message: str) -> None:
    with pytest.raises(ReadError) as exc:
        read_stdin(io.BytesIO(data))
    assert message in _one_line_error(exc)


def test_stdin_from_a_real_pipe() -> None:
    import subprocess

    code = "from quotemark.analysis.reader import read_stdin; a = read_stdin(); print(a.title, len(a.hidden))"
    out = subprocess.run(
        [sys.executable, "-c", code], input=HOSTILE["osc0_title_bel"].encode(), capture_output=True, check=True
    )
    assert out.stdout.decode().strip() == 'Mayor Ann Lee said on Tuesday, "We will fix the bridge by June." 2'


def test_stdin_that_is_a_terminal_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    main_fd, tty_fd = os.openpty()
    with os.fdopen(tty_fd, "r") as tty:
        monkeypatch.setattr(sys, "stdin", tty)
        with pytest.raises(ReadError) as exc:
            read_stdin()
    os.close(main_fd)
    assert "standard input is a terminal" in _one_line_error(exc)


def test_unreadable_stdin_is_a_read_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(io.RawIOBase):
        def read(self, size: int = -1) -> bytes:
            raise OSError(5, "Input/output error")

    with pytest.raises(ReadError) as exc:
        read_stdin(Broken())  # type: ignore[arg-type]
    assert "cannot read standard input" in _one_line_error(exc)


def test_the_tag_walker_keeps_tails_and_skips_scripts() -> None:
    import lxml.html

    root = lxml.html.fromstring("<div>a<p>b<script>x<b>y</b></script>c</p>d<!-- c -->e<br>f<nav>menu</nav>g</div>")
    assert html_reader._paragraphs(html_reader._block_lines(root)) == "a\n\nbc\n\nde\n\nf\n\ng"


def test_a_utf16_page_is_sniffed_after_decoding() -> None:
    assert read_bytes(_page().encode("utf-16"), "-").format == "html"


def test_charset_labels_map_as_browsers_do() -> None:
    from quotemark.analysis.decoding import normalize_encoding

    assert [normalize_encoding(x) for x in ("ISO-8859-1", "US-ASCII", "gb2312", "utf-16", "bogus")] == [
        "cp1252",
        "cp1252",
        "gbk",
        "utf-8",
        None,
    ]


@pytest.mark.parametrize(
    "head",
    ["2026-03-12", "date 2026-03-12", "March 12, 2026", "Thursday 12 March 2026", "Published 12 Mar 2026 09:30 GMT"],
)
def test_a_dateline_under_a_headline(head: str) -> None:
    text = f"Treasury unveils budget\n\n{head}\n\nThe minister spoke on Thursday.\n"
    article = read_text(text)
    assert article.date == "2026-03-12"
    assert article.title == "Treasury unveils budget"
    assert article.text[article.dateline_start : article.dateline_end] == head


def test_the_headline_is_analysed_but_not_the_dateline() -> None:
    from quotemark.analysis.pipeline import content_spans

    article = read_text("Port strike ends\n\n2026-04-02\n\nDock workers returned on Thursday.\n")
    spans = [article.text[s:e] for s, e in content_spans(article)]
    assert spans == ["Port strike ends", "Dock workers returned on Thursday."]
    inline = read_text(" date 2026-02-26 North Korean leader Kim Jong Un spoke.\n\nMore.\n")
    assert [inline.text[s:e] for s, e in content_spans(inline)] == ["North Korean leader Kim Jong Un spoke.", "More."]


def test_an_impossible_date_is_no_dateline() -> None:
    assert read_text("2026-02-30 Something happened.\n").date is None


def test_hidden_characters_are_typed_records_that_serialise_as_before() -> None:
    from quotemark.analysis.model import Article, HiddenChar

    article = read_text("a\x1bb\u202ec")
    assert article.sanitized and article.hidden == [
        HiddenChar(1, "U+001B", "ESCAPE", "control"),
        HiddenChar(3, "U+202E", "RIGHT-TO-LEFT OVERRIDE", "bidi"),
    ]
    data = article.to_dict()
    assert data["hidden"][0] == {"offset": 1, "char": "U+001B", "name": "ESCAPE", "kind": "control"}
    assert "sanitized" not in data
    again = Article.from_dict(json.loads(json.dumps(data)))
    assert again == article and again.hidden == article.hidden
    assert not again.sanitized  # text read back from elsewhere is checked again by the view
    assert not Article.from_dict({**data, "sanitized": True}).sanitized
