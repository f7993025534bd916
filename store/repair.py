"""`quotemark doctor --repair`: remove annotations that earlier carry-overs duplicated, after a backup."""

from __future__ import annotations

from pathlib import Path

from quotemark.store import schema
from quotemark.store.database import Store
from quotemark.store.errors import StoreError
from quotemark.store.files import ANNOTATIONS
from quotemark.store.storage import Damaged, atomic_write, corrupt_name, parse_tables
from quotemark.store.versions import duplicates


def backup_name(path: Path) -> Path:
    """Return a free `<name>.before-repair-<UTC time>` path beside `path`."""
    return corrupt_name(path, "before-repair")


def repair(db: Path | str) -> list[str]:
    """Return one line per article file from which duplicated annotations were removed (each file backed up first).

    Of each set of copies of one annotation the first is kept. A file that cannot be read is left
    alone (`doctor --salvage` deals with those).
    """
    store = Store(db)
    lines: list[str] = []
    if store.read_only:
        return [f"not repaired: {store.path} is open read-only ({store.read_only_reason})"]
    files = store.files
    for path in files.article_paths():
        with files.transaction():
            try:
                tables = parse_tables(path)
            except (Damaged, StoreError):  # damaged: reported by the check, handled by --salvage
                continue
            if tables is None:
                continue
            extra = duplicates(tables.get(ANNOTATIONS, {}).values())
            if not extra:
                continue
            backup = backup_name(path)
            atomic_write(backup, path.read_bytes())
            with files.editing(path, schema.ARTICLE_KIND) as db_:
                table = db_.table(ANNOTATIONS)
                extra = duplicates(table.all())
                table.remove(doc_ids=[d.doc_id for d in extra])
        lines.append(
            f"articles/{path.name}: removed {len(extra)} duplicated annotation{'s' if len(extra) != 1 else ''} (backup: {backup.name})"
        )
    return lines
