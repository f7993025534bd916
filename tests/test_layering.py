"""The layers stay honest: analysis is pure, widgets never touch storage, store and reading never touch the UI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "analysis": ("textual", "tinydb", "quotemark.store", "quotemark.widgets", "quotemark.tui", "pyperclip"),
    "batch": ("textual", "tinydb", "quotemark.store", "quotemark.widgets", "quotemark.tui"),
    "reading": ("textual", "tinydb", "quotemark.widgets", "quotemark.tui"),
    "store": ("textual", "quotemark.widgets", "quotemark.tui", "spacy"),
    "widgets": ("tinydb", "quotemark.store", "quotemark.tui", "spacy", "quotemark.analysis.pipeline"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    files = sorted((ROOT / layer).rglob("*.py"))
    assert files, f"no modules in {layer}/"
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in files
        for name in _imports(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offenders == []


def test_spacy_is_not_imported_at_startup() -> None:
    import subprocess
    import sys

    code = "import sys, quotemark.tui.app, quotemark.tui.cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_first_screen_is_built_without_opening_the_library_index(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from quotemark.tui.app import QuotemarkApp;"
        "from quotemark.analysis.reader import sample_article;"
        f"QuotemarkApp(sample_article(), Path({str(tmp_path / 'db.json')!r})).get_default_screen();"
        "print('sqlite3' in sys.modules, 'quotemark.store.library' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"  # SQLite and the index load on the first look-up, after the text
