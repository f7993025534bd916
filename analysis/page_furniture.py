"""Page furniture: the parts of a saved web page that are not the article, in the tree and in the text.

Two passes around the extractors. `clean_tree` edits the parsed page before extraction: it drops
blocks whose class or id names furniture (related links, newsletter and follow prompts, share
bars, captions and credits, hover cards), hidden blocks (a second copy of the body for search
engines), lists and headings made only of links, link paragraphs in capitals, and the other posts
of a page listing several; and it lifts embedded tweets out of the social-media wrappers that
extractors discard with the share bars. Nothing holding the headline, a tweet or paragraphs of
prose is dropped, whatever its class says. `clean_text` works on the extracted paragraphs: it
drops lines that are furniture on any site ("READ MORE: …", "DON'T MISS", "Related: …",
copyright, follow and newsletter lines), the headline repeated as the first paragraph, a second
copy of the body, and a name glued to its own repetition by a hover card.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# Class and id words (whole words after splitting at "-", "_", spaces and case changes) that
# name furniture. "share"/"social" come with a tweet rescue first; see `_lift_embeds`.
_FURNITURE_WORDS = frozenset(
    """
    related relatedlinks relatedarticles relatedstories recommended recommendations recirc
    mostread mostpopular popular trending newsletter newsletters subscribe subscription signup
    promo promotion promoted sponsor sponsored advert advertisement advertising outbrain taboola
    share sharing sharebar social follow caption figcaption credit credits copyright
    rollover hovercard breadcrumb breadcrumbs tags tagged taglist comments comment
    readmore morestories moreheadlines nextarticle prevnext pagination print reprints rel
    dek standfirst strapline subline subheadline kicker
    """.split()
)
# Two-word names, joined: "more-from", "also-read", "read-more", "you-may-like".
_FURNITURE_PAIRS = frozenset(
    "more from|also read|read more|read also|see also|most read|you may|may like|also like|"
    "sign up|more stories|related content|related posts|top stories|latest news|image credit|"
    "photo credit|author bio|about author".split("|")
)
_HOVER_WORDS = frozenset({"rollover", "hovercard"})
_TEASER_HEADINGS = frozenset("h2 h3 h4 h5 h6".split())
_NEVER_REMOVED = frozenset("html body article main".split())
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_EMBED_SLACK = 80  # characters a tweet's wrapper may add: a caption, "View on Twitter"
_EMBED_CLASS = re.compile(r"twitter-tweet|instagram-media|tiktok-embed", re.IGNORECASE)
# A removable block never holds more than this share of the page's text (a body classed
# "has-share-bar" must survive its class).
_MAX_SHARE = 0.25
_MAX_HIDDEN_SHARE = 0.5
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# ... nor this much unlinked text in paragraphs of at least this length: teasers are short.
_PROSE_PARAGRAPH = 120
_PROSE_BLOCK = 600


def _words(el: Any) -> list[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    return [w.lower() for w in _WORD_SPLIT.split(raw) if w]


def is_furniture_block(el: Any) -> bool:
    """Return True when an element's class or id names page furniture."""
    words = _words(el)
    if any(w in _FURNITURE_WORDS for w in words):
        return True
    return any(f"{a} {b}" in _FURNITURE_PAIRS for a, b in zip(words, words[1:]))


