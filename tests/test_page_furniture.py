"""Web pages: furniture is removed from the article text, the article itself is kept whole.

Every page here is small and synthetic; each test puts one kind of furniture (or content) into an
otherwise ordinary news page and checks what the reader makes of it.
"""

from __future__ import annotations

import pytest

from quotemark.analysis import html_reader
from quotemark.analysis.model import Article
from quotemark.analysis.page_furniture import clean_text, is_furniture_line
from quotemark.analysis.page_meta import strip_site_name
from quotemark.analysis.reader import read_text

PARAGRAPHS = [
    "The city council voted on Tuesday to approve the new budget, which includes funding for road "
    "repairs and schools, according to a statement released by the mayor's office.",
    "“We will fix the roads first,” Mayor Ann Lee said at a news conference after the vote, adding that "
    "the work would begin in the spring and last for at least two years.",
    "Opposition members said the budget was too small, and several residents spoke against it during "
    "a public hearing that lasted more than four hours on Monday night.",
    "The council will meet again next month to discuss how the money for schools will be divided "
    "among the districts, a spokesman for the council said on Wednesday.",
]
CLOSING = "The budget takes effect on July 1."


def _page(body: str, *, head: str = "", title: str = "Council approves budget", after: str = "") -> str:
    """Return a news page: head, navigation, the article (headline, `body`) and `after` it."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves budget</h1>
{body}
</article>{after}
<footer><p>About us</p></footer></body></html>"""


def _ps(paragraphs: list[str] = PARAGRAPHS) -> str:
    return "\n".join(f"<p>{p}</p>" for p in paragraphs)


def _read(html: str) -> Article:
    return read_text(html, source="page.html", format="html")


def _paragraphs(article: Article) -> list[str]:
    return [p for p in article.text.split("\n\n") if p.strip()]


def _assert_body_whole(article: Article) -> None:
    for p in PARAGRAPHS:
        assert p in article.text


# ---- furniture removed ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: China plague outbreak confirmed in Beijing",
        "SEE MORE: Hong Kong protests: 800 students under siege",
        "DON'T MISS",
        "Related: The 15 Weirdest Galaxies in Our Universe",
        "Plague fears: holidaymakers die after eating marmot [INSIGHT]",
        "You may also like...",
        "Click here to subscribe to The Paradigm Newsletter",
        "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
        "Copyright 2019 Hawaii News Now. All rights reserved.",
        "Updated at 1:23 p.m.",
        "UPDATED: Tue., Nov. 19, 2019",
        "Additional reporting by Joseph Hudak",
    ],
)
def test_furniture_lines_inside_the_article_are_removed(line: str) -> None:
    body = _ps(PARAGRAPHS[:2]) + f"\n<p>{line}</p>\n" + _ps(PARAGRAPHS[2:])
    article = _read(_page(body))
    _assert_body_whole(article)
    assert line not in article.text
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 100 people marched to the town hall on Saturday.",
        "Related issues were raised by the auditor, who said the plan was incomplete.",
        "Follow-up hearings are expected to take place in the spring, officials said, after months of delay.",
        "Copyright lawsuits rose in 2019, the report said.",
        "Published on Monday, the report found 3 errors.",
        "“Join us in the fight for better roads,” she said.",
        "“Subscribe to nothing you do not understand,” the minister warned savers.",
        "The newsletter, delivered weekly to 10,000 readers, criticised the mayor.",
        "Updated figures published on Monday show 3,000 more jobs than expected in the region this year, "
        "the ministry said.",
    ],
)
def test_prose_that_opens_like_furniture_is_kept(sentence: str) -> None:
    assert not is_furniture_line(sentence)


@pytest.mark.parametrize(
    "block",
    [
        '<div class="related-articles"><h3>Related</h3><a href="/a">Taxes rise in Shelbyville</a></div>',
        '<div class="newsletter-signup"><p>Get the morning briefing in your inbox every day.</p></div>',
        '<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email this story</a></div>',
        '<div class="most-read"><ol><li><a href="/x">Man bites dog in Ogdenville</a></li></ol></div>',
    ],
)
def test_furniture_blocks_are_removed_by_their_class(block: str) -> None:
    marker = block.split(">", 2)[-1][:20]
    article = _read(_page(_ps(PARAGRAPHS[:2]) + block + _ps(PARAGRAPHS[2:])))
    _assert_body_whole(article)
    assert marker not in article.text


