"""Moving a Jekyll blog in: its `_config.yml` comes along, and every old URL still answers,
either with the post or with a redirect page to it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import pytest
from sitebuild import Built, build, jekyll_source, shared, text, write_site

from mkdocs_blog_plugin.html.text import plain_text
from mkdocs_blog_plugin.jekyll.slugify import slugify


def migrated(tmp: Path, name: str, permalink: str | None) -> tuple[Built, list[dict[str, Any]]]:
    """The corpus moved into a docs site through `jekyll_config`, with the plugin's own
    `permalink` when given. The decisions were made with the permalink in their `config`, which
    for jekyll-docs is not its `_config.yml`'s (that sets the posts collection's own), so that one
    is the `legacy_permalink` whenever it is not the permalink used."""
    corpus = shared("corpora") / name
    decisions = json.loads((corpus / "jekyll-4.3-decisions.json").read_text("utf-8"))
    source = jekyll_source(corpus)
    options: dict[str, Any] = {"jekyll_config": "old/_config.yml", "liquid": "strip"}
    if permalink:
        options["permalink"] = permalink
    if name == "jekyll-docs" or permalink:
        options["legacy_permalink"] = decisions["config"]["permalink"]
    root = write_site(
        tmp / name,
        {
            "site_name": name,
            "site_url": decisions["config"]["url"] + "/",
            "theme": {"name": "mkdocs"},
            "plugins": [{"jekyll-blog": options}],
        },
        {"index.md": f"# {name}\n"},
    )
    (root / "old").mkdir()
    shutil.copy(source / "_config.yml", root / "old" / "_config.yml")
    for posts in sorted(source.rglob("_posts")):
        shutil.copytree(posts, root / "docs" / posts.relative_to(source))
    built = build(root)
    assert built.returncode == 0, built.log[-3000:]
    return built, decisions["posts"]


def landing(built: Built, url: str) -> lxml.html.HtmlElement:
    """The page an old URL shows after following redirect pages (at most two)."""
    path = built.file_for(url)
    assert path is not None, f"nothing at {url}"
    page = lxml.html.fromstring(path.read_bytes())
    for _ in range(2):
        refresh = page.xpath("//meta[@http-equiv='refresh']/@content")
        if not refresh:
            return page
        target = urlsplit(refresh[0].split("url=", 1)[1]).path
        canonical = page.xpath("//link[@rel='canonical']/@href")
        assert canonical and urlsplit(canonical[0]).path == target
        assert page.xpath("//meta[@name='robots']/@content") == ["noindex"]
        found = built.file_for(target)
        assert found is not None, f"{url} redirects to {target}, which is not there"
        page = lxml.html.fromstring(found.read_bytes())
    return page


@pytest.mark.parametrize("permalink", [None, "pretty"], ids=["unchanged", "pretty"])
@pytest.mark.parametrize("name", ["nymote", "jekyll-docs", "18f"])
def test_every_old_url_reaches_its_post(tmp_path: Path, name: str, permalink: str | None) -> None:
    built, posts = migrated(tmp_path, name, permalink)
    for decision in posts:
        page = landing(built, decision["url"])
        titles = [text(h) for h in page.cssselect("header.jb-post-header h1")]
        assert titles == [plain_text(decision["title"] or "")], decision["url"]
    assert "INFO    -  jekyll-blog: from old/_config.yml took " in built.log


STYLESHEET = re.compile(rb'\n<\?xml-stylesheet type="text/css" href="([^"]*)"\?>')


def same_feed(site: Path, copy: str, original: str) -> bool:
    """Whether the feed at `copy` is the one at `original`, but for its stylesheet's href,
    which names the same file from where each is."""
    copied, written = (site / copy).read_bytes(), (site / original).read_bytes()
    hrefs = [STYLESHEET.search(feed) for feed in (copied, written)]
    targets = {
        (site / path).parent.joinpath(found[1].decode()).resolve()
        for path, found in zip((copy, original), hrefs, strict=True)
        if found is not None
    }
    return len(targets) == 1 and STYLESHEET.sub(b"", copied) == STYLESHEET.sub(b"", written)


def test_old_feed_address_keeps_serving(tmp_path: Path) -> None:
    built, _ = migrated(tmp_path, "18f", "pretty")
    assert same_feed(built.site, "feed.xml", "blog/feed.xml")
    assert "feed.xml" not in (built.site / "sitemap.xml").read_text("utf-8").split("blog/")[0]


def test_a_broken_config_is_a_clear_error(tmp_path: Path) -> None:
    root = write_site(
        tmp_path / "site",
        {"site_name": "x", "plugins": [{"jekyll-blog": {"jekyll_config": "_config.yml"}}]},
        {"index.md": "# x\n"},
    )
    (root / "_config.yml").write_text("title: x\npermalink: [unclosed\n")
    built = build(root)
    assert built.returncode != 0
    assert "jekyll_config: _config.yml:" in built.log and "Traceback" not in built.log


def test_old_index_pages_keep_working(tmp_path: Path) -> None:
    root = write_site(
        tmp_path / "site",
        {
            "site_name": "x",
            "site_url": "https://example.org/",
            "plugins": [{"jekyll-blog": {"jekyll_config": "_config.yml"}}],
        },
        {
            "index.md": "# x\n",
            **{
                f"_posts/2014-01-{d:02d}-p{d}.md": f"---\ntitle: P{d}\n---\nx\n"
                for d in range(1, 6)
            },
        },
    )
    (root / "_config.yml").write_text("paginate: 2\npaginate_path: /page:num/\n")
    built = build(root)
    assert built.returncode == 0, built.log[-2000:]
    for number in (2, 3):
        page = lxml.html.fromstring((built.site / f"page{number}/index.html").read_bytes())
        target = page.xpath("//meta[@http-equiv='refresh']/@content")[0].split("url=", 1)[1]
        assert target == f"https://example.org/blog/page/{number}/"
        assert (built.site / f"blog/page/{number}/index.html").is_file()
    assert not (built.site / "page4").exists()


def test_every_tag_page_jekyll_archives_served_is_still_there(tmp_path: Path) -> None:
    """18f's `jekyll-archives` built `/tags/:name/` for every tag: each old address now leads
    to the tag's page, which lists exactly the posts with that tag."""
    built, posts = migrated(tmp_path, "18f", None)
    by_slug: dict[str, set[str]] = {}
    for decision in posts:
        for tag in decision["tags"]:
            slug = slugify(tag, "default")
            if slug:  # jekyll-archives writes no page for an empty slug
                by_slug.setdefault(slug, set()).add(plain_text(decision["title"] or ""))
    assert len(by_slug) > 20
    for slug, titles in by_slug.items():
        page = landing(built, f"/tags/{slug}/")
        assert page.cssselect(".jb-listing.jb-tag"), slug
        assert {text(a) for a in page.cssselect("a.jb-entry-title")} == titles, slug


