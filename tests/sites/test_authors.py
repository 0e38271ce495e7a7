"""Author pages, the authors index and each author's feeds, read back from built sites."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import feedparser
import lxml.html
import yaml
from blogcheck import listed_posts
from linkcheck import broken_links
from sitebuild import Built, built_site, post_files, text

AUTHORS = {
    "authors": {
        "ada": {
            "name": "Ada L.",
            "description": "Writes <the> engines' notes.",
            "avatar": "https://cdn.example/ada.png",
            "url": "https://ada.example/",
        },
        "Bo Z": {"name": "Bo Zhang"},  # a key no URL can hold as it is
    }
}
POSTS = {
    "2014-01-01-one.md": "title: One\nauthor: ada",
    "2014-01-02-two.md": "title: Two\nauthors: [ada, Bo Z]",
    "2014-01-03-three.md": "title: Three\nauthor: Pat Smith",
    "2014-01-04-four.md": "title: Four\nauthors: [pat smith]",  # another spelling: one page
    "2014-01-05-five.md": "title: Five\nauthor: ada\nunlisted: true",
    "2014-01-06-six.md": "title: Six",
}


def authors_site(tmp_path: Path, **options: Any) -> Built:
    config = {
        "site_name": "Authors",
        "site_url": "https://example.org/",
        "theme": {"name": options.pop("theme", "mkdocs")},
        "plugins": [{"jekyll-blog": options}],
    }
    files: dict[str, str | bytes] = {
        "index.md": "# Home\n",
        "blog/.authors.yml": yaml.safe_dump(AUTHORS),
        "blog/author/ada.md": "Ada's own words above her posts.\n",
    }
    files |= post_files(POSTS, lambda name: f"Text of {name}.\n", "blog/_posts/")
    return built_site(tmp_path / "site", config, files)


def post(day: str, slug: str) -> str:
    return f"blog/2014/01/{day}/{slug}.html"


def test_each_author_page_holds_exactly_their_listed_posts(tmp_path: Path) -> None:
    built = authors_site(tmp_path)
    assert listed_posts(built, "blog/author/ada/") == [post("02", "two"), post("01", "one")]
    assert listed_posts(built, "blog/author/bo-z/") == [post("02", "two")]
    assert listed_posts(built, "blog/author/pat-smith/") == [
        post("04", "four"),
        post("03", "three"),
    ]
    page = lxml.html.fromstring((built.site / "blog/author/ada/index.html").read_bytes())
    assert [text(h) for h in page.cssselect("h1")] == ["Posts by Ada L."]
    own = page.cssselect(".jb-listing")[0].getprevious()
    assert text(own) == "Ada's own words above her posts."
    assert text(page.cssselect(".jb-author-bio")[0]) == "Writes <the> engines' notes."
    assert page.cssselect(".jb-author-website a")[0].get("href") == "https://ada.example/"
    assert broken_links(built.site) == []


def test_authors_index_counts_and_post_pages_link_their_authors(tmp_path: Path) -> None:
    built = authors_site(tmp_path)
    index = lxml.html.fromstring((built.site / "blog/authors/index.html").read_bytes())
    shown = [
        (text(a), a.get("href"), text(a.getnext()))
        for a in index.cssselect(".jb-author-list a.jb-author")
    ]
    assert shown == [
        ("Ada L.", "../author/ada/", "(2)"),  # the unlisted post is not counted
        ("Bo Zhang", "../author/bo-z/", "(1)"),
        ("Pat Smith", "../author/pat-smith/", "(2)"),  # the spelling used first, by slug order
    ]
    two = lxml.html.fromstring((built.site / post("02", "two")).read_bytes())
    links = [(text(a), a.get("href")) for a in two.cssselect(".jb-post-header a.jb-author")]
    assert links == [("Ada L.", "../../../author/ada/"), ("Bo Zhang", "../../../author/bo-z/")]
    assert not (built.site / "blog/author/ada/page").exists()


def test_each_author_has_a_feed_in_every_format(tmp_path: Path) -> None:
    built = authors_site(tmp_path)
    folder = built.site / "blog/author/ada"
    atom = feedparser.parse((folder / "feed.xml").read_bytes())
    rss = feedparser.parse((folder / "rss.xml").read_bytes())
    assert not atom.bozo and not rss.bozo
    assert [e.title for e in atom.entries] == ["Two", "One"] == [e.title for e in rss.entries]
    assert "Posts by Ada L." in atom.feed.title
    assert (folder / "feed.json").is_file()
    head = lxml.html.fromstring((folder / "index.html").read_bytes())
    assert "https://example.org/blog/author/ada/feed.xml" in head.xpath(
        "//head/link[@rel='alternate']/@href"
    )


def test_author_pages_and_feeds_can_be_turned_off(tmp_path: Path) -> None:
    built = authors_site(tmp_path / "off", authors=False)
    ada = lxml.html.fromstring((built.site / "blog/author/ada/index.html").read_bytes())
    assert ada.cssselect(".jb-listing, .jb-author-profile") == []  # the user's page, as written
    assert not (built.site / "blog/authors").exists()
    one = lxml.html.fromstring((built.site / post("01", "one")).read_bytes())
    assert one.cssselect(".jb-post-header a.jb-author")[0].get("href") == "https://ada.example/"
    no_feeds = authors_site(tmp_path / "no-feeds", feeds={"per_author": False})
    assert (no_feeds.site / "blog/author/ada/index.html").is_file()
    assert not (no_feeds.site / "blog/author/ada/feed.xml").exists()