def test_captions_and_photo_credits_are_removed() -> None:
    figure = (
        '<figure><img src="a.jpg"><figcaption>Mayor Ann Lee at the council meeting. '
        '<span class="credit">Photo: Jane Roe / Herald</span></figcaption></figure>'
    )
    article = _read(_page(_ps(PARAGRAPHS[:1]) + figure + _ps(PARAGRAPHS[1:])))
    _assert_body_whole(article)
    assert "Jane Roe" not in article.text and "at the council meeting." not in article.text


def test_a_list_of_nothing_but_links_is_removed() -> None:
    links = "".join(f'<li><a href="/s{i}">Story number {i} about something else</a></li>' for i in range(4))
    article = _read(_page(_ps() + f"<ul>{links}</ul>"))
    _assert_body_whole(article)
    assert "Story number" not in article.text


def test_a_hover_card_does_not_glue_a_name_to_itself() -> None:
    card = (
        '<span class="rollover-people"><a class="rollover-people-link" href="/people/ann-lee">Ann Lee</a>'
        '<span class="rollover-people-block"><img src="lee.jpg"><a href="/people/ann-lee">Ann Lee</a>'
        '<a href="/other">Hillicon Valley: Senators call for 5G security</a></span></span>'
    )
    first = f"<p>The plan was announced by Mayor {card} on Tuesday, after a vote of the full city council that ran late.</p>"
    article = _read(_page(first + _ps()))
    assert "Ann LeeAnn Lee" not in article.text and "Hillicon" not in article.text
    assert "announced by Mayor Ann Lee on Tuesday" in article.text


def test_the_headline_is_not_repeated_as_the_first_paragraph() -> None:
    article = _read(
        _page(
            _ps(),
            title="Council approves budget - Springfield Herald",
            head='<meta property="og:site_name" content="Springfield Herald">',
        )
    )
    assert article.title == "Council approves budget"
    assert _paragraphs(article)[0] == PARAGRAPHS[0]


def test_a_hidden_second_copy_of_the_body_is_dropped() -> None:
    copy = f'<div style="display:none" itemscope><div itemprop="articleBody">{" ".join(PARAGRAPHS)}</div></div>'
    article = _read(_page(_ps() + copy))
    _assert_body_whole(article)
    assert article.text.count(PARAGRAPHS[0]) == 1


def test_the_body_printed_twice_is_kept_once() -> None:
    text = "\n\n".join(PARAGRAPHS + PARAGRAPHS)
    assert clean_text(text) == "\n\n".join(PARAGRAPHS)


# ---- content kept ---------------------------------------------------------------------------------


@pytest.mark.parametrize("wrapper", ["social-media-embed", "sdc-article-widget sdc-article-tweet"])
def test_a_quoted_tweet_is_kept(wrapper: str) -> None:
    tweet = (
        f'<div class="{wrapper}"><blockquote class="twitter-tweet"><p lang="en">The roads come '
        "first, and the schools right after them. Proud of this council.</p>— Ann Lee (@annlee) "
        '<a href="https://twitter.com/annlee/status/1">November 18, 2019</a></blockquote></div>'
    )
    article = _read(_page(_ps(PARAGRAPHS[:2]) + tweet + _ps(PARAGRAPHS[2:])))
    _assert_body_whole(article)
    assert "The roads come first, and the schools right after them." in article.text


def test_a_list_in_the_article_is_kept() -> None:
    items = ["Road repairs: 2.1 million", "Schools: 1.4 million", "Parks and libraries: 0.6 million"]
    listing = "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"
    article = _read(_page(_ps(PARAGRAPHS[:2]) + listing + _ps(PARAGRAPHS[2:])))
    _assert_body_whole(article)
    for item in items:
        assert item in article.text


def test_the_closing_sentence_and_short_repeated_lines_are_kept() -> None:
    text = "\n\n".join([*PARAGRAPHS, "1 tsp. olive oil", "Step two", "1 tsp. olive oil", CLOSING])
    kept = clean_text(text, ["Council approves budget"])
    assert kept.count("1 tsp. olive oil") == 2 and kept.endswith(CLOSING)
    article = _read(_page(_ps() + f"<p>{CLOSING}</p>"))
    assert _paragraphs(article)[-1] == CLOSING


