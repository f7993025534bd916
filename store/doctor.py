"""Check a database without changing it, and salvage what a damaged file still holds into a new file."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from quotemark.store import safe_json, schema
from quotemark.store.errors import StoreError
from quotemark.store.paths import Layout
from quotemark.store.records import ARTICLE_FIELDS, article_fields, check_record
from quotemark.store.regular_file import read_regular
from quotemark.store.storage import (
    TEMP_MARK,
    Damaged,
    atomic_write,
    check_tables,
    dumps,
    parse_tables,
)
from quotemark.store.versions import duplicates

_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]]', re.DOTALL)


@dataclass
class Report:
    """What `check` found: `ok` is False when any problem needs the reader's attention."""

    path: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    articles: int = 0
    annotations: int = 0
    schema_version: int | None = None

    @property
    def ok(self) -> bool:
        """Return True when nothing is wrong."""
        return not self.problems

    def lines(self) -> list[str]:
        """Return the report as lines to print, problems first."""
        head = f"{self.path}: {'OK' if self.ok else 'PROBLEMS FOUND'}"
        head += f" ({_count(self.articles, 'article')}, {_count(self.annotations, 'annotation')}"
        head += f", schema {self.schema_version})" if self.schema_version is not None else ")"
        return [head] + [f"  problem: {p}" for p in self.problems] + [f"  note: {n}" for n in self.notes]


def _count(n: int, word: str) -> str:
    """Return "1 article", "3 articles"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def check(path: Path | str) -> Report:
    """Return a report on the database at `path` (its index and every article file); nothing is written."""
    path = Path(path)
    layout = Layout(path)
    report = Report(path)
    if not path.exists():
        report.problems.append(f"{path} does not exist")
        return report
    if path.is_dir():
        report.problems.append(f"{path} is a folder, not a database file")
        return report
    try:
        index = parse_tables(path)
    except (Damaged, StoreError) as exc:
        report.problems.append(
            f"{path.name}: {exc}; `quotemark doctor --salvage` copies its complete records to a new file"
        )
        return report
    assert index is not None
    report.schema_version = schema.version_of(index)
    kind = schema.meta_of(index).get("kind")
    if report.schema_version > schema.SCHEMA_VERSION:
        report.notes.append(
            f"written by a newer quotemark (schema {report.schema_version}); this one opens it read-only"
        )
    elif report.schema_version < schema.SCHEMA_VERSION:
        report.notes.append(f"schema {report.schema_version}: it will be upgraded (with a backup) when next opened")
    if kind not in (None, schema.INDEX_KIND):
        report.problems.append(f"{path.name} is a {kind} file, not a database index")
    rows = {r["id"]: r for r in index.get("articles", {}).values() if isinstance(r.get("id"), str)}
    files = sorted(layout.articles_dir.glob("*.json")) if layout.articles_dir.is_dir() else []
    on_disk = {f.stem for f in files if not f.name.startswith(".")}
    for f in files:
        if f.name.startswith("."):
            continue
        _check_article(f, report)
    for missing in sorted(set(rows) - on_disk - {None}):
        report.notes.append(f"article {missing[:12]} is listed but its file is gone (moved aside or deleted)")
    for unlisted in sorted(on_disk - set(rows)):
        report.notes.append(f"article {unlisted[:12]} is not in the index yet; it is listed from its file")
    for folder in layout.folders():
        if not folder.is_dir():
            continue
        for leftover in sorted(folder.iterdir()):
            if TEMP_MARK in leftover.name:
                report.notes.append(
                    f"{leftover.name}: leftover of an interrupted save; removed when quotemark next opens"
                )
            elif ".corrupt-" in leftover.name:
                report.notes.append(
                    f"{leftover.name}: a damaged file kept aside; `quotemark doctor --salvage` restores its notes"
                )
    return report


def _check_article(path: Path, report: Report) -> None:
    """Add to `report` what is wrong with one article file."""
    try:
        tables = parse_tables(path)
    except (Damaged, StoreError) as exc:
        report.problems.append(f"articles/{path.name}: {exc}; `quotemark doctor --salvage` restores its complete notes")
        return
    assert tables is not None
    report.articles += 1
    version = schema.version_of(tables)
    if version > schema.SCHEMA_VERSION:
        report.notes.append(f"articles/{path.name}: written by a newer quotemark (schema {version})")
    docs = list(tables.get("article", {}).values())
    text = _article_text(path, docs[0], report) if docs else None
    extra = duplicates(tables.get("annotations", {}).values())
    if extra:
        report.problems.append(
            f"articles/{path.name}: {_count(len(extra), 'annotation')} duplicated by carrying over between versions;"
            " `quotemark doctor --repair` removes them (keeping a backup)"
        )
    if docs and text is not None:
        kept = article_fields(docs[0], text)
        ignored = [k for k, v in docs[0].items() if k in ARTICLE_FIELDS and v is not None and v != [] and k not in kept]
        if ignored:
            report.problems.append(
                f"articles/{path.name}: the article's {', '.join(ignored)} have the wrong type and are ignored"
            )
    for doc_id, ann in tables.get("annotations", {}).items():
        report.annotations += 1
        where = f"articles/{path.name} annotation {ann.get('id') or doc_id}"
        why = check_record(ann, None if text is None else len(text))
        if why is not None:
            report.problems.append(f"{where}: {why}; it is not loaded (set aside in the file)")
            continue
        target = ann.get("target")
        if ann.get("orphan") or target is None or target.get("start") is None or text is None:
            continue
        start, end = target["start"], target["end"]
        if text[start:end] != (target.get("exact") or ""):
            report.problems.append(f"{where}: the quoted text no longer matches the article at {start}:{end}")


def _article_text(path: Path, doc: dict[str, Any], report: Report) -> str | None:
    """Return the article's text (inline, or its verified .txt file), adding a problem to `report` when it is unusable."""
    inline = doc.get("text")
    if isinstance(inline, str):
        return inline
    text_path = path.with_suffix(".txt")
    try:
        data = text_path.read_bytes()
    except OSError:
        report.problems.append(f"articles/{text_path.name}: the article's text is missing; its notes are kept")
        return None
    if doc.get("text_sha256") and hashlib.sha256(data).hexdigest() != doc["text_sha256"]:
        report.problems.append(f"articles/{text_path.name}: the text does not match its checksum (damaged)")
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        report.problems.append(f"articles/{text_path.name}: not UTF-8 text (damaged)")
        return None


