"""Article view speed: key-to-frame on a short vs a long article, first paint, set_highlights cost.

Run from the repository root:  python bench/view_latency.py  [--short 2000 --long 100000 --keys 120]

Frames are timestamped where the app hands a finished frame to the terminal (App._display, which
also encodes the frame to ANSI here, as a real terminal run would); keys are posted as events
without waiting for idle (Pilot.press waits ~60 ms a key and hides differences). Text is
generated deterministically from a seed, no dataset needed.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import statistics
import sys
import threading
import time
import tracemalloc
from time import perf_counter

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Static

from quotemark.widgets.article_view import ArticleView, Badge, Highlight, HighlightKind
from quotemark.widgets.highlight_runs import RunIndex
from quotemark.widgets.text_layout import display_text, wrap_offsets

SIZE = (120, 40)

# ---------------------------------------------------------------- deterministic news-like text

PEOPLE = [
    "Kim Jong Un",
    "Choe Son Hui",
    "Antonio Guterres",
    "Rafael Grossi",
    "Yoon Suk Yeol",
    "Marie Dubois",
    "Li Wei",
    "Ahmed Al-Farsi",
    "Sofia Petrova",
    "John Smith",
]
ORGS = [
    "the Korean Central News Agency",
    "the United Nations",
    "the IAEA",
    "the Stockholm International Peace Research Institute",
    "the Ministry of Defence",
    "Reuters",
    "the Central Bank",
    "NATO",
]
PLACES = ["Pyongyang", "Seoul", "Washington", "Vienna", "Beijing", "Tokyo", "Geneva", "the Korean Peninsula"]
DATES = ["on Sunday", "yesterday (Wednesday)", "today (Thursday)", "last year", "in March 2025", "on 26 February"]
NUMBERS = ["about 50", "up to 40", "12.5 percent", "$3 billion", "nearly 1,000", "two"]
NOUNS = ["nuclear warheads", "missiles", "tonnes of fuel", "soldiers", "inspectors", "sanctions"]
FILLER = (
    "the government said it would continue to strengthen its position while officials in the region "
    "warned that the situation remained tense and that further talks were expected soon"
).split()
CUES = ["said", "added", "noted", "told reporters", "stressed"]


def generate(words: int, seed: int = 0) -> tuple[str, list[Highlight]]:
    """Return (text, highlights) of about `words` words with quotes, entities, dates and numbers."""
    rng = random.Random(seed)
    parts: list[str] = []
    spans: list[Highlight] = []
    length = 0
    count = 0

    def put(piece: str, kind: HighlightKind | None = None, counts: bool = True) -> None:
        nonlocal length, count
        if kind is not None:
            spans.append(Highlight(length, length + len(piece), kind))
        parts.append(piece)
        length += len(piece)
        count += len(piece.split()) if counts else 0

    while count < words:
        for _sentence in range(rng.randint(2, 5)):
            if rng.random() < 0.35:
                quote_start = length
                put("“", counts=False)
                put(" ".join(rng.choices(FILLER, k=rng.randint(6, 18))).capitalize() + " in ")
                put(rng.choice(PLACES), HighlightKind.PLACE)
                put(",” ", counts=False)
                spans.append(Highlight(quote_start, length - 1, HighlightKind.QUOTE))
                put(rng.choice(PEOPLE), HighlightKind.PERSON)
                put(f" {rng.choice(CUES)} ")
                put(rng.choice(DATES), HighlightKind.DATE)
                put(". ")
            else:
                put(rng.choice(ORGS), HighlightKind.ORG)
                put(" estimated ")
                put(rng.choice(DATES), HighlightKind.DATE)
                put(" that ")
                put(rng.choice(PLACES), HighlightKind.PLACE)
                put(" held ")
                put(rng.choice(NUMBERS), HighlightKind.NUMBER)
                put(f" {rng.choice(NOUNS)}, " + " ".join(rng.choices(FILLER, k=rng.randint(3, 10))) + ". ")
        put("\n\n")
    return "".join(parts), spans


# ---------------------------------------------------------------- instrumented apps


class FrameClock:
    """Timestamps of frames handed to the terminal."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.event = asyncio.Event()

    def tick(self, renderable: object, painted: bool = True) -> None:
        if renderable is None:
            return
        render_segments = getattr(renderable, "render_segments", None)
        if render_segments is not None:
            render_segments(self.console)  # the ANSI encoding a real terminal run pays for
        now = perf_counter()
        self.times.append(now)
        if painted and self.first_text is None:
            self.first_text = now
        self.event.set()

    first_text: float | None = None

    console = None


