"""The feeds in an MkDocs build (host/output/feed_files.py), put together from real MkDocs
objects: a loaded mkdocs.yml, its Files, the plugin's validated options and the posts read from
a docs folder; the feeds written are read back with feedparser and json."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
import pytest
import yaml
from blogparts import blog_in_site
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from mkdocs_blog_plugin.host.output.feed_files import SiteFeeds
from mkdocs_blog_plugin.host.placing.blog_files import BlogFiles
from mkdocs_blog_plugin.html.portable import portable
from mkdocs_blog_plugin.model.rendered import RenderedPost

SITE_URL = "https://example.org/docs/"
PERMALINK = "/blog/:year/:month/:day/:title/"  # the same URLs with or without categories
POSTS = {
    "2014-02-11-first.md": "---\ntitle: First\ntags: [a]\ncategories: [news]\nauthor: tom\n---\n",
    "2014-02-12-second.md": "---\ntitle: Second & more\ntags: [a, b]\n---\n",
    "2014-02-13-third.md": "---\ntitle: Third\ndescription: Own summary\n---\n",
}
AUTHORS = {"tom": {"name": "Tom Okafor", "uri": "/people/tom/", "email": "tom@example.org"}}


@dataclass
class Site:
    config: MkDocsConfig
    files: Files
    blog_files: BlogFiles
    feeds: SiteFeeds

    @property
    def site_dir(self) -> Path:
        return Path(self.config.site_dir)

    def fill(self) -> None:
        self.feeds.fill(self.blog_files.urls, self.blog_files.authors, rendered(self.blog_files))

    def read(self, uri: str) -> str:
        return (self.site_dir / uri).read_text("utf-8")


def rendered(blog_files: BlogFiles) -> dict[str, RenderedPost]:
    """What rendering gives each post: an excerpt linking next to it, and a body with an image."""
    out = {}
    for post in blog_files.blog.posts:
        page_url = blog_files.urls[post.source]
        excerpt = portable(f'<p>Excerpt of {post.slug}, <a href="../other/">see</a>.</p>', page_url)
        body = f'<p>Body of {post.slug} <img src="pic.png" alt=""></p>'
        out[post.source] = RenderedPost(excerpt, 1, body)
    return out


def feeds_site(
    root: Path,
    options: Mapping[str, Any] | None = None,
    site_url: str | None = SITE_URL,
    posts: Mapping[str, str] = POSTS,
) -> Site:
    docs = {
        "index.md": "# Home\n",
        "_data/authors.yml": yaml.safe_dump(AUTHORS),
        **{f"_posts/{name}": text + "Text.\n" for name, text in posts.items()},
    }
    # every format for the tags' and categories' feeds too, and every post of a term in full
    # lists of two pages, unless the test says otherwise
    defaults = {
        "permalink": PERMALINK,
        "feeds": {"term_formats": ["atom", "rss", "json"]},
        "listings": {"tag": "full", "category": "full"},
    }
    blog = blog_in_site(root, docs, {**defaults, **(options or {})}, site_url)
    config = blog.config
    files, blog_files = blog.files, blog.blog_files
    plan, posts = blog_files.plan, blog_files.blog.posts
    feeds = SiteFeeds(blog.context, files, plan, posts, blog_files.files)
    return Site(config, files, blog_files, feeds)


def feed_uris(site: Site) -> list[str]:
    return sorted(
        f.src_uri for f in site.files if f.src_uri.endswith(("feed.xml", "rss.xml", "feed.json"))
    )


def links(entries: list[Any]) -> list[str]:
    return [entry.link for entry in entries]


NEWEST_FIRST = [
    f"{SITE_URL}blog/2014/02/13/third/",
    f"{SITE_URL}blog/2014/02/12/second/",
    f"{SITE_URL}blog/2014/02/11/first/",
]


# --- the feed files added ---------------------------------------------------------------------


def test_add_files_adds_every_feed_file(tmp_path: Path) -> None:
    site = feeds_site(tmp_path)
    assert feed_uris(site) == sorted(
        f"{folder}/{name}"
        for folder in ("blog", "blog/tag/a", "blog/tag/b", "blog/category/news", "blog/author/tom")
        for name in ("feed.xml", "rss.xml", "feed.json")
    )
    atom = site.files.get_file_from_path("blog/feed.xml")
    assert atom is not None
    assert atom.abs_src_path == str(tmp_path / "site" / "blog" / "feed.xml")
    assert atom.url == "blog/feed.xml"


def test_without_site_url_no_feed_and_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        site = feeds_site(tmp_path, site_url=None)
    assert feed_uris(site) == []
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert warnings[0].startswith("jekyll-blog: no feeds are written")
    assert "site_url" in warnings[0]
    site.fill()
    assert not site.site_dir.exists()
    page = "<html><head></head><body></body></html>"
    assert site.feeds.head_links(page, "blog/index.md") == page


def test_every_feed_off_no_files_and_no_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    off = {"feeds": {"atom": None, "rss": None, "json": None}}
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        site = feeds_site(tmp_path, off, site_url=None)
    assert feed_uris(site) == []
    assert caplog.records == []


@pytest.mark.parametrize(
    ("options", "folders"),
    [
        ({"feeds": {"per_tag": False}}, ["blog", "blog/author/tom", "blog/category/news"]),
        (
            {"feeds": {"per_category": False}},
            ["blog", "blog/author/tom", "blog/tag/a", "blog/tag/b"],
        ),
        ({"tags": False}, ["blog", "blog/author/tom", "blog/category/news"]),  # no tag pages
        ({"feeds": {"per_author": False, "per_tag": False}}, ["blog", "blog/category/news"]),
        ({"authors": False, "categories": False, "feeds": {"per_tag": False}}, ["blog"]),
    ],
)
def test_per_tag_and_per_category_feeds(
    tmp_path: Path, options: dict[str, Any], folders: list[str]
) -> None:
    site = feeds_site(tmp_path, options)
    assert sorted({uri.rsplit("/", 1)[0] for uri in feed_uris(site)}) == folders


def test_a_term_s_feed_is_atom_alone_by_default(tmp_path: Path) -> None:
    site = feeds_site(tmp_path, {"feeds": {}})
    assert feed_uris(site) == [
        "blog/author/tom/feed.json",  # an author's in every format
        "blog/author/tom/feed.xml",
        "blog/author/tom/rss.xml",
        "blog/category/news/feed.xml",
        "blog/feed.json",
        "blog/feed.xml",
        "blog/rss.xml",
        "blog/tag/a/feed.xml",
        "blog/tag/b/feed.xml",
    ]
    page = "<html><head></head><body></body></html>"
    announced = site.feeds.head_links(page, "blog/tag/a/index.md")
    assert announced.count('rel="alternate"') == 4  # the blog's three, the tag's one
    announced = site.feeds.head_links(page, "blog/author/tom/index.md")
    assert announced.count('rel="alternate"') == 6


def test_feed_names_and_formats_from_the_options(tmp_path: Path) -> None:
    options = {"feeds": {"atom": "atom.xml", "rss": None, "json": "/items.json"}}
    site = feeds_site(tmp_path, options)
    names = {f.src_uri for f in site.files if f.src_uri.startswith("blog/") and "." in f.src_uri}
    assert {"blog/atom.xml", "blog/items.json", "blog/tag/a/atom.xml"} <= names
    assert not any(name.endswith(("rss.xml", "feed.xml")) for name in names)


def test_wants_body_only_when_feeds_show_whole_posts(tmp_path: Path) -> None:
    full = feeds_site(tmp_path / "full")
    excerpt = feeds_site(tmp_path / "excerpt", {"feeds": {"content": "excerpt"}})
    source = "_posts/2014-02-11-first.md"
    assert full.feeds.wants_body(source)
    assert not excerpt.feeds.wants_body(source)
    assert not full.feeds.wants_body("blog/_posts/2099-01-01-not-a-post.md")


def test_wants_body_only_for_posts_in_a_feed(tmp_path: Path) -> None:
    only_the_blog = {"limit": 1, "per_tag": False, "per_category": False, "per_author": False}
    site = feeds_site(tmp_path, {"feeds": only_the_blog})
    assert site.feeds.wants_body("_posts/2014-02-13-third.md")
    assert not site.feeds.wants_body("_posts/2014-02-11-first.md")


# --- fill -------------------------------------------------------------------------------------


def test_the_atom_feed(tmp_path: Path) -> None:
    site = feeds_site(tmp_path)
    site.fill()
    feed = feedparser.parse(site.read("blog/feed.xml"))
    assert not feed.bozo
    assert feed.feed.title == "Site"
    assert feed.feed.link == f"{SITE_URL}blog/"
    assert links(feed.entries) == NEWEST_FIRST
    assert [e.id for e in feed.entries] == NEWEST_FIRST
    assert [e.title for e in feed.entries] == ["Third", "Second & more", "First"]


def test_full_content_with_absolute_links(tmp_path: Path) -> None:
    site = feeds_site(tmp_path)
    site.fill()
    first = feedparser.parse(site.read("blog/feed.xml")).entries[2]
    [content] = first.content
    image = lxml.html.fragment_fromstring(content.value).xpath("//img/@src")
    assert image == [f"{SITE_URL}blog/2014/02/11/first/pic.png"]
    assert "Body of first" in content.value
    assert first.summary == "Excerpt of first, see."
    assert [t.term for t in first.tags] == ["news", "a"]
    assert first.author_detail.name == "Tom Okafor"
    assert first.author_detail.email == "tom@example.org"
    assert first.author_detail.href == "https://example.org/docs/people/tom/"


def test_the_summary_is_the_description_when_there_is_one(tmp_path: Path) -> None:
    site = feeds_site(tmp_path)
    site.fill()
    third = feedparser.parse(site.read("blog/feed.xml")).entries[0]
    assert third.summary == "Own summary"


def test_excerpt_content_with_absolute_links(tmp_path: Path) -> None:
    site = feeds_site(tmp_path, {"feeds": {"content": "excerpt"}})
    site.fill()
    first = feedparser.parse(site.read("blog/feed.xml")).entries[2]
    [content] = first.content
    assert "Body of" not in content.value
    assert lxml.html.fragment_fromstring(content.value).xpath("//a/@href") == [
        f"{SITE_URL}blog/2014/02/11/other/"
    ]


@pytest.mark.parametrize(("limit", "count"), [(2, 2), (1, 1), (0, 3), (20, 3)])
def test_limit(tmp_path: Path, limit: int, count: int) -> None:
    site = feeds_site(tmp_path, {"feeds": {"limit": limit}})
    site.fill()
    assert links(feedparser.parse(site.read("blog/feed.xml")).entries) == NEWEST_FIRST[:count]
    items = json.loads(site.read("blog/feed.json"))["items"]
    assert [item["url"] for item in items] == NEWEST_FIRST[:count]


def test_the_rss_feed(tmp_path: Path) -> None:
    site = feeds_site(tmp_path)
    site.fill()
    feed = feedparser.parse(site.read("blog/rss.xml"))
    assert not feed.bozo
    assert feed.version == "rss20"
    assert feed.feed.title == "Site"
    assert links(feed.entries) == NEWEST_FIRST


def test_the_json_feed(tmp_path: Path) -> None:
    site = feeds_site(tmp_path)
    site.fill()
    feed = json.loads(site.read("blog/feed.json"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "Site"
    assert feed["home_page_url"] == f"{SITE_URL}blog/"
    assert feed["feed_url"] == f"{SITE_URL}blog/feed.json"
    assert [item["id"] for item in feed["items"]] == NEWEST_FIRST
    first = feed["items"][2]
    assert first["title"] == "First"
    assert 'src="https://example.org/docs/blog/2014/02/11/first/pic.png"' in first["content_html"]
    assert first["authors"] == [
        {"name": "Tom Okafor", "url": "https://example.org/docs/people/tom/"}
    ]
    assert first["tags"] == ["a"]
    assert first["_blog"] == {
        "categories": ["news"],
        "slug": "first",
        "source": "_posts/2014-02-11-first.md",
    }


def test_a_tag_feed_holds_the_tag_s_posts(tmp_path: Path) -> None:
    site = feeds_site(tmp_path)
    site.fill()
    a = feedparser.parse(site.read("blog/tag/a/feed.xml"))
    assert a.feed.title == "Site | Tag: a"
    assert a.feed.link == f"{SITE_URL}blog/tag/a/"
    assert links(a.entries) == NEWEST_FIRST[1:]
    b = json.loads(site.read("blog/tag/b/feed.json"))
    assert b["title"] == "Site | Tag: b"
    assert [item["url"] for item in b["items"]] == [NEWEST_FIRST[1]]
    news = feedparser.parse(site.read("blog/category/news/rss.xml"))
    assert news.feed.title == "Site | Category: news"
    assert links(news.entries) == [NEWEST_FIRST[2]]


def test_an_entry_is_the_same_in_every_feed(tmp_path: Path) -> None:
    site = feeds_site(tmp_path)
    site.fill()
    in_blog = json.loads(site.read("blog/feed.json"))["items"][1]
    in_tag = json.loads(site.read("blog/tag/b/feed.json"))["items"][0]
    assert in_blog == in_tag


def test_the_same_input_writes_the_same_bytes(tmp_path: Path) -> None:
    site = feeds_site(tmp_path)
    site.fill()
    first = {uri: (site.site_dir / uri).read_bytes() for uri in feed_uris(site)}
    site.fill()
    assert {uri: (site.site_dir / uri).read_bytes() for uri in feed_uris(site)} == first


def test_a_copy_of_the_blog_s_atom_feed_names_its_stylesheet_from_where_it_is(
    tmp_path: Path,
) -> None:
    site = feeds_site(tmp_path)
    site.fill()
    written = (site.site_dir / "blog/feed.xml").read_bytes()
    assert site.feeds.atom_at(None, "blog/feed.xml") == written
    at_root = site.feeds.atom_at(None, "atom.xml")
    assert at_root == written.replace(b'href="feed.css"', b'href="blog/feed.css"', 1)
    deeper = site.feeds.atom_at(None, "feeds/all/atom.xml")
    assert deeper is not None and b'href="../../blog/feed.css"?>' in deeper
    assert deeper.count(b"<?xml-stylesheet") == 1
    assert feeds_site(tmp_path / "no-url", site_url=None).feeds.atom_at(None, "atom.xml") is None


def test_posts_without_a_rendering_get_entries_without_content(tmp_path: Path) -> None:
    site = feeds_site(tmp_path)
    site.feeds.fill(site.blog_files.urls, site.blog_files.authors, {})
    feed = feedparser.parse(site.read("blog/feed.xml"))
    assert links(feed.entries) == NEWEST_FIRST
    assert all("content" not in entry for entry in feed.entries)


# --- head_links -------------------------------------------------------------------------------

PAGE = "<html><head><title>T</title></head><body><p>x</p></body></html>"


def alternates(html: str) -> list[tuple[str | None, str | None, str | None]]:
    head = lxml.html.document_fromstring(html).head
    return [
        (e.get("type"), e.get("title"), e.get("href")) for e in head.xpath('link[@rel="alternate"]')
    ]


BLOG_LINKS = [
    ("application/atom+xml", "Site (Atom)", f"{SITE_URL}blog/feed.xml"),
    ("application/rss+xml", "Site (RSS)", f"{SITE_URL}blog/rss.xml"),
    ("application/feed+json", "Site (JSON Feed)", f"{SITE_URL}blog/feed.json"),
]
TAG_A_LINKS = [
    ("application/atom+xml", "Site | Tag: a (Atom)", f"{SITE_URL}blog/tag/a/feed.xml"),
    ("application/rss+xml", "Site | Tag: a (RSS)", f"{SITE_URL}blog/tag/a/rss.xml"),
    ("application/feed+json", "Site | Tag: a (JSON Feed)", f"{SITE_URL}blog/tag/a/feed.json"),
]


@pytest.mark.parametrize(
    ("src_uri", "announced"),
    [
        ("index.md", BLOG_LINKS),
        ("blog/index.md", BLOG_LINKS),
        ("blog/tags/index.md", BLOG_LINKS),
        ("_posts/2014-02-11-first.md", BLOG_LINKS),
        (None, BLOG_LINKS),  # a theme template such as 404.html
        ("blog/tag/a/index.md", BLOG_LINKS + TAG_A_LINKS),
        ("blog/tag/a/page/2/index.md", BLOG_LINKS + TAG_A_LINKS),  # every page of the tag's
    ],
)
def test_head_links(
    tmp_path: Path, src_uri: str | None, announced: list[tuple[str, str, str]]
) -> None:
    site = feeds_site(tmp_path, {"paginate": 1})
    assert alternates(site.feeds.head_links(PAGE, src_uri)) == announced


def test_head_links_keep_the_page_as_it_is_around_them(tmp_path: Path) -> None:
    site = feeds_site(tmp_path)
    html = site.feeds.head_links(PAGE, "blog/index.md")
    assert html.startswith("<html><head><title>T</title>\n<link rel=")
    assert html.endswith("\n</head><body><p>x</p></body></html>")
    assert site.feeds.head_links("<p>no head</p>", "blog/index.md") == "<p>no head</p>"


def test_head_links_of_one_format_have_the_plain_title(tmp_path: Path) -> None:
    site = feeds_site(tmp_path, {"feeds": {"rss": None, "json": None}})
    assert alternates(site.feeds.head_links(PAGE, "blog/category/news/index.md")) == [
        ("application/atom+xml", "Site", f"{SITE_URL}blog/feed.xml"),
        ("application/atom+xml", "Site | Category: news", f"{SITE_URL}blog/category/news/feed.xml"),
    ]
