"""`quotemark extract` on inputs of pathological shape, against 1 MB of ordinary prose (issue 18).

    python bench/pathological.py [--scale 0.05] [--only SHAPE ...] [--keep DIR]

Each input (bench/shapes.py: a million lines of "a.", a megabyte of one sentence with three
entities repeated, of one repeated quotation, of prose on a single line, 3 MB of one-word lines,
a list of ten thousand different people, a 20 kB run of `*` as text and as Markdown) is written
to a file and extracted by `python -m quotemark extract FILE` in a process of its own; its wall
time and peak RSS (ru_maxrss from wait4) are measured. Prints each with its ratio to the prose
run of the same session and the limits the analysis reported. Targets: peak <= 2 GB and time
<= 3x prose. `--scale` shrinks every input (for a quick look; the figures then mean little).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.shapes import SHAPES  # noqa: E402

TARGET_RATIO = 3.0
TARGET_PEAK_MB = 2048


@dataclass
class Run:
    """One extract run: what it cost and what it reported."""

    shape: str
    chars: int
    seconds: float
    peak_mb: float
    status: int
    limits: list[str]


def extract(path: Path, out: Path) -> tuple[float, float, int]:
    """Return (wall seconds, peak RSS in MB, exit status) of `quotemark extract path` (JSON to `out`)."""
    started = time.perf_counter()
    with out.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "quotemark", "extract", str(path)], stdout=sink, stderr=subprocess.PIPE, cwd=ROOT
        )
        assert proc.stderr is not None
        err = proc.stderr.read()
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.stderr.write(err.decode(errors="replace")[-2000:])
    return seconds, usage.ru_maxrss / 1024, proc.returncode


def run_shape(name: str, scale: float, folder: Path) -> Run:
    """Return the measured run of one shape at `scale` of its full size."""
    generate, suffix, size = SHAPES[name]
    text = generate(max(1000, int(size * scale)))
    path = folder / f"{name}{suffix}"
    path.write_text(text, encoding="utf-8")
    out = folder / f"{name}.json"
    seconds, peak, status = extract(path, out)
    limits: list[str] = []
    if status == 0:
        data = json.loads(out.read_text(encoding="utf-8"))
        limits = [f"{lim['kind']}: {lim['message']}" for lim in data.get("limits", [])]
    out.unlink(missing_ok=True)
    return Run(name, len(text), seconds, peak, status, limits)


def main(argv: list[str] | None = None) -> int:
    """Run the shapes; return 0 when every one met its targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of each input's full size")
    parser.add_argument("--only", nargs="*", choices=sorted(SHAPES), help="shapes to run (prose always runs)")
    parser.add_argument("--keep", type=Path, help="write the inputs here and keep them")
    ns = parser.parse_args(argv)
    names = ["prose"] + [n for n in (ns.only or SHAPES) if n != "prose"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = ns.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        runs: list[Run] = []
        print(f"{'input':20s} {'chars':>10s} {'time s':>8s} {'x prose':>8s} {'peak MB':>8s}  exit  limits", flush=True)
        for name in names:
            run = run_shape(name, ns.scale, folder)
            runs.append(run)
            ratio = run.seconds / runs[0].seconds
            print(
                f"{name:20s} {run.chars:10,d} {run.seconds:8.1f} {ratio:8.2f} {run.peak_mb:8.0f}  {run.status:4d}  "
                f"{'; '.join(run.limits) or '-'}",
                flush=True,
            )
    prose = runs[0]
    failed = [
        r.shape
        for r in runs[1:]
        if r.status != 0 or r.peak_mb > TARGET_PEAK_MB or r.seconds > TARGET_RATIO * prose.seconds
    ]
    if prose.status != 0 or prose.peak_mb > TARGET_PEAK_MB:
        failed.insert(0, "prose")
    print(
        f"targets: peak <= {TARGET_PEAK_MB} MB, time <= {TARGET_RATIO:g}x prose: "
        + ("all met" if not failed else "missed by " + ", ".join(failed))
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