def salvage(path: Path | str) -> Path:
    """Return the path of a new file holding the complete records recovered from the damaged file at `path`.

    "Extra data" (a complete document followed by leftovers): the last complete document wins.
    Truncated: every table entry completed before the cut is kept. The damaged file is not changed.
    """
    path = Path(path)
    try:
        raw = read_regular(path).decode("utf-8", errors="replace").removeprefix("\ufeff")
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    tables = last_complete_document(raw)
    if tables is None:
        tables = recover_truncated(raw)
    if tables is None:
        raise StoreError(f"{path}: nothing could be recovered (no complete record found)")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    base = path.name.split(".corrupt-")[0]
    out = path.with_name(f"{base}.salvaged-{stamp}")
    n = 1
    while out.exists():
        out = path.with_name(f"{base}.salvaged-{stamp}-{n}")
        n += 1
    atomic_write(out, dumps(tables))
    return out


def last_complete_document(raw: str) -> dict[str, Any] | None:
    """Return the last complete TinyDB-shaped JSON document in `raw` (documents may follow each other)."""
    decoder = json.JSONDecoder()
    pos = 0
    found: dict[str, Any] | None = None
    while True:
        while pos < len(raw) and raw[pos].isspace():
            pos += 1
        if pos >= len(raw):
            break
        start = pos
        try:
            doc, pos = decoder.raw_decode(raw, pos)
        except (ValueError, RecursionError):
            break  # the leftovers of an older, longer version, a cut-off document, or unbounded JSON
        if check_tables(doc) is None and _bounded(raw[start:pos]):
            found = doc
    return found


def _bounded(text: str) -> bool:
    """Return True when a parsed document's text is within the bounds the store reads (see safe_json)."""
    try:
        safe_json.loads(text)
    except safe_json.UnsafeJSON:
        return False
    return True


def recover_truncated(raw: str, tries: int = 200) -> dict[str, Any] | None:
    """Return the tables of a truncated TinyDB file: every document completed before the cut."""
    depth = 0
    cuts: list[tuple[int, int]] = []  # (offset after a complete table entry or table, depth there)
    for m in _TOKENS.finditer(raw):
        tok = m.group()
        if tok in "{[":
            depth += 1
        elif tok in "}]":
            depth -= 1
            if depth in (1, 2):
                cuts.append((m.end(), depth))
            if depth <= 0:
                break
    for end, d in reversed(cuts[-tries:]):
        candidate = raw[:end] + "}" * d
        try:
            salvaged = safe_json.loads(candidate)
        except safe_json.UnsafeJSON:
            continue
        if check_tables(salvaged) is None:
            return cast("dict[str, Any]", salvaged)
    return None
