"""User settings from a TOML file: key remaps (by binding id) and the names of tags 1-9.

# ~/.config/quotemark/config.toml  (or the file named by QUOTEMARK_CONFIG)
tags = ["key", "claim", "threat", "policy", "verify", "context", "disputed", "number", "follow-up"]

[keymap]
"quotemark.next_quote" = "ctrl+n"
"quotemark.copy_summary" = "ctrl+y"
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from quotemark.tui.commands import DEFAULT_TAGS, READER_COMMANDS

MAX_TAGS = 9


class ConfigError(Exception):
    """The settings file is unreadable or invalid; the message says where and why."""


@dataclass(frozen=True)
class Config:
    """Settings the app starts with."""

    tags: tuple[str, ...] = DEFAULT_TAGS
    keymap: dict[str, str] = field(default_factory=dict)
    path: Path | None = None


def default_config_path() -> Path:
    """Return QUOTEMARK_CONFIG, else config.toml in the user's config directory."""
    env = os.environ.get("QUOTEMARK_CONFIG")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("quotemark")) / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """Return the settings in `path` (defaults when the file does not exist)."""
    path = path or default_config_path()
    from quotemark.store import StoreError
    from quotemark.store.regular_file import read_regular

    try:
        source = read_regular(path, limit=1024 * 1024).decode("utf-8")  # a FIFO or /dev/zero is refused, not waited on
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError, StoreError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    import tomllib  # most users have no settings file: the parser is not worth importing at every start

    try:
        raw = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return Config(tags=_tags(raw.get("tags"), path), keymap=_keymap(raw.get("keymap", {}), path), path=path)


def _tags(value: object, path: Path) -> tuple[str, ...]:
    if value is None:
        return DEFAULT_TAGS
    if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
        raise ConfigError(f"{path}: tags must be a list of names")
    if len(value) > MAX_TAGS:
        raise ConfigError(f"{path}: at most {MAX_TAGS} tags (keys 1-9); the tag picker (t) takes any other")
    return tuple(t.strip() for t in value)


def _keymap(value: object, path: Path) -> dict[str, str]:
    known = {c.id for c in READER_COMMANDS}
    if not isinstance(value, dict):
        raise ConfigError(f'{path}: [keymap] must be a table of binding id = "keys"')
    for binding_id, keys in value.items():
        if binding_id not in known:
            raise ConfigError(f"{path}: unknown binding id {binding_id!r} in [keymap] (see the README's key table)")
        if not isinstance(keys, str) or not keys.strip():
            raise ConfigError(f'{path}: keys for {binding_id} must be a string such as "ctrl+y"')
    _check_clashes(value, path)
    return dict(value)


def _check_clashes(keymap: dict[str, str], path: Path) -> None:
    """Raise ConfigError when a remapped key is one another command still uses."""
    from textual.keys import _character_to_key

    def keys_of(spec: str) -> set[str]:
        return {_character_to_key(k.strip()) if len(k.strip()) == 1 else k.strip() for k in spec.split(",")}

    owner: dict[str, str] = {}
    for c in READER_COMMANDS:
        for key in keys_of(keymap.get(c.id, c.keys)):
            if key in owner and owner[key] != c.id:
                raise ConfigError(f"{path}: key {key!r} is bound to both {owner[key]} and {c.id}; remap one of them")
            owner[key] = c.id
