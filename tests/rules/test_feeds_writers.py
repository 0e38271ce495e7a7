"""The feed writers: Atom, RSS and JSON Feed bytes from a `Feed`, and absolute links in HTML."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import cache
from typing import Any

import feedparser
import jsonschema
import lxml.html
import pytest
from lxml import etree
from sitebuild import shared

from mkdocs_blog_plugin.feeds.atom_rss import atom_entries, atom_xml, rss_items, rss_xml
from mkdocs_blog_plugin.feeds.feed import Feed, FeedAuthor, FeedEntry
from mkdocs_blog_plugin.feeds.json_feed import json_feed, json_items
from mkdocs_blog_plugin.feeds.pieces import Serialized
from mkdocs_blog_plugin.html.absolute_links import absolute_html

NS = {
    "a": "http://www.w3.org/2005/Atom",
    "media": "http://search.yahoo.com/mrss/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
PLUS_ONE = timezone(timedelta(hours=1))
HOSTILE = 'Fish & <Chips> "quoted"'
ANN = FeedAuthor("Ann Example", "ann@example.org", "https://ann.example.org/")
BOB = FeedAuthor("Bob", "bob@example.org")
CAROL = FeedAuthor("Carol")
Writer = Callable[[Feed], bytes]
WRITERS: list[Writer] = [atom_xml, rss_xml, json_feed]


def entry(slug: str, day: int = 1, **fields: Any) -> FeedEntry:
    """A post of February 2014, with every optional field filled unless overridden."""
    url = f"https://example.org/blog/2014/02/{day:02d}/{slug}/"
    date = datetime(2014, 2, day, 13, 40, tzinfo=timezone.utc)
    values: dict[str, Any] = {
        "id": url,
        "url": url,
        "title": f"Post {slug}",
        "published": date,
        "updated": date,
        "authors": (ANN,),
        "categories": ("news",),
        "tags": ("irmin", "ocaml"),
        "summary": f"Summary of {slug}.",
        "content_html": f'<p>Body of {slug}, <a href="{url}#more">more</a>.</p>',
        "image": "https://example.org/img/cover.png",
        "slug": slug,
        "source": f"blog/_posts/2014-02-{day:02d}-{slug}.md",
    }
    values.update(fields)
    return FeedEntry(**values)


def feed(*entries: FeedEntry, **fields: Any) -> Feed:
    values: dict[str, Any] = {
        "title": "TideKit",
        "subtitle": "News from the TideKit team",
        "home_url": "https://example.org/blog/",
        "language": "en-US",
        "author": FeedAuthor("The TideKit team", "team@example.org"),
        "atom_url": "https://example.org/blog/feed.xml",
        "rss_url": "https://example.org/blog/rss.xml",
        "json_url": "https://example.org/blog/feed.json",
        "entries": entries,
    }
    values.update(fields)
    return Feed(**values)


FULL = feed(
    entry("third", 3, authors=(ANN, CAROL)),
    entry("second", 2, published=datetime(2014, 2, 2, 10, 0, tzinfo=PLUS_ONE)),
    entry("first", 1, summary=None, content_html=None, image=None, authors=()),
)


@cache
def atom_schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(shared("schemas") / "atom-rfc4287.rng")))


@cache
def json_schema() -> dict[str, Any]:
    path = shared("schemas") / "jsonfeed-v1.1.schema.json"
    schema: dict[str, Any] = json.loads(path.read_text())
    return schema


def atom(value: Feed) -> etree._Element:
    """The Atom document, checked: valid against RFC 4287's schema, read by feedparser."""
    data = atom_xml(value)
    root = etree.fromstring(data)
    assert atom_schema().validate(root), atom_schema().error_log
    # The schema's Schematron rule, which RELAX NG does not check.
    assert root.xpath("a:author", namespaces=NS) or not root.xpath(
        "a:entry[not(a:author)]", namespaces=NS
    )
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return root


def rss(value: Feed) -> etree._Element:
    """The RSS document, checked: read by feedparser as RSS 2.0 without complaint."""
    data = rss_xml(value)
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    channel: etree._Element = etree.fromstring(data).find("channel")
    return channel