def clean_tree(root: Any) -> Any:
    """Return the page tree with furniture, hidden blocks, captions and link-only lists removed (in place)."""
    _lift_embeds(root)
    _keep_main_article(root)
    body = root.find(".//body")
    total = len(" ".join((body if body is not None else root).itertext()).split()) or 1
    doomed: list[Any] = []
    hidden: set[int] = set()
    for el in root.iter():
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _NEVER_REMOVED:
            continue
        if tag == "a" and _HOVER_WORDS & set(_words(el)):
            continue  # the name a hover card pops up from is the article's text
        if el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""):
            hidden.add(id(el))
            doomed.append(el)
        elif tag == "figcaption" or (el.get("class") or el.get("id")) and is_furniture_block(el):
            doomed.extend(_hover_card(el) or [el])
        elif tag in ("ul", "ol") and _links_only(el):
            doomed.append(el)
        elif tag == "p" and _is_shouted_link(el):
            doomed.append(el)
        elif (
            tag in _TEASER_HEADINGS and _is_link(el) and el.getparent() is not None and not _holds_prose(el.getparent())
        ):
            doomed.append(el)  # a linked heading among prose is a product or section: kept
    removed: set[int] = set()
    for el in doomed:
        if any(id(a) in removed for a in el.iterancestors()):
            continue
        words = len(" ".join(el.itertext()).split())
        if id(el) in hidden:
            # a hidden copy of the body (schema.org microdata) is at most half the page's text
            if words > _MAX_HIDDEN_SHARE * total:
                continue
        elif words > _MAX_SHARE * total or el.xpath(".//h1") or _holds_embed(el) or _holds_prose(el):
            continue
        removed.add(id(el))
        _drop(el)
    return root


def _keep_main_article(root: Any) -> None:
    """Remove the other posts of a page listing several <article>s, when one holds the <h1>."""
    articles = list(root.iter("article"))
    if len(articles) < 2:
        return
    main = [a for a in articles if any(True for _ in a.iter("h1"))]
    if len(main) != 1 or not _holds_prose(main[0]):
        return
    keep = main[0]
    related = [*keep.iterancestors(), *keep.iter("article")]  # a list: lxml proxies must stay alive
    for other in articles:
        if not any(other is r for r in related):
            _drop(other)


def _hover_card(el: Any) -> list[Any]:
    """Return what to remove of a hover card: all but the name it pops up from ("Ilhan Omar")."""
    if not _HOVER_WORDS & set(_words(el)):
        return []
    children = [c for c in el if isinstance(c.tag, str)]
    if not children or children[0].tag != "a" or (el.text or "").strip():
        return []
    return children[1:]


def _drop(el: Any) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    parent.remove(el)
    if tail and tail.strip():
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _links_only(el: Any) -> bool:
    """Return True for a list of three or more items, each of them nothing but a link."""
    items = [li for li in el if isinstance(li.tag, str) and li.tag.lower() == "li"]
    if len(items) < 3:
        return False
    for li in items:
        text = " ".join("".join(li.itertext()).split())
        linked = " ".join(" ".join(a.itertext()) for a in li.iter("a")).split()
        if not text or len(" ".join(linked)) < 0.8 * len(text):
            return False
    return True


def _is_link(el: Any) -> bool:
    """Return True when all of an element's text is a link (a teaser's headline), or it sits in one."""
    if any(isinstance(a.tag, str) and a.tag.lower() == "a" for a in el.iterancestors()):
        return True
    text = len("".join("".join(el.itertext()).split()))
    linked = sum(len("".join("".join(a.itertext()).split())) for a in el.iter("a"))
    return text > 0 and linked >= 0.9 * text


def _is_shouted_link(el: Any) -> bool:
    """Return True for a paragraph that is one link in capitals: "SEAN SPICER ELIMINATED FROM …"."""
    text = " ".join("".join(el.itertext()).split())
    return len(text.split()) >= 3 and text.upper() == text and any(c.isalpha() for c in text) and _is_link(el)


def _holds_prose(el: Any) -> bool:
    """Return True when an element holds paragraphs of prose: an article, whatever its class says."""
    prose = 0
    for p in el.iter("p"):
        text = " ".join("".join(p.itertext()).split())
        if len(text) >= _PROSE_PARAGRAPH:
            linked = sum(len(" ".join("".join(a.itertext()).split())) for a in p.iter("a"))
            prose += len(text) - linked
    return prose >= _PROSE_BLOCK


def _holds_embed(el: Any) -> bool:
    return any(_EMBED_CLASS.search(b.get("class") or "") for b in el.iter("blockquote"))


