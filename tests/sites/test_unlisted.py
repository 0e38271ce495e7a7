"""Unlisted posts (`unlisted: true`), read back from built sites: the page is there, marked
`noindex`, and no list, feed, related box, neighbour link, sitemap or search index shows it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import feedparser
import lxml.etree
import lxml.html
import pytest
from blogcheck import listed_posts, post_pages
from serving import Serve
from sitebuild import Built, build, write_site

POSTS = {
    "2014-01-01-first.md": "title: First\ntags: [t]",
    "2014-02-01-hidden.md": "title: Hidden\ntags: [t]\ncategories: [secret]\nunlisted: true",
    "2014-03-01-third.md": "title: Third\ntags: [t]",
}
HIDDEN = "blog/secret/2014/02/01/hidden.html"  # its category is in its URL


def unlisted_site(root: Path, theme: str) -> Path:
    config = {
        "site_name": "Unlisted",
        "site_url": "https://example.org/",
        "theme": {"name": theme},
        "plugins": ["search", "jekyll-blog"],
    }
    files: dict[str, str | bytes] = {"index.md": "# Home\n"}
    for name, front in POSTS.items():
        files[f"blog/_posts/{name}"] = f"---\n{front}\n---\nThe words of {name}.\n"
    return write_site(root, config, files)


@pytest.fixture(scope="module", params=["mkdocs", "material"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = unlisted_site(tmp_path_factory.mktemp(f"unlisted-{request.param}"), request.param)
    result = build(root, strict=True)
    assert result.returncode == 0, result.log[-3000:]
    return result


def test_the_page_is_built_and_marked_noindex(built: Built) -> None:
    doc = lxml.html.fromstring((built.site / HIDDEN).read_bytes())
    assert [m.get("content") for m in doc.cssselect('meta[name="robots"]')] == ["noindex"]
    assert "The words of 2014-02-01-hidden.md" in doc.text_content()
    assert doc.cssselect(".jb-unlisted-note") == []  # shown under serve only
    for other in ("blog/2014/01/01/first.html", "blog/2014/03/01/third.html"):
        page = lxml.html.fromstring((built.site / other).read_bytes())
        assert page.cssselect('meta[name="robots"]') == []


def test_no_list_related_box_or_neighbour_shows_it(built: Built) -> None:
    for start in ("blog/", "blog/tag/t/", "blog/2014/", "blog/2014/02/"):
        if (built.site / start).exists():
            assert HIDDEN not in listed_posts(built, start), start
    assert not (built.site / "blog/2014/02/").exists()  # its month has no listed post
    assert not (built.site / "blog/category/secret").exists()
    for path in ("blog/archive/index.html", "blog/tags/index.html"):
        assert "Hidden" not in (built.site / path).read_text(), path
    for url in ("blog/2014/01/01/first.html", "blog/2014/03/01/third.html"):
        page = (built.site / url).read_text()
        assert "hidden.html" not in page, url  # neither a neighbour nor a related post
    third = lxml.html.fromstring((built.site / "blog/2014/03/01/third.html").read_bytes())
    assert [a.get("href") for a in third.cssselect("a.jb-older")] == ["../../01/01/first.html"]
    assert set(post_pages(built)) >= {HIDDEN}


def test_no_feed_sitemap_or_search_index_holds_it(built: Built) -> None:
    for feed in ("blog/feed.xml", "blog/rss.xml", "blog/tag/t/feed.xml"):
        entries = feedparser.parse((built.site / feed).read_bytes()).entries
        assert len(entries) == 2 and all("hidden" not in e.link for e in entries), feed
    items = json.loads((built.site / "blog/feed.json").read_text())["items"]
    assert [item["title"] for item in items] == ["Third", "First"]
    for raw in (
        (built.site / "sitemap.xml").read_bytes(),
        gzip.decompress((built.site / "sitemap.xml.gz").read_bytes()),
    ):
        locs = lxml.etree.fromstring(raw).findall(".//{*}loc")
        assert locs and all("hidden" not in (loc.text or "") for loc in locs)
        assert any("third.html" in (loc.text or "") for loc in locs)
    index = json.loads((built.site / "search/search_index.json").read_text())
    locations = [doc["location"] for doc in index["docs"]]
    assert any("third.html" in loc for loc in locations)
    assert all("hidden" not in loc for loc in locations)
    assert "2014-02-01-hidden" not in json.dumps(index)


def test_serve_marks_it_on_its_page(tmp_path: Path, serve: Serve) -> None:
    served = serve(unlisted_site(tmp_path / "site", "mkdocs"))
    page = lxml.html.fromstring(served.get(HIDDEN)[1])
    assert "Unlisted" in page.cssselect(".jb-unlisted-note")[0].text_content()
    first = lxml.html.fromstring(served.get("blog/2014/01/01/first.html")[1])
    assert first.cssselect(".jb-unlisted-note") == []
    log = served.stop()
    assert "Traceback" not in log
