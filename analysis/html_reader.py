"""Pull the article out of a saved web page: body text plus title, author, date and site.

trafilatura does the extraction (comments excluded); readability-lxml takes over when trafilatura
finds nothing or much less text. Both drop control and invisible characters silently (and a
single "&#27;" makes trafilatura give up), so they are swapped for tokens before extraction and
restored after it: the reader can then replace and list them like any other hidden character.
"""

from __future__ import annotations

import html.entities
import logging
import re
from dataclasses import dataclass
from typing import Any

from quotemark.analysis.page_furniture import clean_text, clean_tree
from quotemark.analysis.page_meta import PageMeta, declared_meta, strip_site_name
from quotemark.analysis.sanitize import is_hidden, replace_hidden

# Below this share of readability's text, trafilatura is taken to have missed the article.
FALLBACK_RATIO = 0.4
# Below this share of the page's paragraph text, readability is asked too.
RECHECK_RATIO = 0.5
# Readability's text, this much longer and holding trafilatura's, is the whole of a split article.
CONTINUED_RATIO = 1.6

_TOKEN = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: both extractors keep it as text
_TOKEN_RE = re.compile(f"{_TOKEN}([0-9a-f]{{1,6}}){_TOKEN}")
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,9}));?")
_WHITESPACE_CONTROLS = "\r\x0c"  # HTML whitespace: never a hidden character in a page
_NAMED_HIDDEN = {
    name.rstrip(";"): value
    for name, value in html.entities.html5.items()
    if len(value) == 1 and value != "\xad" and is_hidden(value) and value not in _WHITESPACE_CONTROLS
}
_NAMED_REF = re.compile(r"&(" + "|".join(sorted(map(re.escape, _NAMED_HIDDEN), key=len, reverse=True)) + r");")
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote pre section article header footer aside figure "
    "figcaption table tr td th caption dd dt dl br hr main address nav form iframe".split()
)
_SKIP_TAGS = frozenset("script style noscript template head nav form button select svg iframe".split())
_ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}")
# trafilatura sometimes reads a byline's date ("Published March 4") as the author
_NOT_AN_AUTHOR = re.compile(r"\b(?:published|updated|posted)\b|\d", re.IGNORECASE)

for _name in ("trafilatura", "readability", "htmldate", "courlan", "justext"):
    # Their warnings would otherwise reach stderr, which draws over the TUI.
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass
class HtmlArticle:
    """What a web page yields: the article text (paragraphs split by blank lines) and metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO date
    site: str | None = None
    extractor: str = "trafilatura"  # trafilatura, readability or tags


def protect_hidden(markup: str) -> str:
    """Return the markup with hidden characters, raw or as character references, turned to tokens."""

    def numeric(m: re.Match[str]) -> str:
        cp = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        if cp == 0 or cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
            return m.group()  # the parser turns these into U+FFFD, as browsers do
        if 0x80 <= cp <= 0x9F and bytes([cp]).decode("cp1252", "ignore"):
            return m.group()  # "&#150;" means the cp1252 dash to every browser
        ch = chr(cp)
        if ch in _WHITESPACE_CONTROLS or ch == "\xad" or not is_hidden(ch):
            return m.group()
        return f"{_TOKEN}{cp:x}{_TOKEN}"

    out = _CHAR_REF.sub(numeric, markup.replace(_TOKEN, f"{_TOKEN}fffc{_TOKEN}"))
    out = _NAMED_REF.sub(lambda m: f"{_TOKEN}{ord(_NAMED_HIDDEN[m.group(1)]):x}{_TOKEN}", out)
    return replace_hidden(out, _raw_token)


def _raw_token(ch: str) -> str:
    if ch in _WHITESPACE_CONTROLS or ch == "\xad":
        return ch
    return f"{_TOKEN}{ord(ch):x}{_TOKEN}"


def restore_hidden(text: str) -> str:
    """Return the text with the tokens of `protect_hidden` turned back into their characters."""
    if _TOKEN not in text:
        return text
    return _TOKEN_RE.sub(lambda m: chr(int(m.group(1), 16)), text)


def extract_html(markup: str) -> HtmlArticle | None:
    """Return the article in an HTML page, or None when the page holds no text at all."""
    protected = protect_hidden(markup)
    tree = _parse(protected)
    declared = declared_meta(tree) if tree is not None else PageMeta()
    if tree is not None:
        clean_tree(tree)
    found = _trafilatura(tree if tree is not None else protected)
    # readability is run only when trafilatura may have missed part of the article: it costs
    # as much again, and on most pages trafilatura's text is most of the page's paragraphs
    if found is None or len(found.text) < RECHECK_RATIO * _paragraph_chars(tree):
        fallback = _readability(tree if tree is not None else protected)
        if fallback is not None and (
            found is None
            or len(found.text) < FALLBACK_RATIO * len(fallback.text)
            or _continues(found.text, fallback.text)
        ):
            if found is not None:  # keep trafilatura's metadata, which reads meta tags and JSON-LD
                fallback.author = found.author
                fallback.date = found.date
                fallback.site = found.site
                fallback.title = found.title or fallback.title
            found = fallback
    if found is None:
        found = _tags_only(protected)
    if found is None:
        return None
    found.title = declared.title or found.title
    found.date = declared.date or found.date or declared.time
    found.site = declared.site or found.site
    if found.title:
        found.title = strip_site_name(found.title, found.site, declared.host)
    headlines = [restore_hidden(h) for h in (found.title, declared.title, *declared.headings) if h]
    text = restore_hidden(found.text)
    found.text = clean_text(text, headlines) or text  # a page that is all headline is still that
    for attr in ("title", "author", "site"):
        value = getattr(found, attr)
        if value is not None:
            # a token the metadata cleaners cut in half leaves a stray marker behind
            setattr(found, attr, restore_hidden(value).replace(_TOKEN, "").strip() or None)
    return found


def _continues(part: str, whole: str) -> bool:
    """Return True when `whole` holds nearly all of `part` and much more: the rest of an article
    split across containers, of which trafilatura kept only the first."""
    if len(whole) < CONTINUED_RATIO * len(part):
        return False
    inside = whole.casefold()
    paragraphs = [p for p in part.casefold().split("\n\n") if len(p) > 40]
    return bool(paragraphs) and sum(p in inside for p in paragraphs) >= 0.9 * len(paragraphs)


def _parse(markup: str) -> Any:
    """Return the page parsed once for every pass, or None when lxml cannot read it."""
    try:
        from trafilatura.utils import load_html

        return load_html(markup)
    except Exception:  # lxml on hostile input: the extractors then get the markup itself
        return None


def _paragraph_chars(tree: Any) -> int:
    """Return how many characters the page's <p> elements hold: what an article would be at most."""
    if tree is None:
        return 0
    return sum(len(" ".join("".join(p.itertext()).split())) for p in tree.iter("p"))


