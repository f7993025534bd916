"""Peak memory analysing a long document: our analysis vs spaCy alone piping the same paragraphs.

    python bench/memory.py [--words 100000]

Each side runs in a fresh process and reports its peak RSS (ru_maxrss); the baseline keeps every
Doc as ours does, and both load the same model. Prints both and the ratio ours / spaCy.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from bench.corpus import article as generated
except ImportError:  # run as a script from bench/
    from corpus import article as generated  # type: ignore[no-redef]

SPACY_ONLY = """
import resource, sys
from quotemark.analysis.pipeline import content_spans, load_nlp
from quotemark.analysis.reader import read_path
article = read_path(sys.argv[1])
nlp = load_nlp()
spans = content_spans(article)
docs = list(nlp.pipe((article.text[s:e] for s, e in spans), batch_size=64))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

OURS = """
import resource, sys
from quotemark.analysis.pipeline import analyze, load_nlp
from quotemark.analysis.reader import read_path
article = read_path(sys.argv[1])
analysis = analyze(article, load_nlp())
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_mb(code: str, path: Path) -> float:
    """Return the peak RSS in MB of running `code` on `path` in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100000)
    ns = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(generated(ns.words), encoding="utf-8")
        base, ours = peak_mb(SPACY_ONLY, path), peak_mb(OURS, path)
    print(f"{ns.words} words: spaCy pipe {base:.0f} MB, quotemark analysis {ours:.0f} MB, ratio {ours / base:.2f}")


if __name__ == "__main__":
    main()
