"""Settings: tag names and key remaps by binding id, with clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotemark.tui.commands import DEFAULT_TAGS
from quotemark.tui.config import ConfigError, load_config


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "none.toml")
    assert config.tags == DEFAULT_TAGS and config.keymap == {}


def test_tags_and_keymap_are_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('tags = ["lead", "check"]\n[keymap]\n"quotemark.copy_summary" = "ctrl+y"\n', encoding="utf-8")
    config = load_config(path)
    assert config.tags == ("lead", "check")
    assert config.keymap == {"quotemark.copy_summary": "ctrl+y"}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("tags = [", "config.toml"),
        ("tags = 3", "list of names"),
        ('tags = ["a","b","c","d","e","f","g","h","i","j"]', "at most 9"),
        ('[keymap]\n"quotemark.nope" = "x"', "unknown binding id"),
        ('[keymap]\n"quotemark.quit" = 1', "must be a string"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=words):
        load_config(path)


def test_a_remap_onto_a_used_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[keymap]\n"quotemark.next_quote" = "n"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="quotemark.next_match"):
        load_config(path)
    path.write_text('[keymap]\n"quotemark.next_quote" = "n"\n"quotemark.next_match" = "ctrl+n"\n', encoding="utf-8")
    assert load_config(path).keymap["quotemark.next_quote"] == "n"