def jsonfeed(value: Feed) -> dict[str, Any]:
    """The JSON Feed document, checked against the JSON Feed 1.1 schema."""
    document: dict[str, Any] = json.loads(json_feed(value).decode("utf-8"))
    jsonschema.validate(document, json_schema())
    return document


def xpath(element: etree._Element, path: str) -> list[str]:
    return [str(found) for found in element.xpath(path, namespaces=NS)]


# Validity and order


def test_full_feed_is_valid_in_every_format() -> None:
    atom(FULL)
    rss(FULL)
    jsonfeed(FULL)


def test_entries_keep_the_given_order() -> None:
    # Not sorted by date: the writers must not reorder (feedgen prepends by default).
    value = feed(entry("b", 2), entry("c", 3), entry("a", 1))
    urls = [e.url for e in value.entries]
    assert xpath(atom(value), "a:entry/a:id/text()") == urls
    assert xpath(rss(value), "item/guid/text()") == urls
    assert [item["id"] for item in jsonfeed(value)["items"]] == urls
    assert [e.link for e in feedparser.parse(atom_xml(value)).entries] == urls
    assert [e.link for e in feedparser.parse(rss_xml(value)).entries] == urls


def test_ids_and_links() -> None:
    post = entry("one")
    value = feed(post)
    root = atom(value)
    assert xpath(root, "a:id/text()") == ["https://example.org/blog/feed.xml"]
    assert xpath(root, "a:link[@rel='self']/@href") == ["https://example.org/blog/feed.xml"]
    assert xpath(root, "a:link[@rel='self']/@type") == ["application/atom+xml"]
    assert xpath(root, "a:link[@rel='alternate']/@href") == ["https://example.org/blog/"]
    assert xpath(root, "a:entry/a:id/text()") == [post.id]
    # feedgen 1.0 drops rel and type from entry links: the writer puts them back.
    assert xpath(root, "a:entry/a:link[@rel='alternate'][@type='text/html']/@href") == [post.url]

    channel = rss(value)
    assert xpath(channel, "link/text()") == ["https://example.org/blog/"]
    assert xpath(channel, "a:link[@rel='self']/@href") == ["https://example.org/blog/rss.xml"]
    assert xpath(channel, "item/link/text()") == [post.url]
    assert xpath(channel, "item/guid[@isPermaLink='true']/text()") == [post.id]

    document = jsonfeed(value)
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert document["home_page_url"] == "https://example.org/blog/"
    assert document["feed_url"] == "https://example.org/blog/feed.json"
    assert (document["items"][0]["id"], document["items"][0]["url"]) == (post.id, post.url)


def test_a_guid_that_is_not_the_url_is_no_permalink() -> None:
    channel = rss(feed(entry("one", id="tag:example.org,2014:one")))
    assert xpath(channel, "item/guid[@isPermaLink='false']/text()") == ["tag:example.org,2014:one"]


def test_turned_off_formats_are_not_linked() -> None:
    value = feed(entry("one"), atom_url=None, rss_url=None, json_url=None)
    root = atom(value)
    assert xpath(root, "a:id/text()") == ["https://example.org/blog/"]
    assert not root.xpath("a:link[@rel='self']", namespaces=NS)
    assert not rss(value).xpath("a:link", namespaces=NS)
    assert "feed_url" not in jsonfeed(value)


# Dates


def test_dates_keep_their_offset_and_instant() -> None:
    published = datetime(2014, 2, 2, 10, 0, tzinfo=PLUS_ONE)
    updated = datetime(2014, 3, 1, 8, 30, 15, tzinfo=timezone.utc)
    value = feed(entry("one", published=published, updated=updated))
    root = atom(value)
    assert xpath(root, "a:entry/a:published/text()") == ["2014-02-02T10:00:00+01:00"]
    assert xpath(root, "a:entry/a:updated/text()") == ["2014-03-01T08:30:15+00:00"]
    assert xpath(rss(value), "item/pubDate/text()") == ["Sun, 02 Feb 2014 10:00:00 +0100"]
    item = jsonfeed(value)["items"][0]
    assert datetime.fromisoformat(item["date_published"]) == published
    assert item["date_published"] == "2014-02-02T10:00:00+01:00"
    assert datetime.fromisoformat(item["date_modified"]) == updated

    for parsed in (feedparser.parse(atom_xml(value)), feedparser.parse(rss_xml(value))):
        assert parsed.entries[0].published_parsed[:6] == (2014, 2, 2, 9, 0, 0)  # UTC