def _paragraphs(lines: list[str]) -> str:
    """Return the non-empty lines, whitespace collapsed, joined by blank lines."""
    kept = (" ".join(line.split()) for line in lines)
    return "\n\n".join(line for line in kept if line)


def _trafilatura(markup: Any) -> HtmlArticle | None:
    try:
        from trafilatura import bare_extraction

        doc = bare_extraction(
            markup,
            include_comments=False,
            with_metadata=True,
            include_tables=True,
            # extensive search guesses from "Copyright 2026" (giving 2026-01-01): a wrong dateline
            # is worse than none, since relative dates are resolved against it
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # third-party code on arbitrary input: any failure means "try the fallback"
        return None
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = _paragraphs((data.get("text") or "").split("\n"))
    if not text:
        return None
    date = data.get("date")
    author = data.get("author")
    return HtmlArticle(
        text=text,
        title=data.get("title") or None,
        author=author if author and not _NOT_AN_AUTHOR.search(author) else None,
        date=date if isinstance(date, str) and _ISO_DATE.match(date) else None,
        site=data.get("sitename") or data.get("hostname") or None,
    )


def _readability(markup: Any) -> HtmlArticle | None:
    try:
        import lxml.html
        from readability import Document

        doc = Document(markup)
        summary = doc.summary(html_partial=True)
        title = None  # the page's declared title or trafilatura's is used; short_title() parses again
        root = lxml.html.fromstring(summary)
    except Exception:  # readability raises Unparseable and lxml errors on hostile pages
        return None
    text = _paragraphs(_block_lines(root))
    if not text:
        return None
    return HtmlArticle(text=text, title=title, extractor="readability")


def _tags_only(markup: str) -> HtmlArticle | None:
    """Return the page's visible text block by block: the last resort when both extractors fail."""
    try:
        import lxml.html

        root = lxml.html.document_fromstring(markup)
    except Exception:
        return None
    text = _paragraphs(_block_lines(root))
    if not text:
        return None
    titles = root.xpath("//title/text()")
    return HtmlArticle(text=text, title=titles[0] if titles else None, extractor="tags")


def _block_lines(root: Any) -> list[str]:
    """Return the text of an lxml tree split at block elements, skipping scripts and navigation."""
    from lxml import etree

    lines: list[str] = []
    current: list[str] = []
    skipping: Any = None  # the skipped element we are inside, if any

    def flush() -> None:
        if current:
            lines.append("".join(current))
            current.clear()

    # iterwalk rather than recursion: a hostile page can nest elements thousands deep
    for event, el in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event in ("comment", "pi"):  # reported once, no end event: only the tail is text
            if skipping is None and el.tail:
                current.append(el.tail)
            continue
        if event == "start":
            if skipping is not None:
                continue
            if tag in _SKIP_TAGS:
                skipping = el
                if tag in _BLOCK_TAGS:
                    flush()
                continue
            if tag in _BLOCK_TAGS:
                flush()
            if el.text:
                current.append(el.text)
        else:
            if skipping is not None and el is not skipping:
                continue
            if skipping is None and tag in _BLOCK_TAGS:
                flush()
            skipping = None
            if el.tail and el is not root:
                current.append(el.tail)
    flush()
    return lines
