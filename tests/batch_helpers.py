"""A small written corpus for the corpus-extraction tests, and readers for a --out folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PEOPLE = ["Mia Stone", "Omar Haddad", "Lena Fischer", "Tom Okafor", "Ana Ruiz", "Kai Moreau"]
ROLES = ["the planner", "the mayor", "a council member", "the treasurer", "a union leader", "the engineer"]
TOPICS = ["bridge", "library", "rail line", "school", "clinic", "harbour"]


def article_text(n: int) -> str:
    """Return the n-th short news article: a dateline, a direct quote, a claim, a number, a second quote."""
    who, role, topic = PEOPLE[n % 6], ROLES[(n // 6) % 6], TOPICS[(n + 2) % 6]
    return (
        f"SPRINGFIELD, March {n % 27 + 1} - The {topic} will reopen in June after repairs costing about "
        f"${n + 3} million, officials said on Monday.\n\n"
        f'"We are ready to open the {topic} on time," said {who}, {role}, adding that {n + 40} workers had joined.\n\n'
        f"According to the city council, the project {n} was finished under budget.\n\n"
        f'{who.split()[0]} added: "People waited {n + 2} months. That is long enough."\n'
    )


def write_corpus(folder: Path, count: int, start: int = 0) -> list[Path]:
    """Return the paths of `count` article files written into `folder` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"article-{n:03d}.txt"
        path.write_text(article_text(n), encoding="utf-8")
        paths.append(path)
    return paths


def manifest(out: Path) -> dict[str, Any]:
    """Return the manifest of a --out folder as a rerun reads it: manifest.json with its journal replayed."""
    from quotemark.batch.manifest import load_manifest

    data: dict[str, Any] = json.loads(load_manifest(out).to_json())
    return data


def listed_lines(out: Path) -> list[str]:
    """Return every line of the partitions the manifest lists, partition by partition in name order."""
    lines: list[str] = []
    for name in sorted(manifest(out)["partitions"]):
        lines.extend((out / name).read_text(encoding="utf-8").splitlines())
    return lines


def by_source(lines: list[str]) -> dict[str, str]:
    """Return each line keyed by its article's source path (a line per source, or the test fails)."""
    keyed = {json.loads(line)["article"]["source"]: line for line in lines}
    assert len(keyed) == len(lines), "an article appears more than once"
    return keyed