def test_feed_date_is_the_newest_update_never_the_build_time() -> None:
    # The oldest post was edited last: its `updated` is the feed's.
    edited = datetime(2015, 5, 12, 13, 27, 59, tzinfo=timezone.utc)
    value = feed(entry("new", 3), entry("old", 1, updated=edited))
    assert xpath(atom(value), "a:updated/text()") == ["2015-05-12T13:27:59+00:00"]
    assert xpath(rss(value), "lastBuildDate/text()") == ["Tue, 12 May 2015 13:27:59 +0000"]


def test_output_is_deterministic() -> None:
    for writer in WRITERS:
        first = writer(FULL)
        time.sleep(0.002)
        assert writer(FULL) == first, writer.__name__
        # Nothing from the clock: every date in FULL is from 2014.
        assert str(datetime.now().year).encode() not in first, writer.__name__


def test_a_naive_date_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        entry("one", published=datetime(2014, 2, 1))


# Text


def test_hostile_text_round_trips() -> None:
    hostile_term = '"/><VADER>'
    value = feed(
        entry("one", title=HOSTILE, summary=HOSTILE, tags=(hostile_term,)),
        title=HOSTILE,
        subtitle=HOSTILE,
    )
    atom(value)  # valid
    for parsed in (feedparser.parse(atom_xml(value)), feedparser.parse(rss_xml(value))):
        assert parsed.feed.title == HOSTILE
        assert parsed.entries[0].title == HOSTILE
        assert hostile_term in [tag.term for tag in parsed.entries[0].tags]
    document = jsonfeed(value)
    assert document["title"] == document["items"][0]["title"] == HOSTILE
    assert document["items"][0]["tags"] == [hostile_term]


def test_characters_xml_forbids_are_removed() -> None:
    dirty = "a\x00b\x0bc\x1fd\ud800e\ufffef\tg"
    value = feed(
        entry(
            "one",
            title=dirty,
            summary=dirty,
            content_html=f"<p>{dirty}</p>",
            tags=(dirty,),
            authors=(FeedAuthor(dirty, "ann@example.org"),),
        ),
        title=dirty,
    )
    clean = "abcdef\tg"
    root = atom(value)
    assert xpath(root, "a:title/text()") == [clean]
    assert xpath(root, "a:entry/a:title/text()") == [clean]
    assert xpath(root, "a:entry/a:content/text()") == [f"<p>{clean}</p>"]
    assert xpath(root, "a:entry/a:author/a:name/text()") == [clean]
    assert xpath(rss(value), "item/title/text()") == [clean]
    item = jsonfeed(value)["items"][0]
    assert (item["title"], item["summary"], item["tags"]) == (clean, clean, [clean])


def test_an_empty_title_falls_back_to_the_url() -> None:
    # feedgen refuses an empty title; a title of forbidden characters is one.
    value = feed(entry("one", title="\x00"), title="")
    root = atom(value)
    assert xpath(root, "a:title/text()") == ["https://example.org/blog/"]
    assert xpath(root, "a:entry/a:title/text()") == [value.entries[0].url]


def test_summary_and_content() -> None:
    value = feed(entry("one"))
    root = atom(value)
    assert xpath(root, "a:entry/a:summary/text()") == ["Summary of one."]
    assert xpath(root, "a:entry/a:content[@type='html']/text()") == [value.entries[0].content_html]
    channel = rss(value)
    assert xpath(channel, "item/description/text()") == ["Summary of one."]
    assert xpath(channel, "item/content:encoded/text()") == [value.entries[0].content_html]
    item = jsonfeed(value)["items"][0]
    assert (item["summary"], item["content_html"]) == (
        "Summary of one.",
        value.entries[0].content_html,
    )


def test_content_without_summary_is_the_rss_description() -> None:
    value = feed(entry("one", summary=None))
    assert not atom(value).xpath("a:entry/a:summary", namespaces=NS)
    assert xpath(rss(value), "item/description/text()") == [value.entries[0].content_html]
    assert "summary" not in jsonfeed(value)["items"][0]


