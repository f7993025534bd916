"""Turn Markdown into the plain text a reader sees: markup symbols gone, blocks as paragraphs.

Headings, paragraphs, list items, block quotes, code blocks and tables each become one paragraph
(separated by a blank line, as the pipeline splits them); emphasis marks, link targets, images,
inline HTML and code fences disappear; link text and code stay. A YAML-style front matter block
("---" lines) gives title, date, author and site.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_TAG = re.compile(r"<[^>]*>")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class MarkdownArticle:
    """What a Markdown document yields: plain text (paragraphs split by blank lines) and metadata."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO date from the front matter
    site: str | None = None


def front_matter(source: str) -> tuple[dict[str, str], str]:
    """Return (the front matter's simple "key: value" pairs, the document without it)."""
    m = _FRONT_MATTER.match(source)
    if not m:
        return {}, source
    pairs = {k.lower(): v.strip().strip("\"'") for k, v in _FRONT_KEY.findall(m.group(1))}
    return pairs, source[m.end() :]


def markdown_to_text(source: str) -> MarkdownArticle:
    """Return the plain text and metadata of a Markdown document."""
    from markdown_it import MarkdownIt

    meta, body = front_matter(source)
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = md.parse(body)
    if tokens and max(t.level for t in tokens) >= md.options["maxNesting"] - 1:
        # The parser stops at its nesting limit and drops the rest: keep every word as plain text instead.
        return MarkdownArticle(text=_plain(body), title=meta.get("title"))
    blocks: list[str] = []
    title: str | None = None
    row: list[str] = []
    table: list[str] = []
    in_table = False
    for i, tok in enumerate(tokens):
        kind = tok.type
        if kind == "inline":
            text = _inline_text(tok.children or [])
            if in_table:
                row.append(text)
            elif text.strip():
                blocks.append(text.strip())
                if title is None and i > 0 and tokens[i - 1].type == "heading_open":
                    title = text.strip()
        elif kind in ("fence", "code_block"):
            code = tok.content.rstrip("\n")
            if code.strip():
                blocks.append(code)
        elif kind == "html_block":
            text = " ".join(html.unescape(_TAG.sub(" ", tok.content)).split())
            if text:
                blocks.append(text)
        elif kind == "table_open":
            in_table, table = True, []
        elif kind == "tr_close":
            if any(cell.strip() for cell in row):
                table.append(" | ".join(cell.strip() for cell in row))
            row = []
        elif kind == "table_close":
            in_table = False
            if table:
                blocks.append("\n".join(table))
    date_match = _ISO_DATE.match(meta.get("date", ""))
    return MarkdownArticle(
        text="\n\n".join(blocks),
        title=meta.get("title") or title,
        author=meta.get("author") or meta.get("authors") or None,
        date=date_match.group() if date_match else None,
        site=meta.get("site") or meta.get("publisher") or meta.get("source") or None,
    )


_MARKERS = re.compile(r"^[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]+)*", re.MULTILINE)


def _plain(body: str) -> str:
    """Return Markdown too deeply nested to parse as paragraphs of its lines, list and quote markers removed."""
    paragraphs = (
        "\n".join(line.strip() for line in block.splitlines())
        for block in re.split(r"\n[ \t]*\n", _MARKERS.sub("", body))
    )
    return "\n\n".join(p for p in paragraphs if p)


def _inline_text(children: list[Any]) -> str:
    """Return what an inline token shows: text and code kept, marks, URLs, images, HTML dropped."""
    out: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            out.append(child.content)
        elif kind == "softbreak":
            out.append(" ")
        elif kind == "hardbreak":
            out.append("\n")
    return "".join(out)
