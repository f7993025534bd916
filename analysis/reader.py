"""Turn a path, stdin or the bundled sample into an Article: decoded, sanitised text plus metadata.

Formats: plain text, Markdown (.md, .markdown) and saved web pages (.html, .htm, or any input
that opens as an HTML document). Every Article's text has been through `sanitize`: control, bidi
and invisible characters are replaced one for one by a visible placeholder and listed in
`Article.hidden` (`HiddenChar` records).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from quotemark.analysis.decoding import binary_reason, decode_bytes
from quotemark.analysis.model import Article
from quotemark.analysis.sanitize import clean_line, sanitize

SAMPLE_NAME = "kcna-nuclear-2026-02-26.txt"
MAX_BYTES = 200 * 1024 * 1024
FORMATS = ("text", "markdown", "html")
_SNIFF_BYTES = 64 * 1024
_TAB_SIZE = 4
# Sniffed here, not in html_reader, so that opening a plain-text file never imports the HTML parser.
_HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_EXTENSIONS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".mkdn": "markdown",
}

# "date 2026-02-26 North Korean leader ..." or a line of its own holding just the date.
_DATELINE = re.compile(
    r"\A\s*(?:(?:date|dated|dateline)\s*:?\s*)?(?P<date>\d{4}-\d{2}-\d{2})(?:[ \t]+|\s*\n)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”']?\s")
# Line breaks and page breaks that are not "\n": made plain newlines before sanitising, since
# str.splitlines() would split on them and put widgets' line offsets out of step.
_BREAKS = (("\u2028", "\n"), ("\u2029", "\n\n"), ("\x0c", "\n\n"), ("\x0b", "\n"), ("\xad", ""), ("\t", None))


class ReadError(Exception):
    """An article that cannot be read; the message is one line a user can act on."""


def read_path(path: str | os.PathLike[str], *, format: str | None = None) -> Article:
    """Return the article stored at `path`, or raise ReadError saying why it cannot be read.

    FIFOs, devices, sockets and directories are refused before anything is read.
    """
    data = read_path_bytes(path)
    return read_bytes(data, source=clean_line(str(Path(path))), format=format)  # a file name can carry escape sequences


def read_path_bytes(path: str | os.PathLike[str]) -> bytes:
    """Return the bytes of the article file at `path` (checked as read_path checks it), or raise ReadError."""
    p = Path(path)
    name = clean_line(str(p))
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ReadError(f"{name}: no such file") from None
    except PermissionError:
        raise ReadError(f"{name}: permission denied") from None
    except OSError as exc:
        raise ReadError(f"{name}: cannot read ({clean_line(exc.strerror or str(exc))})") from None
    _check_kind(st, name)
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since stat(), opening must not hang.
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    except PermissionError:
        raise ReadError(f"{name}: permission denied") from None
    except OSError as exc:
        raise ReadError(f"{name}: cannot read ({clean_line(exc.strerror or str(exc))})") from None
    try:
        _check_kind(os.fstat(fd), name)
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = _read_limited(f.read, name)
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise ReadError(f"{name}: is a directory, not an article file") from None
        raise ReadError(f"{name}: cannot read ({clean_line(exc.strerror or str(exc))})") from None
    finally:
        os.close(fd)
    return data


def _check_kind(st: os.stat_result, name: str) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise ReadError(f"{name}: is a directory, not an article file")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(f"{name}: not a regular file (a pipe, socket or device); pass a file, or '-' to read stdin")
    if st.st_size > MAX_BYTES:
        raise ReadError(
            f"{name}: {st.st_size // (1024 * 1024)} MiB is larger than the {MAX_BYTES // (1024 * 1024)} MiB limit"
        )


def _read_limited(read: Callable[[int], bytes | None], name: str) -> bytes:
    """Return everything `read` yields, refusing binary data after its first chunk."""
    first = read(_SNIFF_BYTES) or b""
    reason = binary_reason(first)
    if reason is not None:
        raise ReadError(f"{name}: not a text article ({reason})")
    chunks = [first]
    size = len(first)
    while first:
        chunk = read(1024 * 1024)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_BYTES:
            raise ReadError(f"{name}: input is larger than the {MAX_BYTES // (1024 * 1024)} MiB limit")
    return b"".join(chunks)


def read_stdin(stream: BinaryIO | None = None, *, format: str | None = None) -> Article:
    """Return the article piped on standard input (or read from `stream`)."""
    try:
        if stream is None:
            stdin = sys.stdin
            if stdin is None or stdin.closed:
                raise ReadError("-: no standard input to read")
            if stdin.isatty():
                raise ReadError(
                    "-: standard input is a terminal; pipe an article in, e.g. `cat article.txt | quotemark -`"
                )
            stream = getattr(stdin, "buffer", None)
            if stream is None:
                return read_text(stdin.read(), source="-", format=format or "text")
        data = _read_limited(stream.read, "-")
    except ReadError:
        raise
    except (OSError, ValueError) as exc:
        raise ReadError(f"-: cannot read standard input ({clean_line(str(exc))})") from None
    return read_bytes(data, source="-", format=format)


def sample_article() -> Article:
    """Return the sample article bundled with the package."""
    from importlib import resources  # only the sample needs the package's data files

    data = resources.files("quotemark").joinpath("samples", SAMPLE_NAME).read_bytes()
    return read_bytes(data, source=SAMPLE_NAME)


def guess_format(source: str | None, head: str = "") -> str:
    """Return "html", "markdown" or "text" from the file extension, else from how `head` opens."""
    ext = os.path.splitext(source or "")[1].lower()
    by_ext = _EXTENSIONS.get(ext)
    if by_ext is not None:
        return by_ext
    return "html" if looks_like_html(head.lstrip("\ufeff")) else "text"


def looks_like_html(text: str) -> bool:
    """Return True when the text opens as an HTML document (doctype, <html>, <head> or <body>)."""
    return _HTML_START.match(text[:4096]) is not None


def read_bytes(data: bytes, source: str | None = None, *, format: str | None = None) -> Article:
    """Return the article decoded from raw bytes (format from the extension or sniffed if None)."""
    name = clean_line(source or "input")
    if format is not None and format not in FORMATS:
        raise ReadError(f"{name}: unknown format {clean_line(format)!r} (use one of {', '.join(FORMATS)})")
    reason = binary_reason(data)
    if reason is not None:
        raise ReadError(f"{name}: not a text article ({reason})")
    sniffed = format or guess_format(source, data[:4096].decode("latin-1"))
    text = decode(data, name, html=sniffed == "html")
    if format is None and sniffed == "text":
        sniffed = guess_format(source, text[:4096])  # a UTF-16 page only shows it is HTML once decoded
    return read_text(text, source=source, format=sniffed)


def decode(data: bytes, name: str = "input", *, html: bool = False) -> str:
    """Return the text of `data`: BOM, then (for HTML) the declared charset, strict UTF-8, then
    charset detection preferring cp1252 on a tie; latin-1 is read as cp1252 as browsers do."""
    return decode_bytes(data, html=html)[0]


def normalize_text(text: str) -> str:
    """Return text with CRLF/CR, U+2028/9, form and line feeds as "\\n", tabs expanded, soft
    hyphens dropped: the layout changes made before any offset exists."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for old, new in _BREAKS:  # `in` first: str.translate is ten times slower on a large text
        if old in text:
            text = text.expandtabs(_TAB_SIZE) if new is None else text.replace(old, new)
    return text