class ViewApp(App[None]):
    """The article view alone, with a cursor key that walks the quotes like the reader's `]`."""

    def __init__(self, text: str, highlights: list[Highlight], highlights_at_mount: bool = True) -> None:
        super().__init__()
        self.article = text
        self.spans = highlights
        self.highlights_at_mount = highlights_at_mount
        self.quotes = [h for h in highlights if h.kind is HighlightKind.QUOTE]
        self.quote_index = -1
        self.clock = FrameClock()

    def compose(self) -> ComposeResult:
        yield ArticleView(self.article)

    def on_mount(self) -> None:
        self.clock.console = self.console
        view = self.query_one(ArticleView)
        if self.highlights_at_mount:
            self.load_spans()
        view.focus()

    def load_spans(self) -> None:
        view = self.query_one(ArticleView)
        view.set_highlights(self.spans)
        view.set_badges([Badge(q.end, " ⟨key·threat⟩") for q in self.quotes[::7]])

    def _display(self, screen, renderable) -> None:  # type: ignore[no-untyped-def]
        super()._display(screen, renderable)
        self.clock.tick(renderable, bool(self.query_one(ArticleView)._line_cache))

    def on_key(self, event: events.Key) -> None:
        if event.key == "right_square_bracket" and self.quotes:
            self.quote_index = (self.quote_index + 1) % len(self.quotes)
            quote = self.quotes[self.quote_index]
            self.query_one(ArticleView).set_cursor((quote.start, quote.end))


