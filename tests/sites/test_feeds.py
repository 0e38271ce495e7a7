"""The feeds the example site writes, checked with the Atom schema, the JSON Feed schema,
feedparser, and against the built pages."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import jsonschema
import lxml.etree
import lxml.html
import pytest
import yaml
from blogcheck import listed_posts, post_pages
from sitebuild import Built, build, copy_example_site, shared, text

SITE_URL = "https://example.org/tidekit/"


def with_term_formats(root: Path, formats: list[str]) -> Path:
    """The example site with its tags' and categories' feeds in `formats`."""
    config_path = root / "mkdocs.yml"
    config = yaml.safe_load(config_path.read_text("utf-8"))
    blog = next(p for p in config["plugins"] if isinstance(p, dict) and "jekyll-blog" in p)
    blog["jekyll-blog"]["feeds"] = {"term_formats": formats}
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The example site with every feed in every format, to check each of them."""
    root = copy_example_site(tmp_path_factory.mktemp("feeds") / "site")
    result = build(with_term_formats(root, ["atom", "rss", "json"]), strict=True)
    assert result.returncode == 0, result.log[-3000:]
    return result


def feed_folders(built: Built) -> list[Path]:
    return sorted({path.parent for path in built.site.rglob("feed.xml")})


def page_path(url: str) -> str:
    """An absolute URL of this site as a canonical path ("blog/x/")."""
    assert url.startswith(SITE_URL), url
    return url[len(SITE_URL) :]


def test_blog_tag_and_category_feeds_exist(built: Built) -> None:
    folders = {path.relative_to(built.site).as_posix() for path in feed_folders(built)}
    assert {
        "blog",
        "blog/tag/release",
        "blog/tag/release-notes",
        "blog/category/releases",
    } <= folders
    for folder in feed_folders(built):
        assert {p.name for p in folder.iterdir()} >= {"feed.xml", "rss.xml", "feed.json"}


def test_a_tag_s_feed_is_atom_alone_by_default(tmp_path: Path) -> None:
    built = build(copy_example_site(tmp_path / "site"), strict=True)
    assert built.returncode == 0, built.log[-3000:]
    assert {p.name for p in (built.site / "blog").iterdir() if p.is_file()} >= {
        "feed.xml",
        "rss.xml",
        "feed.json",
    }
    authors = 0
    for folder in feed_folders(built):
        names = {p.name for p in folder.iterdir() if p.suffix in (".xml", ".json")}
        if folder.parent.name == "author":  # an author's feeds: every format on
            authors += 1
            assert names == {"feed.xml", "rss.xml", "feed.json"}, folder
        elif folder.name != "blog":
            assert names == {"feed.xml"}, folder
    assert authors >= 3


def test_atom_feeds_are_valid_rfc4287(built: Built) -> None:
    schema = lxml.etree.RelaxNG(lxml.etree.parse(str(shared("schemas") / "atom-rfc4287.rng")))
    for folder in feed_folders(built):
        doc = lxml.etree.parse(str(folder / "feed.xml"))
        assert schema.validate(doc), (folder, schema.error_log)


def test_json_feeds_are_valid_json_feed_1_1(built: Built) -> None:
    schema = json.loads((shared("schemas") / "jsonfeed-v1.1.schema.json").read_text("utf-8"))
    for folder in feed_folders(built):
        jsonschema.validate(json.loads((folder / "feed.json").read_text("utf-8")), schema)


def test_feeds_parse_cleanly_and_agree_with_the_pages(built: Built) -> None:
    pages = post_pages(built)
    for folder in feed_folders(built):
        listing = folder.relative_to(built.site).as_posix() + "/"
        # newest first: the index's pinned post, first there, is in its place by date here
        listed = listed_posts(built, listing)
        expected = sorted(
            listed, key=lambda p: datetime.fromisoformat(pages[p].date), reverse=True
        )[:20]
        atom = feedparser.parse((folder / "feed.xml").read_bytes())
        rss = feedparser.parse((folder / "rss.xml").read_bytes())
        items = json.loads((folder / "feed.json").read_text("utf-8"))["items"]
        for parsed in (atom, rss):
            assert not parsed.bozo, (folder, parsed.get("bozo_exception"))
            assert [page_path(e.link) for e in parsed.entries] == expected
        assert [page_path(item["url"]) for item in items] == expected
        for item in items:
            page = pages[page_path(item["url"])]
            assert item["id"] == item["url"]
            assert item["title"] == page.title
            assert datetime.fromisoformat(item["date_published"]) == datetime.fromisoformat(
                page.date
            )
            assert item.get("tags", []) == list(page.tags)
            assert item["_blog"]["categories"] == list(page.categories)


def test_titles_are_escaped_and_round_trip(built: Built) -> None:
    title = 'Fish & <Chips> "quoted"'
    atom = feedparser.parse((built.site / "blog/feed.xml").read_bytes())
    rss = feedparser.parse((built.site / "blog/rss.xml").read_bytes())
    items = json.loads((built.site / "blog/feed.json").read_text("utf-8"))["items"]
    assert title in [e.title for e in atom.entries]
    assert title in [e.title for e in rss.entries]
    assert title in [item["title"] for item in items]
    raw = (built.site / "blog/feed.xml").read_text("utf-8")
    assert "<Chips>" not in raw