def read_text(text: str, source: str | None = None, *, format: str = "text") -> Article:
    """Return the sanitised article for decoded text, with its dateline, title and metadata.

    `format` is "text", "markdown" or "html" (HTML goes through article extraction).
    """
    name = clean_line(source or "input")
    meta: dict[str, str | None] = {}
    if format == "html":
        from quotemark.analysis.html_reader import extract_html

        page = extract_html(text)
        if page is None:
            raise ReadError(f"{name}: no article text found in the web page")
        text = page.text
        meta = {"title": page.title, "author": page.author, "date": page.date, "site": page.site}
    elif format == "markdown":
        from quotemark.analysis.markdown_reader import markdown_to_text

        doc = markdown_to_text(normalize_text(text))
        text = doc.text
        meta = {"title": doc.title, "author": doc.author, "date": doc.date, "site": doc.site}
    elif format != "text":
        raise ReadError(f"{name}: unknown format {clean_line(format)!r} (use one of {', '.join(FORMATS)})")
    text = normalize_text(text)
    if not text.strip():
        raise ReadError(f"{name}: the article is empty")
    text, hidden = sanitize(text)
    date, dl_start, dl_end = find_dateline(text)
    # A headline above the dateline is the title; otherwise look after the dateline.
    headline = guess_title(text[:dl_start]) if dl_start else None
    title = _clean_meta(meta.get("title")) or headline or guess_title(text, dl_end or 0)
    return Article(
        text=text,
        title=title,
        date=date or meta.get("date"),
        source=source,
        author=_clean_meta(meta.get("author")),
        site=_clean_meta(meta.get("site")),
        dateline_start=dl_start,
        dateline_end=dl_end,
        format=format,
        hidden=hidden,
        sanitized=True,
    )