def test_an_article_whose_class_names_furniture_is_kept() -> None:
    body = f'<div class="entry-content entry-content-read-more has-share-bar">{_ps()}</div>'
    article = _read(_page(body))
    _assert_body_whole(article)


def test_the_rest_of_an_article_split_across_containers_is_recovered(monkeypatch: pytest.MonkeyPatch) -> None:
    first_half = "\n\n".join(PARAGRAPHS[:1])
    monkeypatch.setattr(html_reader, "_trafilatura", lambda markup: html_reader.HtmlArticle(text=first_half))
    page = html_reader.extract_html(_page(_ps()))
    assert page is not None and page.extractor == "readability"
    for p in PARAGRAPHS:
        assert p in page.text


# ---- title and date -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "site", "host", "expected"),
    [
        ("Merkel hosts Libya summit | DW | 19.01.2020", "Deutsche Welle", "dw", "Merkel hosts Libya summit"),
        ("Bitcoin falls below 7,000 - The Paradigm", "The Paradigm", None, "Bitcoin falls below 7,000"),
        ("Biden - Trump debate set for Tuesday", "CNN", "cnn", "Biden - Trump debate set for Tuesday"),
        ("Council approves budget", "Springfield Herald", None, "Council approves budget"),
    ],
)
def test_an_appended_site_name_is_removed_from_the_title(
    title: str, site: str, host: str | None, expected: str
) -> None:
    assert strip_site_name(title, site, host) == expected


def test_title_and_date_come_from_json_ld() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Council approves the budget for 2020", "datePublished": "2019-11-19T22:30:00-05:00"}</script>'
    )
    article = _read(_page(_ps(), head=ld, title="Springfield Herald: news"))
    assert article.title == "Council approves the budget for 2020"
    assert article.date == "2019-11-19"  # the day as the publisher wrote it, not shifted to UTC


def test_the_date_comes_from_a_time_element_when_nothing_else_declares_it() -> None:
    article = _read(_page('<time datetime="2019-03-04T09:00">March 4</time>' + _ps()))
    assert article.date == "2019-03-04"


def test_the_other_posts_of_a_page_listing_several_are_dropped() -> None:
    other = '<article class="post"><h2>Another post</h2><p>{}</p></article>'.format(
        "This is a different post about the weather, which has nothing to do with the budget at all. " * 3
    )
    html = (
        _page(_ps()).replace("<article>", "<div><article>").replace("</article>", "</article>" + other * 2 + "</div>")
    )
    article = _read(html)
    _assert_body_whole(article)
    assert "weather" not in article.text


def test_a_sidebar_time_does_not_outrank_the_article_date() -> None:
    head = '<meta property="article:published_time" content="2019-11-19T08:00:00Z">'
    sidebar = '<aside><time datetime="2019-10-01">Oct 1</time> <a href="/old">An older story</a></aside>'
    article = _read(_page(_ps(), head=head, after=sidebar))
    assert article.date == "2019-11-19"


def test_a_page_holding_only_its_headline_still_reads() -> None:
    html = "<html><head><title>Council approves budget</title></head><body><p>Council approves budget</p></body></html>"
    assert _read(html).text.strip() == "Council approves budget"


def test_a_section_repeated_on_purpose_is_kept() -> None:
    meal = [
        "Pre-workout meal",
        "Eat 60 to 90 minutes before your workout: one cup of asparagus, two poached eggs, "
        "half a cup of sweet potato and a teaspoon of olive oil, with a glass of water and some fruit on the side.",
    ]
    text = "\n\n".join([*PARAGRAPHS, *meal, *PARAGRAPHS[:2], *meal, *PARAGRAPHS[2:]])
    assert clean_text(text).count(meal[1]) == 2


def test_the_article_node_of_json_ld_outranks_a_list_of_other_stories() -> None:
    ld = (
        '<script type="application/ld+json">[{"@type": "ItemList", "itemListElement": [], '
        '"headline": "Top stories this week"}, {"@type": "NewsArticle", '
        '"headline": "Council approves the budget for 2020", "datePublished": "2019-11-19"}]</script>'
    )
    assert _read(_page(_ps(), head=ld)).title == "Council approves the budget for 2020"