def test_dates_keep_their_zone_and_feed_updated_is_the_newest_entry(built: Built) -> None:
    atom = lxml.etree.parse(str(built.site / "blog/feed.xml"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    published = atom.xpath("//a:entry/a:published/text()", namespaces=ns)
    updated = [
        datetime.fromisoformat(u) for u in atom.xpath("//a:entry/a:updated/text()", namespaces=ns)
    ]
    assert published and all(datetime.fromisoformat(p).tzinfo is not None for p in published)
    feed_updated = atom.xpath("/a:feed/a:updated/text()", namespaces=ns)[0]
    assert datetime.fromisoformat(feed_updated) == max(updated)


def test_content_links_are_absolute_and_resolve(built: Built) -> None:
    items = json.loads((built.site / "blog/feed.json").read_text("utf-8"))["items"]
    checked = 0
    for item in items:
        fragment = lxml.html.fragment_fromstring(item["content_html"], create_parent="div")
        for _, attribute, link, _ in fragment.iterlinks():
            if attribute not in ("href", "src"):
                continue
            parts = urlsplit(link)
            assert parts.scheme in ("http", "https", "mailto"), (item["url"], link)
            if link.startswith(SITE_URL):
                checked += 1
                assert built.file_for(urlsplit(link).path[len("/tidekit/") :]), link
    assert checked >= 3


def test_every_page_announces_the_feeds(built: Built) -> None:
    for path in built.rendered_pages():
        doc = lxml.html.fromstring(path.read_bytes())
        hrefs = {link.get("href") for link in doc.xpath("//head/link[@rel='alternate']")}
        assert SITE_URL + "blog/feed.xml" in hrefs, path
    tag = lxml.html.fromstring((built.site / "blog/tag/release/index.html").read_bytes())
    hrefs = {link.get("href") for link in tag.xpath("//head/link[@rel='alternate']")}
    assert SITE_URL + "blog/tag/release/feed.xml" in hrefs


def test_two_builds_write_identical_feeds(built: Built, tmp_path: Path) -> None:
    again = build(with_term_formats(copy_example_site(tmp_path / "again"), ["atom", "rss", "json"]))
    for folder in feed_folders(built):
        for name in ("feed.xml", "rss.xml", "feed.json"):
            rel = (folder / name).relative_to(built.site)
            assert (again.site / rel).read_bytes() == (folder / name).read_bytes(), rel


def test_without_site_url_a_warning_and_no_feeds(tmp_path: Path) -> None:
    root = copy_example_site(tmp_path / "site", site_url=None)
    result = build(root)
    assert result.returncode == 0
    assert "no feeds are written: they need absolute URLs, so set site_url" in result.log
    assert not list(result.site.rglob("feed.xml"))
    assert build(root, strict=True).returncode != 0


def test_feed_limit_and_excerpt_content(tmp_path: Path) -> None:
    root = copy_example_site(tmp_path / "site")
    config = (
        (root / "mkdocs.yml")
        .read_text("utf-8")
        .replace(
            "      permalink: pretty",
            "      permalink: pretty\n      feeds: {limit: 2, content: excerpt, json: null}",
        )
    )
    (root / "mkdocs.yml").write_text(config, "utf-8")
    result = build(root, strict=True)
    assert result.returncode == 0, result.log[-2000:]
    atom = feedparser.parse((result.site / "blog/feed.xml").read_bytes())
    assert len(atom.entries) == 2
    assert not (result.site / "blog/feed.json").exists()
    newest = atom.entries[0]
    excerpt = text(lxml.html.fromstring(newest.content[0].value))
    assert excerpt.startswith("TideKit 2.0 is out.") and excerpt.endswith("once per time step.")


def test_atom_and_rss_name_their_stylesheet_and_lists_offer_their_feeds(built: Built) -> None:
    """A browser opening a feed shows it with blog/feed.css (tests/test_browser.py looks); every
    list of posts links the feeds to subscribe to: its own, else the blog's."""
    css = built.site / "blog/feed.css"
    assert "feed::before" in css.read_text("utf-8")
    for folder in feed_folders(built):
        for name in ("feed.xml", "rss.xml"):
            root = lxml.etree.parse(str(folder / name))
            pis = [pi for pi in root.xpath("/processing-instruction('xml-stylesheet')")]
            assert len(pis) == 1, (folder, name)
            href = pis[0].get("href")
            assert pis[0].get("type") == "text/css"
            assert (folder / href).resolve() == css.resolve()
        assert "xml-stylesheet" not in (folder / "feed.json").read_text("utf-8")

    def offered(path: str) -> list[tuple[str, str]]:
        page = built.page(path)
        return [(text(a), a.get("href")) for a in page.cssselect(".jb-subscribe a")]

    assert offered("blog/") == [
        ("Atom", "feed.xml"),
        ("RSS", "rss.xml"),
        ("JSON Feed", "feed.json"),
    ]
    # the tag's own feeds (this site writes them in every format), beside its page
    own = offered("blog/tag/release/")
    assert own == [("Atom", "feed.xml"), ("RSS", "rss.xml"), ("JSON Feed", "feed.json")]
    assert all((built.site / "blog/tag/release" / href).is_file() for _, href in own)
    assert offered("blog/2014/") == [
        ("Atom", "../feed.xml"),
        ("RSS", "../rss.xml"),
        ("JSON Feed", "../feed.json"),
    ]
    assert len(offered("blog/author/tom/")) == 3
