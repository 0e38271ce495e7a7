"""The example site, built for real: every Jekyll shape it holds comes out as a user expects."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import lxml.html
import pytest
import yaml
from linkcheck import broken_links
from sitebuild import EXAMPLE_SITE, Built, build, copy_example_site, text

THEMES = ["material", "mkdocs", "readthedocs"]
BASE = "/tidekit/"  # the path of the example site's site_url


@pytest.fixture(scope="module", params=THEMES)
def themed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = copy_example_site(
        tmp_path_factory.mktemp(request.param) / "site", theme={"name": request.param}
    )
    built = build(root, strict=True)
    assert built.returncode == 0, built.log[-4000:]
    return built


@pytest.fixture(scope="module")
def material(themed: Built) -> Built:
    return themed


def test_builds_strict_and_every_internal_link_resolves(themed: Built) -> None:
    broken = broken_links(themed.site, BASE)
    assert not broken, "\n".join(broken[:40])
    assert themed.warnings() == []


def test_post_page_has_one_h1_title_date_author_tags_and_neighbours(themed: Built) -> None:
    page = themed.page("blog/news/2014/02/11/harbour-hackers-talk/")
    assert [text(h) for h in page.cssselect("h1")] == ["TideKit at the Harbour Hackers meetup"]
    assert page.cssselect("time")[0].get("datetime") == "2014-02-11T12:40:00+00:00"
    assert "Maëlle Kerbrat" in text(page.cssselect(".jb-authors")[0])
    assert [text(t) for t in page.cssselect(".jb-tag")] == ["release", "demo"]
    assert [text(c) for c in page.cssselect(".jb-category")] == ["blog", "news"]
    assert page.cssselect(".jb-post-neighbours a.jb-newer")
    body = text(page.cssselect("article, [role=main], .md-content, body")[0])
    assert "{%" not in body and "JB/setup" not in body


def test_jekyll_liquid_is_handled(themed: Built) -> None:
    highlighted = themed.page("blog/engineering/2015/01/19/reading-harmonic-constants/")
    code = highlighted.cssselect("pre code, .highlight pre")
    assert code and "def " in text(code[0])
    upgrade = themed.page("blog/releases/2019/03/20/upgrading-to-1-0/")
    hrefs = [a.get("href") for a in upgrade.cssselect("a")]
    assert any(h and "announcements/tidekit-1-0" in h for h in hrefs)
    raw = themed.page("blog/releases/2020/06/16/templates-in-1-2/")
    assert "{{" in text(raw.cssselect("pre, code")[0]) or "{{" in text(raw)


def test_a_post_reads_as_kramdown_read_it(themed: Built) -> None:
    """A list right under its paragraph, an item nested at two spaces and a footnote, under
    every theme."""
    body = themed.page("blog/releases/2019/03/20/upgrading-to-1-0/").cssselect(".jb-post-body")[0]
    items = body.xpath(".//h2[starts-with(@id, 'options')]/following-sibling::ul[1]/li")
    assert [len(item.findall("ul/li")) for item in items] == [1, 0, 0]
    assert body.cssselect("sup#fnref\\:zone a[href='#fn:zone']")
    assert "still read from TZ" in text(body.cssselect("div.footnotes li#fn\\:zone")[0])


def test_drafts_and_future_posts_are_not_built(themed: Built) -> None:
    assert not list(themed.site.rglob("*tides-in-the-next-century*"))
    assert not list(themed.site.rglob("*microcontrollers*"))


def test_index_has_the_pinned_call_first_then_newest_first_with_the_users_text(
    themed: Built,
) -> None:
    first = themed.page("blog/")
    assert "News from the TideKit project" in text(first)
    pinned = first.cssselect(".jb-pinned .jb-entry-title")
    assert [text(t) for t in pinned] == ["We now accept station files from you"]
    entries = first.cssselect(".jb-entry")
    assert len(entries) == 10
    dates = [e.cssselect("time")[0].get("datetime") for e in entries[1:]]
    assert dates == sorted(dates, reverse=True)
    second = themed.page("blog/page/2/")
    rest = second.cssselect(".jb-entry")
    assert len(rest) == 3
    assert rest[0].cssselect("time")[0].get("datetime") < dates[-1]
    shown = [text(e.cssselect(".jb-entry-title")[0]) for e in entries + rest]
    assert shown.count("We now accept station files from you") == 1
    assert len(set(shown)) == 13
    assert first.cssselect(".jb-pagination a.jb-older")
    assert second.cssselect(".jb-pagination a.jb-newer")


def test_post_title_is_not_doubled_under_material(tmp_path: Path) -> None:
    root = copy_example_site(tmp_path / "site")
    built = build(root)
    page = built.page("blog/releases/2022/03/08/escaping-station-names/")
    assert [text(h) for h in page.cssselect("h1")] == ['Fish & <Chips> "quoted"']


def test_search_finds_the_blogs_pages_by_their_titles(themed: Built) -> None:
    index = json.loads((themed.site / "search/search_index.json").read_text("utf-8"))
    titles = {doc["location"]: doc["title"] for doc in index["docs"]}
    assert titles.get("blog/tags/") == "Tags"
    assert titles.get("blog/archive/") == "Archive"
    assert titles.get("blog/tag/release/") == "Tag: release"
    assert titles.get("blog/category/releases/") == "Category: releases"


def test_log_has_one_blog_info_line_and_nothing_per_post(themed: Built) -> None:
    info = [line for line in themed.log.splitlines() if line.startswith("INFO")]
    assert [line for line in info if "jekyll-blog" in line] == [
        "INFO    -  jekyll-blog: 14 post files read, 13 posts built (0 drafts); "
        "skipped 1 drafts, 1 future, 0 unpublished; 64 pages made"
    ]
    assert not [line for line in info if "_posts" in line]


def test_nav_has_a_blog_section_and_no_posts(themed: Built) -> None:
    home = themed.page("index.html")  # its links but those of its latest-posts list
    links = home.xpath("//a[not(ancestor::*[contains(@class, 'jb-latest')])]")
    link_texts = {text(a) for a in links}
    assert "Blog" in link_texts
    assert not link_texts & {"TideKit 1.0", "Ten years of tide tables", "TideKit 2.0 released"}


def test_authors_from_the_data_file_are_named_and_linked(themed: Built) -> None:
    page = themed.page("blog/news/2014/02/11/harbour-hackers-talk/")
    author = page.cssselect(".jb-post-header a.jb-author")[0]
    assert text(author) == "Maëlle Kerbrat"
    assert author.get("href") == "../../../../../author/maelle/"
    avatar = page.cssselect(".jb-post-header img.jb-avatar")[0].get("src")
    assert avatar == "../../../../../images/maelle.svg"
    assert not (themed.site / "_data").exists()
    index = themed.page("blog/")
    assert "Tom Okafor" in [text(a) for a in index.cssselect(".jb-entry a.jb-author")]


def test_each_author_s_page_lists_exactly_the_posts_that_name_them(themed: Built) -> None:
    """`author: maelle` (a key in the data file) and `author: Jonas Richter` (a name only)."""
    by_author: dict[str, set[str]] = {}
    for source in sorted((EXAMPLE_SITE / "docs/blog/_posts").iterdir()):
        front = yaml.safe_load(source.read_text("utf-8").split("---")[1])
        future = source.name.startswith("2099-")  # not built (`future: false`)
        if front.get("author") and not front.get("unlisted") and not future:
            by_author.setdefault(str(front["author"]), set()).add(str(front["title"]))
    slugs = {"maelle": "maelle", "tom": "tom", "Jonas Richter": "jonas-richter"}
    assert set(by_author) == set(slugs)
    for written, slug in slugs.items():
        page = themed.page(f"blog/author/{slug}/")
        titles = {text(a) for a in page.cssselect(".jb-listing .jb-entry-title")}
        assert titles == by_author[written], written
    maelle = themed.page("blog/author/maelle/")
    profile = maelle.cssselect(".jb-author-profile")[0]
    assert text(profile.cssselect(".jb-author-name")[0]) == "Maëlle Kerbrat"
    assert text(profile.cssselect(".jb-author-bio")[0]).startswith("Maintains TideKit")
    assert profile.cssselect(".jb-author-website a")[0].get("href") == (
        "https://example.org/people/maelle/"
    )
    assert profile.cssselect("img.jb-author-avatar")[0].get("src") == "../../images/maelle.svg"
    assert "Posts by Maëlle Kerbrat" in [text(h) for h in maelle.cssselect("h1")]
    index = themed.page("blog/authors/")
    counts = {text(a): text(a.getnext()) for a in index.cssselect(".jb-author-list a.jb-author")}
    names = {"Jonas Richter": "Jonas Richter", "maelle": "Maëlle Kerbrat", "tom": "Tom Okafor"}
    assert counts == {names[key]: f"({len(titles)})" for key, titles in by_author.items()}
    feed = feedparser.parse((themed.site / "blog/author/maelle/feed.xml").read_bytes())
    assert not feed.bozo and {e.title for e in feed.entries} == by_author["maelle"]


def test_the_home_page_lists_the_three_latest_posts(themed: Built) -> None:
    home = themed.page("index.html")
    latest = home.cssselect(".jb-latest .jb-entry-title")
    assert [text(a) for a in latest] == [
        "TideKit 2.0 released",
        "Ten years of tide tables",
        'Fish & <Chips> "quoted"',
    ]
    assert latest[0].get("href") == "blog/releases/2024/05/14/tidekit-2-0-released/"
    assert "jekyll-blog:posts" not in home.text_content()


def test_the_road_to_1_0_series_is_on_its_page_and_on_each_part(themed: Built) -> None:
    parts = [
        "Über die Gezeiten: Version 0.8 \u2013 ça marche",
        "TideKit 1.0",
        "Upgrading from 0.8 to 1.0",
    ]
    series = themed.page("blog/series/road-to-1-0/")
    assert [text(a) for a in series.cssselect(".jb-listing .jb-entry-title")] == parts
    part = themed.page("announcements/tidekit-1-0/")
    box = part.cssselect(".jb-series-box")[0]
    assert text(box.cssselect(".jb-series-part")[0]) == "Part 2 of 3 of Road to 1.0"
    assert [text(li) for li in box.cssselect(".jb-series-parts li")] == parts


def test_every_page_links_the_feeds_in_its_head(themed: Built) -> None:
    for path in themed.rendered_pages():
        head = lxml.html.fromstring(path.read_bytes()).xpath("//head/link[@rel='alternate']/@href")
        assert "https://example.org/tidekit/blog/feed.xml" in head, path