def test_language() -> None:
    value = feed(entry("one"))
    root = atom(value)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en-US"
    assert xpath(root, "a:link[@rel='alternate']/@hreflang") == ["en-US"]
    assert xpath(rss(value), "language/text()") == ["en-US"]
    assert jsonfeed(value)["language"] == "en-US"


def test_categories_then_tags() -> None:
    value = feed(entry("one", categories=("news", "jekyll"), tags=("irmin", "ocaml")))
    expected = ["news", "jekyll", "irmin", "ocaml"]
    assert xpath(atom(value), "a:entry/a:category/@term") == expected
    assert xpath(rss(value), "item/category/text()") == expected
    item = jsonfeed(value)["items"][0]
    assert item["tags"] == ["irmin", "ocaml"]
    assert item["_blog"] == {
        "categories": ["news", "jekyll"],
        "slug": "one",
        "source": "blog/_posts/2014-02-01-one.md",
    }


# Missing things


def test_empty_feed() -> None:
    value = feed()
    root = atom(value)
    assert xpath(root, "a:updated/text()") == ["1970-01-01T00:00:00+00:00"]
    assert not root.xpath("a:entry", namespaces=NS)
    channel = rss(value)
    assert xpath(channel, "lastBuildDate/text()") == ["Thu, 01 Jan 1970 00:00:00 +0000"]
    assert not channel.xpath("item")
    assert jsonfeed(value)["items"] == []


def test_missing_optional_fields() -> None:
    bare = entry("one", authors=(), summary=None, content_html=None, image=None)
    value = feed(bare, subtitle=None, language=None, author=None)
    root = atom(value)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") is None
    assert not root.xpath("a:subtitle | a:entry/a:summary | a:entry/a:content", namespaces=NS)
    assert not root.xpath("a:entry/a:author | a:entry/media:*", namespaces=NS)
    # Atom wants an author: the feed's title stands in when no post has one.
    assert xpath(root, "a:author/a:name/text()") == ["TideKit"]

    channel = rss(value)
    assert xpath(channel, "description/text()") == ["Posts from TideKit"]
    assert not channel.xpath("language | item/author | item/dc:creator", namespaces=NS)
    assert not channel.xpath(
        "item/description | item/enclosure | item/content:encoded", namespaces=NS
    )

    document = jsonfeed(value)
    assert not {"description", "language", "authors"} & document.keys()
    item = document["items"][0]
    assert not {"summary", "content_html", "image", "authors"} & item.keys()
    assert item["content_text"] == ""


def test_content_text_is_the_summary_when_there_is_no_content() -> None:
    item = jsonfeed(feed(entry("one", content_html=None)))["items"][0]
    assert item["content_text"] == "Summary of one."


def test_no_feed_author_when_every_entry_has_one() -> None:
    root = atom(feed(entry("one"), author=None))
    assert not root.xpath("a:author", namespaces=NS)


# Images and authors


def test_image() -> None:
    url = "https://cdn.example.org/absolute.JPG?h=188&w=250"
    value = feed(entry("one", image=url))
    root = atom(value)
    assert xpath(root, "a:entry/media:thumbnail/@url") == [url]
    assert xpath(root, "a:entry/media:content[@medium='image']/@url") == [url]
    enclosure = rss(value).find("item/enclosure")
    assert enclosure is not None
    assert dict(enclosure.attrib) == {"url": url, "length": "0", "type": "image/jpeg"}
    assert feedparser.parse(atom_xml(value)).entries[0].media_thumbnail[0]["url"] == url
    assert feedparser.parse(rss_xml(value)).entries[0].enclosures[0]["href"] == url
    assert jsonfeed(value)["items"][0]["image"] == url


@pytest.mark.parametrize(
    ("image", "media_type"),
    [
        ("https://example.org/a.png", "image/png"),
        ("https://example.org/a.svg#icon", "image/svg+xml"),
        ("https://example.org/a.webp", "image/webp"),
        ("https://example.org/picture", "application/octet-stream"),
        ("http://x.eu]/a.gif", "image/gif"),
    ],
)
def test_enclosure_type_from_the_extension(image: str, media_type: str) -> None:
    assert xpath(rss(feed(entry("one", image=image))), "item/enclosure/@type") == [media_type]