def migrated_site(root: Path, posts: dict[str, str], old_config: str, **options: Any) -> Built:
    """A site of `posts` (under docs/_posts) moved in with `jekyll_config` from the old
    `_config.yml` text `old_config`, built with --strict."""
    config = {
        "site_name": "x",
        "site_url": "https://example.org/",
        "theme": {"name": "mkdocs"},
        "plugins": [{"jekyll-blog": {"jekyll_config": "_config.yml", **options}}],
    }
    files = {"index.md": "# x\n", **{f"_posts/{name}": text for name, text in posts.items()}}
    site = write_site(root, config, files)
    (site / "_config.yml").write_text(old_config, "utf-8")
    return build(site, strict=True)


def test_old_feeds_and_addresses_under_the_old_baseurl_are_kept(tmp_path: Path) -> None:
    """jekyll-feed's category and tag feeds, and every post and archive page, as the old site
    served them under its `baseurl`."""
    posts = {
        "2014-02-11-hello.md": "---\ntitle: Hello\ncategory: news\ntags: [python]\n---\nA.\n",
        "2014-03-01-more.md": "---\ntitle: More\ntags: [python, c++]\n---\nB.\n",
    }
    old = (
        "baseurl: /oldblog\npermalink: /:year/:title/\nplugins: [jekyll-feed, jekyll-archives]\n"
        "feed:\n  categories: [news]\n  tags:\n    except: [c++]\n"
        "jekyll-archives:\n  enabled: [tags, categories, year]\n"
        "  permalinks:\n    tag: /topics/:name/\n"
    )
    built = migrated_site(tmp_path / "site", posts, old)
    assert built.returncode == 0, built.log[-3000:]
    site = built.site
    assert same_feed(site, "oldblog/feed.xml", "blog/feed.xml")
    assert same_feed(site, "oldblog/feed/news.xml", "blog/category/news/feed.xml")
    assert same_feed(site, "oldblog/feed/by_tag/python.xml", "blog/tag/python/feed.xml")
    assert not list(site.glob("oldblog/feed/by_tag/c*"))  # jekyll-feed skips that name
    hello = landing(built, "/oldblog/2014/hello/")
    assert [text(h) for h in hello.cssselect("header.jb-post-header h1")] == ["Hello"]
    topic = landing(built, "/oldblog/topics/python/")
    assert {text(a) for a in topic.cssselect("a.jb-entry-title")} == {"Hello", "More"}
    year = landing(built, "/oldblog/2014/")
    assert {text(a) for a in year.cssselect("a.jb-entry-title")} == {"Hello", "More"}