class BareApp(App[None]):
    """A bare Textual app painting one screenful of the same text with Static (the baseline)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.article = text
        self.clock = FrameClock()

    def compose(self) -> ComposeResult:
        yield Static(Text(self.article))

    def on_mount(self) -> None:
        self.clock.console = self.console

    def _display(self, screen, renderable) -> None:  # type: ignore[no-untyped-def]
        super()._display(screen, renderable)
        self.clock.tick(renderable)


# ---------------------------------------------------------------- measurements


async def first_paint(make_app) -> float:  # type: ignore[no-untyped-def]
    """Return seconds from App construction to its first frame."""
    start = perf_counter()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        while app.clock.first_text is None:
            await asyncio.sleep(0.001)
        seconds = app.clock.first_text - start
        await pilot.pause()
    return seconds


KEYS = [("j", "j")] * 3 + [("space", " ")] + [("right_square_bracket", "]")] * 2 + [("k", "k"), ("b", "b")]


async def key_latencies(
    text: str, spans: list[Highlight], n_keys: int, busy: bool, freeze: bool, switch: float | None = None
) -> dict[str, list[float]]:
    """Return key -> list of key-to-frame seconds, posting keys without waiting for idle."""
    app = ViewApp(text, spans)
    results: dict[str, list[float]] = {}
    stop = threading.Event()
    default_switch = sys.getswitchinterval()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        # start mid-document so every key (up, page up too) moves something
        view.scroll_to(y=view.max_scroll_y // 2, animate=False, immediate=True)
        await pilot.pause()
        middle = view.visible_range()[0]
        app.quote_index = next((k for k, q in enumerate(app.quotes) if q.start >= middle), 0) - 1
        if switch is not None:
            sys.setswitchinterval(switch)
        spent = [0.0]
        render_line = view.render_line

        def timed_render_line(y: int):  # type: ignore[no-untyped-def]
            started = perf_counter()
            strip = render_line(y)
            spent[0] += perf_counter() - started
            return strip

        view.render_line = timed_render_line  # type: ignore[method-assign]
        if freeze:
            # what the app can do once an article is loaded: full collections skip what is already there
            gc.collect()
            gc.freeze()
        worker: threading.Thread | None = None
        if busy:
            worker = threading.Thread(target=_analysis_like_load, args=(app, view, spans, stop), daemon=True)
            worker.start()
        for i in range(n_keys):
            key, char = KEYS[i % len(KEYS)]
            await asyncio.sleep(0.025)  # let the previous frame settle
            app.clock.event.clear()
            before = len(app.clock.times)
            spent[0] = 0.0
            sent = perf_counter()
            app.post_message(events.Key(key, char))
            try:
                await asyncio.wait_for(app.clock.event.wait(), 0.5)
            except TimeoutError:
                continue
            while len(app.clock.times) <= before:
                app.clock.event.clear()
                await asyncio.wait_for(app.clock.event.wait(), 2.0)
            results.setdefault(key, []).append(app.clock.times[before] - sent)
            results.setdefault("(time in render_line)", []).append(spent[0])
        stop.set()
        if worker is not None:
            # let the worker finish its batch while the app still runs (it may be posting to it)
            await asyncio.get_running_loop().run_in_executor(None, worker.join, 60)
    gc.unfreeze()
    sys.setswitchinterval(default_switch)
    return results


BUSY: dict[str, object] = {}  # "nlp": a loaded spaCy pipeline when --spacy is given


def _analysis_like_load(app: App[None], view: ArticleView, spans: list[Highlight], stop: threading.Event) -> None:
    """Parse in a thread (spaCy, or a pure-Python stand-in holding the GIL) and stream highlights in."""
    nlp = BUSY.get("nlp")
    if nlp is not None:
        _spacy_load(nlp, app, view, spans, stop)
        return
    shown = 0
    while not stop.is_set():
        deadline = perf_counter() + 0.05
        x = 0
        while perf_counter() < deadline:
            x += sum(range(200))
        shown = min(len(spans), shown + max(1, len(spans) // 20))
        if stop.is_set():
            return
        try:
            app.call_from_thread(view.set_highlights, spans[:shown])
        except Exception:  # the app closed between the check and the call
            return
        time.sleep(0.005)


def _spacy_load(nlp, app: App[None], view: ArticleView, spans: list[Highlight], stop: threading.Event) -> None:  # type: ignore[no-untyped-def]
    """Pipe the article's paragraphs through spaCy, streaming a share of the highlights every 20 paragraphs."""
    paragraphs = [p for p in app.article.split("\n\n") if p.strip()]
    shown = 0
    while not stop.is_set():
        for i, _doc in enumerate(nlp.pipe(paragraphs, batch_size=16)):
            if stop.is_set():
                return
            if i % 20 == 19:
                shown = min(len(spans), shown + max(1, len(spans) // 20))
                try:
                    app.call_from_thread(view.set_highlights, spans[:shown])
                except Exception:  # the app closed between the check and the call
                    return


def best_of(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    """Return the fastest of `runs` timings of `work()` in seconds (the least disturbed by other load)."""
    best = float("inf")
    for _ in range(runs):
        start = perf_counter()
        work()
        best = min(best, perf_counter() - start)
    return best


def costs(text: str, spans: list[Highlight], runs: int) -> dict[str, float]:
    """Return seconds for the view's set-up steps on this document, outside an app."""
    view = ArticleView(text)
    index = RunIndex(len(text))

    def flatten_everything() -> None:
        index.set(len(text), spans)
        index.between(0, len(text))

    width = SIZE[0] - 4
    return {
        "set_highlights (sort; runs are flattened per 8k-char block when drawn)": best_of(
            runs, lambda: view.set_highlights(spans)
        ),
        "  + flattening every block (what scrolling through all of it costs)": best_of(runs, flatten_everything),
        "  flattening the first block (what the first paint pays)": best_of(
            runs, lambda: (index.set(len(text), spans), index.between(0, 1))
        ),
        f"wrap at {width} cells": best_of(runs, lambda: wrap_offsets(display_text(text), width)),
    }


def view_memory(text: str, spans: list[Highlight]) -> float:
    """Return MB held by the view's own structures (display text, wrap, all runs), not counting `text`."""
    gc.collect()
    tracemalloc.start()
    view = ArticleView(text)
    view.set_highlights(spans)
    index = RunIndex(len(text), spans)  # what the view's index holds once every block was drawn
    index.between(0, len(text))
    wrap = wrap_offsets(display_text(text), SIZE[0] - 4)
    current, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del view, index, wrap
    return current / 1e6


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000 if values else float("nan")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", type=int, default=2_000, help="words in the short article")
    parser.add_argument("--long", type=int, default=100_000, help="words in the long article")
    parser.add_argument("--keys", type=int, default=160, help="keys posted per article and scenario")
    parser.add_argument("--runs", type=int, default=5, help="first-paint runs (median)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--spacy", action="store_true", help="busy scenario runs the real pipeline (nlp.pipe)")
    args = parser.parse_args()
    if args.spacy:
        from quotemark.analysis.pipeline import load_nlp

        BUSY["nlp"] = load_nlp()

    short_text, short_spans = generate(args.short, args.seed)
    long_text, long_spans = generate(args.long, args.seed)
    print(
        f"terminal {SIZE[0]}x{SIZE[1]}; short: {len(short_text.split())} words, {len(short_spans)} spans; "
        f"long: {len(long_text.split())} words, {len(long_spans)} spans"
    )

    for name, seconds in costs(long_text, long_spans, args.runs).items():
        print(f"long: {name:72s} {seconds * 1000:6.1f} ms")
    print(
        f"long: view memory (wrap, runs, spans index; the text itself not counted) "
        f"{view_memory(long_text, long_spans):.1f} MB"
    )

    await first_paint(lambda: BareApp(short_text))  # warm imports and caches once
    screenful = "\n".join(long_text.splitlines()[: SIZE[1]])
    paint = {
        "bare Static, one screenful": [await first_paint(lambda: BareApp(screenful)) for _ in range(args.runs)],
        "ArticleView short": [await first_paint(lambda: ViewApp(short_text, short_spans)) for _ in range(args.runs)],
        "ArticleView long": [await first_paint(lambda: ViewApp(long_text, long_spans)) for _ in range(args.runs)],
        "ArticleView long, text only": [
            await first_paint(lambda: ViewApp(long_text, long_spans, False)) for _ in range(args.runs)
        ],
    }
    base = statistics.median(paint["bare Static, one screenful"])
    for name, values in paint.items():
        m = statistics.median(values)
        print(f"first paint (in process, app start -> first frame) {name:28s} {m * 1000:7.1f} ms  x{m / base:.2f}")

    scenarios = [
        ("idle", False, False, None),
        ("idle, gc.freeze() after loading", False, True, None),
        (
            f"while a thread runs {'spaCy' if args.spacy else 'a pure-Python parser stand-in'} and streams highlights",
            True,
            False,
            None,
        ),
    ]
    rounds = 4  # short and long alternate, so a change in machine load hits both alike
    for label, busy, freeze, switch in scenarios:
        short: dict[str, list[float]] = {}
        long: dict[str, list[float]] = {}
        for _round in range(rounds):
            for text_, spans_, into in ((short_text, short_spans, short), (long_text, long_spans, long)):
                for key, values in (
                    await key_latencies(text_, spans_, args.keys // rounds, busy, freeze, switch)
                ).items():
                    into.setdefault(key, []).extend(values)
        print(f"key-to-frame, {label} (median ms; long/short):")
        for key in sorted(short, key=lambda k: k == "(time in render_line)"):
            s, lg = median_ms(short[key]), median_ms(long.get(key, []))
            p95 = (
                statistics.quantiles(long.get(key, [0, 0]), n=20)[-1] * 1000
                if len(long.get(key, [])) > 2
                else float("nan")
            )
            print(f"  {key:22s} short {s:6.2f}  long {lg:6.2f}  (long p95 {p95:6.2f})  ratio {lg / s:.2f}")
        all_s = [v for k, vs in short.items() if k != "(time in render_line)" for v in vs]
        all_l = [v for k, vs in long.items() if k != "(time in render_line)" for v in vs]
        print(
            f"  {'all keys':22s} short {median_ms(all_s):6.2f}  long {median_ms(all_l):6.2f}  "
            f"ratio {median_ms(all_l) / median_ms(all_s):.2f}"
        )


if __name__ == "__main__":
    asyncio.run(main())
