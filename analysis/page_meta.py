"""What a web page declares about its article: headline, publication day and site (JSON-LD, Open
Graph, <time>), and the headline with an appended site name removed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_ISO_DAY = re.compile(r"\s*((?:199[5-9]|20\d\d)-\d{2}-\d{2})")
# " | DW | 19.01.2020", " - The Paradigm", " — Mensagens de Reflexão": a separator with spaces
_SEPARATOR = re.compile(r"\s+(?:[|·•:]|::|-{1,2}|[–—])\s+")
_DATE_WORDS = re.compile(r"\A[\d./\- ]+\Z")
_WORD = re.compile(r"\w+")
_MAX_SUFFIX_WORDS = 5
_MAX_LD_NODES = 200
_ARTICLE_TYPE = re.compile(r"Article|BlogPosting|Report", re.IGNORECASE)
_HOST = re.compile(r"\A\s*https?://([^/:?#\s]+)")
_NOT_A_NAME = frozenset("www www1 www2 m amp blog news com co org net gov edu ac info biz".split())


@dataclass
class PageMeta:
    """The headline, ISO day and site name a page declares, any of them None."""

    title: str | None = None
    date: str | None = None
    site: str | None = None
    host: str | None = None  # the main name in the page's canonical address: "dw" for www.dw.com
    headings: tuple[str, ...] = ()  # the page's <h1> texts
    time: str | None = None  # the first <time datetime> day: a sidebar's, as likely as the article's


def declared_meta(root: Any) -> PageMeta:
    """Return what the page's JSON-LD and Open Graph tags declare, and its first <time datetime>."""
    titles: list[str] = []
    dates: list[str] = []
    sites: list[str] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for node in _ld_nodes(data):
            if isinstance(node.get("headline"), str):
                titles.append(node["headline"])
            if isinstance(node.get("datePublished"), str):
                dates.append(node["datePublished"])
            publisher = node.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                sites.append(publisher["name"])
    titles += _meta(root, "og:title") + _meta(root, "twitter:title")
    dates += _meta(root, "article:published_time")
    sites = _meta(root, "og:site_name") + _meta(root, "application-name") + sites
    day = next((m.group(1) for m in map(_ISO_DAY.match, dates) if m), None)
    # a <time> in the article, marked as the publication, or alone on the page, is the article's;
    # otherwise it may be a sidebar's, and comes after what the extractor finds
    sure = root.xpath('//article//time/@datetime | //time[@itemprop="datePublished" or @pubdate]/@datetime')
    days = [m.group(1) for m in map(_ISO_DAY.match, root.xpath("//time/@datetime")) if m]
    sure_day = next((m.group(1) for m in map(_ISO_DAY.match, sure) if m), None)
    if sure_day is None and len(set(days)) == 1:
        sure_day = days[0]
    day = day or sure_day
    first_time = days[0] if days else None
    title = next((" ".join(t.split()) for t in titles if t.strip()), None)
    site = next((" ".join(s.split()) for s in sites if s.strip()), None)
    urls = _meta(root, "og:url") + root.xpath('//link[@rel="canonical"]/@href')
    host = next((h for h in map(_host_name, urls) if h), None)
    headings = tuple(" ".join("".join(h.itertext()).split()) for h in root.iter("h1"))
    return PageMeta(title=title, date=day, site=site, host=host, headings=headings[:5], time=first_time)


def _meta(root: Any, name: str) -> list[str]:
    return [v for v in root.xpath(f'//meta[@property="{name}" or @name="{name}"]/@content') if isinstance(v, str)]


def _host_name(url: str) -> str | None:
    """Return the site's own name in an address: "comwrap" for https://blog.comwrap.com/x."""
    m = _HOST.search(url)
    if m is None:
        return None
    labels = [x for x in m.group(1).lower().split(".") if x]
    named = [x for x in labels[:-1] if x not in _NOT_A_NAME and len(x) >= 2]
    return named[-1] if named else None


def _ld_nodes(data: Any) -> list[dict[str, Any]]:
    """Return the JSON-LD objects that carry a headline or a publication date, articles first."""
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if "headline" in item or "datePublished" in item:
                out.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
            if len(out) > _MAX_LD_NODES:
                break
    # an article's own node first: a page's JSON-LD may also list other stories with headlines
    return sorted(out, key=lambda node: not _ARTICLE_TYPE.search(str(node.get("@type", ""))))


def _norm(s: str) -> str:
    return "".join(_WORD.findall(s.casefold()))


def strip_site_name(title: str, site: str | None = None, host: str | None = None) -> str:
    """Return the title without an appended site name, date or section ("… | DW | 19.01.2020")."""
    names = {n for n in (_norm(site or ""), _norm(host or "")) if n}
    while True:
        seps = list(_SEPARATOR.finditer(title))
        if not seps:
            return title
        head, last = title[: seps[-1].start()], title[seps[-1].end() :]
        key = _norm(last)
        # "dw" names "DW"; "comwrap" does not name "comwrap auf der DMEXCO 2018"
        named = bool(key) and any(key in n or (n in key and len(key) <= len(n) + 4) for n in names)
        # after two or more "|" the last short segment is a section or the site, named or not
        piped = sum("|" in m.group() for m in seps) >= 2 and len(last.split()) <= _MAX_SUFFIX_WORDS
        words = _WORD.findall(head)
        if not (named or piped or _DATE_WORDS.match(last)) or (len(words) < 2 and len("".join(words)) < 8):
            return title
        title = head.rstrip()
