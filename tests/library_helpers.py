"""A small saved library with synthetic analyses (no model): three articles, quotations by two speakers."""

from __future__ import annotations

from pathlib import Path

from quotemark.analysis.model import Analysis, Article, Quote
from quotemark.reading.runner import cache_key
from quotemark.store import Store

QUOTE_A = "We will build fifty more warheads at the northern site before the winter ends"
QUOTE_B = "The talks have failed because nobody in the capital wanted them to succeed"
QUOTE_C = "Rice harvests in the eastern provinces doubled after the new canals opened"


def article_with(title: str, date: str, lines: list[tuple[str, str | None]]) -> tuple[Article, Analysis]:
    """Return an article of `lines` ((speaker, quotation) pairs; None speaker: a plain line) and its analysis."""
    text = f"{title}\n"
    quotes: list[Quote] = []
    for speaker, words in lines:
        if words is None:
            text += f"{speaker}\n"
            continue
        text += f'{speaker} said, "'
        start = len(text)
        text += words
        quotes.append(Quote(start, len(text), words, speaker=speaker, kind="direct", confidence=0.9))
        text += '."\n'
    article = Article(text, title=title, date=date, source=f"{title.lower().replace(' ', '-')}.txt")
    return article, Analysis(article.id, quotes=quotes)


def save(store: Store, article: Article, analysis: Analysis) -> None:
    """Return once the article and its analysis are saved the way the app saves them."""
    store.remember_article(article)
    store.analysis_cache.save(cache_key(article), analysis.to_dict())  # the app opens it without the model


LIBRARY = (
    ("Warheads at the site", "2026-02-26", [("Kim Jong Un", QUOTE_A), ("Reporters gathered by the gate.", None)]),
    ("Talks collapse", "2026-03-02", [("Ann Lee", QUOTE_B), ("Kim", QUOTE_A.replace("fifty", "fifty new"))]),
    ("Harvest report", "2026-03-05", [("Ann Lee", QUOTE_C), ("The weather was mild and dry.", None)]),
)


def build_library(db: Path) -> list[tuple[Article, Analysis]]:
    """Return the saved (article, analysis) pairs after saving LIBRARY into the database at `db`."""
    store = Store(db)
    out = []
    for title, date, lines in LIBRARY:
        article, analysis = article_with(title, date, lines)
        save(store, article, analysis)
        out.append((article, analysis))
    store.close()
    return out