def _clean_meta(value: str | None) -> str | None:
    if not value:
        return None
    return _shorten(clean_line(" ".join(value.split())), 200) or None


_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
# A line that holds only a date: "2026-03-12", "date: 2026-03-12", "March 12, 2026",
# "Thursday 12 March 2026", "Published 12 Mar 2026 09:30 GMT".
_DATE_LINE = re.compile(
    r"(?:(?:date|dated|dateline|published|updated|posted)\s*:?\s*)?(?:on\s+)?"
    + _WEEKDAY
    + r"(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    + r"|"
    + _MONTH
    + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    + r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH.replace("?P<mon>", "?P<mon2>")
    + r",?\s+(?P<y2>\d{4}))"
    + r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*",
    re.IGNORECASE,
)
HEAD_LINES = 4  # a dateline on a line of its own is looked for among the first lines (after a headline)


def find_dateline(text: str) -> tuple[str | None, int | None, int | None]:
    """Return (ISO date, start, end) of the dateline, or Nones.

    A dateline is `date 2026-02-26` before the first sentence, or a line of its own holding only
    a date among the article's first lines (after a headline, say).
    """
    m = _DATELINE.match(text)
    if m and _valid(m.group("date")):
        start = len(text) - len(text.lstrip())
        return m.group("date"), start, m.end("date")
    pos = 0
    seen = 0
    while pos < len(text) and seen < HEAD_LINES and pos < 600:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            seen += 1
            lead = len(line) - len(line.lstrip())
            m = _DATE_LINE.fullmatch(line.strip())
            iso = _iso(m) if m else None
            if iso is not None:
                return iso, pos + lead, pos + lead + len(line.strip())
        pos = end + 1
    return None, None, None


def _valid(iso: str) -> bool:
    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def _iso(m: re.Match[str]) -> str | None:
    """Return the ISO date a _DATE_LINE match names, or None when it is no calendar date."""
    if m.group("iso"):
        year, month, day = (int(x) for x in m.group("iso").split("-"))
    else:
        name = (m.group("mon") or m.group("mon2")).lower().rstrip(".")
        month = next(i for i, full in enumerate(_MONTHS, 1) if full.startswith(name[:3]))
        day, year = int(m.group("d1") or m.group("d2")), int(m.group("y1") or m.group("y2"))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def body_start(article: Article) -> int:
    """Return the offset where the article's prose begins, after any dateline."""
    if article.dateline_end is None:
        return 0
    i = article.dateline_end
    while i < len(article.text) and article.text[i].isspace():
        i += 1
    return i


def guess_title(text: str, start: int = 0) -> str | None:
    """Return a headline if the article opens with one, else its first sentence, shortened."""
    rest = text[start:].lstrip()
    if not rest:
        return None
    first_line = rest.split("\n", 1)[0].strip()
    if "\n" in rest and 0 < len(first_line) <= 120 and not first_line.endswith((".", ",", ";")):
        return first_line
    m = _SENTENCE_END.search(first_line)
    sentence = first_line[: m.start() + 1] if m else first_line
    return _shorten(sentence, 90)


def _shorten(s: str, width: int) -> str:
    return s if len(s) <= width else s[: width - 1].rstrip() + "…"