def _lift_embeds(root: Any) -> None:
    """Strip the classes of quoted tweets and their wrappers, so extractors keep them as quotes."""
    for quote in root.iter("blockquote"):
        if not _EMBED_CLASS.search(quote.get("class") or ""):
            continue
        quote.attrib.pop("class", None)
        size = len("".join(quote.itertext()).strip())
        # the wrappers that hold nothing but the tweet lose the classes ("social-embed",
        # "article-widget") that extractors read as boilerplate
        for ancestor in quote.iterancestors():
            if ancestor.tag in ("p", "article", "main", "body"):
                break
            if len("".join(ancestor.itertext()).strip()) > size + _EMBED_SLACK and not is_furniture_block(ancestor):
                break
            ancestor.attrib.pop("class", None)
            ancestor.attrib.pop("id", None)


# ---- lines --------------------------------------------------------------------------------------

# Leading punctuation and bullets are skipped, never a quotation mark: “Join us,” she said.
_LEAD = r"\A[^\w\"“”'‘’«»„]*"
# A line that is a link to another article or a prompt, on any site. Each needs its colon, its
# bracket or the end of the line, so that "More than 100 people …" is never touched.
_FURNITURE_LINE = re.compile(
    _LEAD + r"(?:"
    r"(?:read|see|watch|listen) (?:more|also|next)|more|also|related(?: \w+){0,2}|also on \S+"
    r"|also read|read also|leggi anche|lesen sie auch|lire aussi|leia (?:também|mais)|don[’']t miss"
    r"|you (?:may|might) also (?:like|enjoy)|recommended(?: for you)?|most (?:read|popular)(?: \w+){0,3}"
    r"|more (?:from|on|in|about) [^:]{1,40}|explore further|filed under|tags?|tagged|comments?"
    r"|share (?:this|on)(?: \w+)?|advertisement|sponsored|trending(?: now)?|top stories|popular on \S+"
    r")\s*(?:[:|»›>\]…]|\.\.\.|$)",
    re.IGNORECASE,
)
_PROMPT_LINE = re.compile(
    r"\A(?!-\s)[^\w\"“”'‘’«»„]*(?:(?:click|tap) here to (?:subscribe|sign up|follow|register|(?:get|download) (?:the|our) [\w ]{0,30}app)\b|sign up\b|subscribe\b"
    r"|follow (?:us|@|\w+ on)\b|join (?:us|our)\b"
    r"|get (?:the|our) [\w ]{0,30}(?:app|newsletter)\b|download (?:the|our)\b|like this story\b"
    r"|all rights reserved|this copy is for your personal)",
    re.IGNORECASE,
)
# "© 2019 AP", "Copyright 2019 …", "copyright Inexhibit 2019", "Copyright ⓒ Entermedia": not
# "Copyright lawsuits rose in 2019", which is prose.
_COPYRIGHT_LINE = re.compile(
    r"\A[^\w\"“”'‘’«»„]*?(?:[©ⓒ]|\([cC]\)\s*\d{4}|(?i:copyright)\s*(?:[©ⓒ]|\([cC]\)|\d{4}|(?:[A-Z][\w.&'’-]*\s+){1,5}\d{4}))"
)
# Lines about the page rather than the story: when it was updated, how long it takes to read,
# who else reported it, how to reach the writer, a leaked WordPress shortcode.
_ABOUT_LINE = re.compile(
    _LEAD + r"(?:(?:updated|published|posted|last modified)\s*:?\s*(?=.*\d)(?:(?:at|on|of|\d[\d:./-]*(?:st|nd|rd|th)?"
    r"|[ap]\.?m\.?|(?-i:[A-Z]{2,4})|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)(?:[\s,|]+|\Z))+\Z"
    r"|(?:reading time|read time|tempo de leitura|lesezeit|temps de lecture)\s*:"
    r"|\d+\s*min(?:ute)?s?\s+read\Z"
    r"|(?:additional |with )?reporting by\b|.{0,200}\bcontributed (?:to )?(?:this )?report(?:ing)?\b[^.]{0,40}\.?\)?\Z"
    r"|if you (?:enjoyed|liked|appreciated) (?:this|the) (?:article|story|post)"
    r"|(?:have a tip\?|(?:write to|contact|email|reach)\b|.{0,80}\b(?:can|may) be reached at\b).{0,150}@"
    r"|follow (?:us|me|him|her|them|@\w+|[\w’']+ (?:full|coverage|live)\b"
    r"|(?:[\w’'@.]+ ){0,6}on (?:facebook|twitter|instagram|youtube|linkedin|tiktok|x)\b)"
    r"|\[(\w+)\b[^\]]*\].*\[/\1\]\Z)",
    re.IGNORECASE,
)
_NEWSLETTER_LINE = re.compile(
    r"(?=.*\b(?:newsletters?|inbox)\b)(?=.*\b(?:subscribe to|subscribing|sign(?:ing)? up|your inbox|our newsletter)\b)",
    re.IGNORECASE,
)
_PROMPT_MAX = 220  # a prompt is one short line; a long paragraph opening "Subscribe" is prose
# "Plague fears: holidaymakers die after eating marmot [INSIGHT]": a headline tagged as a link.
_TAGGED_HEADLINE = re.compile(r"\[[A-Z][A-Z ]{2,15}\]\W*\Z")
# A paragraph that is only a timestamp or the address of an image: page data, never prose.
_LONE_VALUE = re.compile(
    r"\A(?:\d{4}-\d{2}-\d{2}T[\d:.+\-Z]+|\S+\.(?:jpe?g|png|gif|webp|svg)(?:\?\S*)?)\Z", re.IGNORECASE
)
_HOVER_GLUE = re.compile(r"\b((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+)\1")
_WORD = re.compile(r"\w+")
_REPEAT_WORDS = 50
_REPEAT_SHARE = 0.3  # of the whole text: a meal plan repeating a day's meals is not a second copy


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.casefold()))


