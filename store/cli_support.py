"""Plain functions behind `quotemark annotate` and `quotemark doctor`: no argument parsing, no printing."""

from __future__ import annotations

import os
from pathlib import Path

from quotemark.store.annotation import Annotation
from quotemark.store.database import Store
from quotemark.store.doctor import Report, check, salvage
from quotemark.store.errors import StoreError


def parse_span(at: str | None, text_length: int) -> tuple[int | None, int | None]:
    """Return (start, end) for an `--at START:END` value (None: the whole article); raise StoreError when invalid."""
    if at is None or at.strip() == "":
        return None, None
    parts = at.split(":")
    if len(parts) != 2:
        raise StoreError(f"--at {at}: expected START:END, e.g. --at 120:164")
    try:
        start = int(parts[0]) if parts[0].strip() else 0
        end = int(parts[1]) if parts[1].strip() else text_length
    except ValueError:
        raise StoreError(f"--at {at}: START and END must be whole numbers") from None
    if not (0 <= start < end <= text_length):
        raise StoreError(f"--at {at}: must satisfy 0 <= START < END <= {text_length} (the article's length)")
    return start, end


def annotate(
    db: Path | str,
    article_path: str | os.PathLike[str],
    note: str | None = None,
    tag: str | None = None,
    at: str | None = None,
) -> list[Annotation]:
    """Return the annotations saved on the article read from `article_path` ("-" for stdin): a note and/or a tag.

    Raises quotemark.analysis.reader.ReadError for an unreadable article and StoreError (with
    CorruptDatabase / ReadOnlyDatabase / DatabaseLocked) for the database; both carry one-line messages.
    """
    from quotemark.analysis.reader import read_path, read_stdin

    if not note and not tag:
        raise StoreError("nothing to save: give --note TEXT and/or --tag TAG")
    article = read_stdin() if str(article_path) == "-" else read_path(article_path)
    start, end = parse_span(at, len(article.text))
    store = Store(db)
    if store.read_only:
        raise StoreError(f"{store.path} is open read-only: {store.read_only_reason}")
    store.remember_article(article)
    saved: list[Annotation] = []
    if note:
        saved.append(store.add(Annotation.note(article, start, end, note)))
    if tag:
        tag_ann = Annotation.tag(article, start, end, tag.strip())
        if not any(a.motivation == "tagging" and a.value == tag_ann.value and a.same_span(start, end) for a in store.annotations(article.id)):
            saved.append(store.add(tag_ann))
    return saved


def doctor(db: Path | str, do_salvage: bool = False) -> tuple[Report, Path | None]:
    """Return the check report for `db` and, when asked and the file is damaged, the path of the salvaged copy."""
    report = check(db)
    salvaged = None
    if do_salvage and not report.ok and Path(db).is_file():
        salvaged = salvage(db)
    return report, salvaged


__all__ = ["annotate", "check", "doctor", "parse_span", "salvage"]