def test_multiple_authors() -> None:
    value = feed(entry("one", authors=(ANN, BOB)))
    root = atom(value)
    assert xpath(root, "a:entry/a:author/a:name/text()") == ["Ann Example", "Bob"]
    assert xpath(root, "a:entry/a:author/a:email/text()") == [
        "ann@example.org",
        "bob@example.org",
    ]
    assert xpath(root, "a:entry/a:author/a:uri/text()") == ["https://ann.example.org/"]
    assert [a.name for a in feedparser.parse(atom_xml(value)).entries[0].authors] == [
        "Ann Example",
        "Bob",
    ]
    # Every author has an email: RSS's own <author>.
    channel = rss(value)
    assert xpath(channel, "item/author/text()") == [
        "ann@example.org (Ann Example)",
        "bob@example.org (Bob)",
    ]
    assert not channel.xpath("item/dc:creator", namespaces=NS)
    assert jsonfeed(value)["items"][0]["authors"] == [
        {"name": "Ann Example", "url": "https://ann.example.org/"},
        {"name": "Bob", "url": "mailto:bob@example.org"},
    ]


def test_rss_authors_without_email_are_dc_creators() -> None:
    value = feed(entry("one", authors=(ANN, CAROL)))
    channel = rss(value)
    assert xpath(channel, "item/dc:creator/text()") == ["Ann Example", "Carol"]
    assert not channel.xpath("item/author")
    parsed = feedparser.parse(rss_xml(value))
    assert [a.name for a in parsed.entries[0].authors] == ["Ann Example", "Carol"]


def test_feed_author() -> None:
    team = FeedAuthor(
        "Team", "team@example.org", "https://example.org/", "https://example.org/a.png"
    )
    value = feed(entry("one"), author=team)
    assert xpath(atom(value), "a:author/*/text()") == [
        "Team",
        "team@example.org",
        "https://example.org/",
    ]
    assert jsonfeed(value)["authors"] == [
        {"name": "Team", "url": "https://example.org/", "avatar": "https://example.org/a.png"}
    ]


# Entries serialized once


def test_a_feed_from_entries_serialized_once_is_the_same() -> None:
    # Written once for every feed they are in, an entry reads the same in each.
    shared = entry("shared", 4, title=HOSTILE, authors=(ANN, CAROL), content_html="<p>\n</p>")
    feeds = [FULL, feed(shared, *FULL.entries), feed(shared, language=None, author=None), feed()]
    every = list(dict.fromkeys(e for value in feeds for e in value.entries))
    for write, serialize in [
        (atom_xml, atom_entries),
        (rss_xml, rss_items),
        (json_feed, json_items),
    ]:
        serialized = Serialized(dict(zip(every, serialize(every), strict=True)))
        for value in feeds:
            assert write(value, serialized) == write(value), write.__name__
    assert json.loads(json_feed(feeds[1]))["items"][0]["content_html"] == "<p>\n</p>"


# Speed


def test_twenty_large_entries_are_fast() -> None:
    body = "<p>Some <a href='https://example.org/x/'>text</a> &amp; more words. </p>\n" * 280
    assert len(body) > 20_000
    value = feed(*(entry(f"p{day}", day, content_html=body) for day in range(20, 0, -1)))
    for writer in WRITERS:
        best = min(_seconds(writer, value) for _ in range(3))
        assert best < 0.05, (writer.__name__, best)


def _seconds(writer: Writer, value: Feed) -> float:
    start = time.perf_counter()
    writer(value)
    return time.perf_counter() - start


# Absolute links