def is_furniture_line(line: str) -> bool:
    """Return True when a paragraph is page furniture on any site (a link line, prompt or credit)."""
    s = line.strip()
    if not s:
        return False
    if _FURNITURE_LINE.match(s):
        return True
    if len(s) <= _PROMPT_MAX and (_PROMPT_LINE.match(s) or _COPYRIGHT_LINE.match(s)):
        return True
    if len(s) <= 160 and _TAGGED_HEADLINE.search(s):
        return True
    if _LONE_VALUE.match(s):
        return True
    if len(s) <= 300 and (_ABOUT_LINE.match(s) or _NEWSLETTER_LINE.match(s)):
        return True
    return "all rights reserved" in s.casefold() and len(s) <= _PROMPT_MAX


def clean_text(text: str, headlines: Iterable[str] = ()) -> str:
    """Return the paragraphs with furniture lines, a leading headline and repeats removed."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    heads = {key for key in map(_norm, headlines) if key}
    while paragraphs and heads and _norm(paragraphs[0]) in heads:
        paragraphs.pop(0)
    paragraphs = _drop_repeats([p for p in paragraphs if not is_furniture_line(p)])
    return "\n\n".join(_HOVER_GLUE.sub(r"\1", p) for p in paragraphs)


def _drop_repeats(paragraphs: list[str]) -> list[str]:
    """Return the paragraphs without a second copy of a run of them (the body printed twice).

    A run counts when it holds fifty words and a third of the text or more: recipes, meal plans,
    lists and song lyrics repeat lines and whole sections on purpose.
    """
    keys = [_norm(p) for p in paragraphs]
    total = sum(len(k.split()) for k in keys)
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    kept: list[str] = []
    i = 0
    while i < len(paragraphs):
        j = first[keys[i]]
        if j < i and keys[i]:
            run = 0
            while i + run < len(keys) and j + run < i and keys[j + run] == keys[i + run]:
                run += 1
            words = sum(len(k.split()) for k in keys[i : i + run])
            if words >= max(_REPEAT_WORDS, _REPEAT_SHARE * total):
                i += run
                continue
        kept.append(paragraphs[i])
        i += 1
    return kept
