"""`quotemark import`: W3C annotations from a file into the database, checked item by item, one write per article."""

from __future__ import annotations

import sys
from typing import Any

from quotemark.analysis.model import Article
from quotemark.reading.terminal_text import clean_line
from quotemark.store import Store, StoreError
from quotemark.store.anchoring import reanchor
from quotemark.store.importing import Imported, import_annotations
from quotemark.store.regular_file import read_regular
from quotemark.store.safe_json import UnsafeJSON, loads
from quotemark.store.w3c import read_w3c
from quotemark.tui.progress import Progress


class ImportFailed(Exception):
    """The import file cannot be imported; str() is one line for stderr (nothing was saved)."""


def load_file(path: str) -> Any:
    """Return the parsed JSON of an import file; raise ImportFailed for a special, huge, unreadable or unbounded file."""
    try:
        return loads(read_regular(path))
    except FileNotFoundError:
        raise ImportFailed(f"quotemark: {path}: no such file") from None
    except StoreError as exc:
        raise ImportFailed(f"quotemark: {exc}") from None
    except UnsafeJSON as exc:
        raise ImportFailed(f"quotemark: {path}: not JSON quotemark can read ({exc})") from None


def run_import(store: Store, file: str, data: Any, article: Article | None, replace: bool = False) -> int:
    """Return the exit status after importing `data` read from `file` (1 when items were refused); say what was done on stderr."""
    bar: list[Progress] = []

    def advance(done: int, total: int) -> None:
        if not bar:  # only a long import shows a bar (on a terminal's stderr)
            bar.append(Progress(total, "checking", enabled=total > 500))
        bar[0].advance()

    annotations, refused = read_w3c(data, article, advance)
    if bar:
        bar[0].close()
    for bad in refused:
        print(clean_line(f"quotemark import: {file}: {bad.where}: {bad.reason}; not imported"), file=sys.stderr)
    by_article: dict[str, list[Any]] = {}
    if article is not None:
        by_article[article.id] = annotations
    else:
        progress = Progress(len(annotations), "placing", enabled=len(annotations) > 500)
        loaded: dict[str, Any] = {}  # one read of each article, however many annotations it has
        for a in annotations:
            if a.article_id and a.article_id not in loaded:
                loaded[a.article_id] = store.article(a.article_id)
            saved = loaded.get(a.article_id) if a.article_id else None
            if saved is None:
                progress.close()
                name = a.article_id[:12] or "(none named)"
                raise ImportFailed(
                    f"quotemark: article {name} is not in {store.path}; pass --article PATH (nothing was imported)"
                )
            placed, orphans = reanchor([a], saved.text)
            by_article.setdefault(a.article_id, []).extend(placed + orphans)
            progress.advance()
        progress.close()
    if not annotations:
        raise ImportFailed(f"quotemark: {file}: no W3C annotations quotemark can hold were found")
    total = Imported()
    for article_id, items in by_article.items():
        done = import_annotations(store, article_id, items, replace)
        total.added += done.added
        total.renumbered += done.renumbered
        total.replaced += done.replaced
    orphaned = sum(a.orphan for items in by_article.values() for a in items)  # as re-anchored, not as read
    parts = [f"imported {total.added} annotation{'s' if total.added != 1 else ''}"]
    if total.replaced:
        parts.append(f"{total.replaced} replaced (--replace)")
    if total.renumbered:
        parts.append(f"{total.renumbered} given a new id (their id was already used; --replace overwrites instead)")
    if orphaned:
        parts.append(f"{orphaned} could not be placed (kept as orphans)")
    if refused:
        parts.append(f"{len(refused)} refused")
    print(", ".join(parts), file=sys.stderr)
    return 1 if refused else 0