def test_every_feed_names_a_stylesheet_that_is_there(tmp_path: Path) -> None:
    """At its own address or at an old one (jekyll-feed's `path`, category and tag feeds), each
    Atom and RSS feed's `xml-stylesheet` leads to a file of the built site."""
    posts = {
        "2014-02-11-hello.md": (
            "---\ntitle: Hello\ncategory: news\ntags: [python]\nauthor: Pat\n---\nA.\n"
        ),
        "2014-03-01-more.md": "---\ntitle: More\ntags: [python]\n---\nB.\n",
    }
    old = "plugins: [jekyll-feed]\nfeed:\n  path: atom.xml\n  categories: [news]\n  tags: true\n"
    built = migrated_site(tmp_path / "site", posts, old)
    assert built.returncode == 0, built.log[-3000:]
    site = built.site
    feeds = sorted(
        path.relative_to(site).as_posix()
        for path in site.rglob("*.xml")
        if path.name != "sitemap.xml"
    )
    old = ["atom.xml", "feed/by_tag/python.xml", "feed/news.xml"]
    assert set(old) <= set(feeds) and "blog/author/pat/rss.xml" in feeds
    for feed in feeds:
        found = STYLESHEET.search((site / feed).read_bytes())
        assert found is not None, feed
        stylesheet = (site / feed).parent.joinpath(found[1].decode()).resolve()
        assert stylesheet == (site / "blog/feed.css").resolve(), feed
        assert stylesheet.is_file(), feed


def kramdown_site(root: Path, own: dict[str, Any], old: str) -> Built:
    """A post whose lines and quotes show kramdown's settings, the old site's in `old`."""
    post = '---\ntitle: Hello\n---\nOne line\nand the next, "quoted".\n'
    return migrated_site(root, {"2014-02-11-hello.md": post}, old, **own)


def test_the_old_site_s_kramdown_settings_are_taken(tmp_path: Path) -> None:
    old = (
        "markdown: kramdown\nkramdown:\n  hard_wrap: true\n"
        "  smart_quotes: [apos, apos, quot, quot]\n"
        "  entity_output: numeric\n  syntax_highlighter: rouge\n  no_such_setting: 1\n"
    )
    built = kramdown_site(tmp_path / "taken", {}, old)
    assert built.returncode == 0, built.log[-3000:]
    body = built.page("2014/02/11/hello.html").cssselect(".jb-post-body p")[0]
    assert [child.tag for child in body] == ["br"]  # hard_wrap
    assert " ".join(text(body).split()) == 'One line and the next, "quoted".'  # its quotes
    info = next(line for line in built.log.splitlines() if "from _config.yml took" in line)
    assert "took markdown, kramdown;" in info
    assert info.endswith("ignored kramdown.entity_output, kramdown.no_such_setting")
    # mkdocs.yml wins, setting by setting
    own = kramdown_site(tmp_path / "own", {"kramdown": {"hard_wrap": False}}, old)
    assert own.returncode == 0, own.log[-3000:]
    body = own.page("2014/02/11/hello.html").cssselect(".jb-post-body p")[0]
    assert [child.tag for child in body] == []
    assert " ".join(text(body).split()) == 'One line and the next, "quoted".'


def test_a_kramdown_setting_in_mkdocs_yml_the_blog_cannot_honour_fails_strict(
    tmp_path: Path,
) -> None:
    built = kramdown_site(tmp_path / "site", {"kramdown": {"no_such_setting": 1}}, "")
    assert built.returncode != 0
    assert (
        "option 'kramdown': kramdown settings the blog cannot honour, left as kramdown's "
        "defaults: no_such_setting"
    ) in built.log
