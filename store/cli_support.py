"""Plain functions behind `quotemark annotate` and `quotemark doctor`: no argument parsing, no printing."""

from __future__ import annotations

import os
import re
from pathlib import Path

from quotemark.store.annotation import Annotation
from quotemark.store.database import Store
from quotemark.store.doctor import Report, check, salvage
from quotemark.store.errors import StoreError


def parse_span(at: str | None, text_length: int) -> tuple[int | None, int | None]:
    """Return (start, end) for an `--at START:END` value (None: the whole article); raise StoreError when invalid."""
    if at is None or at.strip() == "":
        return None, None
    match = re.fullmatch(r"\s*([0-9]*)\s*:\s*([0-9]*)\s*", at, flags=re.ASCII)  # "٣" is a digit to int(), not here
    if match is None or not (match[1] or match[2]) or len(match[1]) > 18 or len(match[2]) > 18:
        raise StoreError(f"--at {at}: expected START:END in digits 0-9, e.g. --at 120:164 (or 120: to the end)")
    start = int(match[1]) if match[1] else 0
    end = int(match[2]) if match[2] else text_length
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
    if store.article(article.id) is None:
        store.remember_article(article)  # so the library lists it and it opens without the file
    saved: list[Annotation] = []
    if note:
        saved.append(store.add(Annotation.note(article, start, end, note)))
    if tag:
        tag_ann = Annotation.tag(article, start, end, tag.strip())
        if not any(
            a.motivation == "tagging" and a.value == tag_ann.value and a.same_span(start, end)
            for a in store.annotations(article.id)
        ):
            saved.append(store.add(tag_ann))
    return saved


def doctor(db: Path | str, do_salvage: bool = False, do_repair: bool = False) -> tuple[Report, Path | None]:
    """Return the check report for `db` and, with `do_salvage`, the salvaged copy of a damaged index file.

    With `do_repair`, annotations duplicated by earlier carry-overs are removed (each article file
    backed up first, see store/repair.py) and the report is of the repaired database.

    With `do_salvage` and a readable index, damaged article files are moved aside, salvaged and
    their complete annotations merged back (see `recover`); what was done is added to report.notes.
    """
    if do_repair and check(db).problems:
        from quotemark.store.repair import repair

        done = repair(db)
        report = check(db)
        report.notes.extend(done)
    else:
        report = check(db)
    salvaged = None
    if not do_salvage:
        return report, None
    index_ok = Path(db).is_file() and not any(p.startswith(f"{Path(db).name}:") for p in report.problems)
    if not index_ok and Path(db).is_file():
        salvaged = salvage(db)
    if index_ok:
        report.notes.extend(recover(db))
    return report, salvaged


def recover(db: Path | str) -> list[str]:
    """Return one line per set-aside article file whose complete annotations were salvaged and merged back into `db`.

    Every `articles/*.corrupt-*` file is salvaged into a new `.salvaged-*` file, which is merged
    into the live article file (annotations already there are kept as they are). The damaged
    files themselves are never changed or deleted. A damaged index needs nothing: the library is
    rebuilt from the article files.
    """
    store = Store(db)
    lines: list[str] = []
    for live in store.files.article_paths():
        try:
            store.files.read(live)  # a damaged one is moved aside here, then salvaged below
        except StoreError:
            pass
    for damaged in sorted(store.layout.articles_dir.glob("*.json.corrupt-*")):
        try:
            salvaged = salvage(damaged)
            added = store.restore_from(salvaged)
        except StoreError as exc:
            lines.append(f"{damaged.name}: {exc}")
            continue
        lines.append(f"{damaged.name}: {added} annotations restored (salvaged copy: {salvaged.name})")
    return lines


__all__ = ["annotate", "check", "doctor", "parse_span", "recover", "salvage"]