BASE = "https://example.org/blog/2014/02/11/fosdem/"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="../x/">x</a>', '<a href="https://example.org/blog/2014/02/11/x/">x</a>'),
        ('<a href="#frag">f</a>', f'<a href="{BASE}#frag">f</a>'),
        ('<a href="/docs/">d</a>', '<a href="https://example.org/docs/">d</a>'),
        ('<img src="img/a.png" alt="">', f'<img src="{BASE}img/a.png" alt="">'),
        (
            '<img srcset="a.png 1x, /b.png 2x">',
            f'<img srcset="{BASE}a.png 1x, https://example.org/b.png 2x">',
        ),
        (  # libxml2 parses HTML 4, without the void <source>: browsers ignore </source>
            '<picture><source srcset="s.webp 100w,t.webp 200w"></picture>',
            f'<picture><source srcset="{BASE}s.webp 100w,{BASE}t.webp 200w"></source></picture>',
        ),
        (  # a comma ending a URL ends its candidate
            '<img srcset="a.png, b.png 2x">',
            f'<img srcset="{BASE}a.png, {BASE}b.png 2x">',
        ),
        (  # the comma inside a data URL is not a separator
            '<img srcset="data:image/png;base64,AAAA 1x, x.png 2x">',
            f'<img srcset="data:image/png;base64,AAAA 1x, {BASE}x.png 2x">',
        ),
        (
            '<video poster="p.jpg" src="v.mp4"></video>',
            f'<video poster="{BASE}p.jpg" src="{BASE}v.mp4"></video>',
        ),
        ('<a href="https://other.org/a?b=1&amp;c=2">o</a>', None),
        ('<a href="mailto:ann@example.org">m</a>', None),
        ('<a href="http://x.eu]">broken</a>', None),
        ('<a href=" x ">x</a>', f'<a href="{BASE}x">x</a>'),
        (
            '<form action="f"><button formaction="g">b</button></form>',
            f'<form action="{BASE}f"><button formaction="{BASE}g">b</button></form>',
        ),
        ('<svg><use xlink:href="#i"></use></svg>', f'<svg><use xlink:href="{BASE}#i"></use></svg>'),
        (  # a `url()` in a style: lxml's own pass
            '<p style="background: URL(bg.png)"><a href="x">x</a></p>',
            f'<p style="background: URL({BASE}bg.png)"><a href="{BASE}x">x</a></p>',
        ),
        ("", None),
    ],
)
def test_absolute_html(html: str, expected: str | None) -> None:
    assert absolute_html(html, BASE) == (html if expected is None else expected)


@pytest.mark.parametrize(
    "html",
    [
        '<a href="x" title="t">x</a><img src="../i.png" longdesc="d" usemap="#m">',
        '<blockquote cite="c"><td background="b.gif"></td></blockquote><img lowsrc="l" dynsrc="d">',
        '<object codebase="cb/" data="d.swf" archive="a.jar b.jar"><param valuetype="ref" '
        'value="v"></object><a href="y">y</a>',
        '<meta http-equiv="refresh" content="5; url=next.html"><a href="z">z</a>',
        '<style>p { background: url("bg.png") } @import "x.css";</style><a href="s">s</a>',
        '<p style="color: red"><a href="javascript:void(0)">j</a><a href="//cdn.org/x">c</a></p>',
        '<iframe src="../../embed/"></iframe><a href="?q=1">q</a><a href="">e</a><!-- c -->',
    ],
)
def test_absolute_html_finds_what_lxml_finds(html: str) -> None:
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    root.make_links_absolute(BASE, resolve_base_href=False, handle_failures="ignore")
    expected = "".join(lxml.html.tostring(child, encoding="unicode") for child in root)
    assert absolute_html(html, BASE) == expected


def test_absolute_html_keeps_text_around_elements() -> None:
    html = 'Fish &amp; chips <a href="x">x</a> tail <em>and</em> more'
    assert absolute_html(html, BASE) == (
        f'Fish &amp; chips <a href="{BASE}x">x</a> tail <em>and</em> more'
    )


def test_absolute_html_is_a_fragment() -> None:
    result = absolute_html("<p>one</p><p>two</p>", BASE)
    assert result == "<p>one</p><p>two</p>"


def test_absolute_content_validates_in_a_feed() -> None:
    content = absolute_html('<p><img src="a.png"> <a href="../">up</a></p>', BASE)
    value = feed(entry("one", content_html=content))
    atom(value)
    parsed = feedparser.parse(atom_xml(value)).entries[0].content[0].value
    assert f'src="{BASE}a.png"' in parsed
    assert 'href="https://example.org/blog/2014/02/11/"' in parsed
