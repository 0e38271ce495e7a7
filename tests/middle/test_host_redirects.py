"""Redirect pages in an MkDocs build (host/output/redirect_pages.py), from real MkDocs objects:
a loaded mkdocs.yml, its Files and the posts read from a docs folder. Which files are planned for
`redirect_from` and `legacy_permalink`, that none is written over a file of the site, what the
written pages point at, and the page a post with `redirect_to` becomes."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import lxml.html
import pytest
from blogparts import blog_in_site
from mkdocs.config.defaults import MkDocsConfig

from mkdocs_blog_plugin.config import BlogConfig
from mkdocs_blog_plugin.host.context import BuildContext
from mkdocs_blog_plugin.host.output.redirect_pages import (
    SiteRedirects,
    plan_redirects,
    redirect_to_page,
    write_old_feed,
)
from mkdocs_blog_plugin.host.placing.blog_files import BlogFiles
from mkdocs_blog_plugin.host.site import SiteFacts
from mkdocs_blog_plugin.model.posts import Post

SITE_URL = "https://example.org/docs/"
MOVED = "_posts/2014-02-11-moved.md"
SINGLE = "_posts/2014-02-12-single.md"
PLAIN = "_posts/2014-02-13-plain.md"
POSTS = {
    MOVED: "redirect_from: [/old/moved/, /older.html, 'https://old.example.org/ancient.html']",
    SINGLE: "redirect_from: /single",
    PLAIN: "title: Plain",
}


@dataclass
class Site:
    config: MkDocsConfig
    options: BlogConfig
    facts: SiteFacts
    blog_files: BlogFiles
    taken: frozenset[str]
    context: BuildContext

    def plan(self) -> SiteRedirects:
        return plan_redirects(self.context, self.blog_files, self.taken)

    def post(self, source: str) -> Post:
        post = self.blog_files.blog.get(source)
        assert post is not None
        return post


def redirects_site(
    root: Path,
    posts: Mapping[str, str] = POSTS,
    options: Mapping[str, Any] | None = None,
    site_url: str | None = SITE_URL,
    pages: Mapping[str, str] | None = None,
) -> Site:
    docs = {
        "index.md": "# Home\n",
        **(pages or {}),
        **{source: f"---\n{front_matter}\n---\nText.\n" for source, front_matter in posts.items()},
    }
    blog = blog_in_site(root, docs, {"permalink": "pretty", **(options or {})}, site_url)
    files, blog_files = blog.files, blog.blog_files
    taken = frozenset(file.dest_uri for file in files)
    return Site(blog.config, blog.options, blog.facts, blog_files, taken, blog.context)


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


# --- planned files ----------------------------------------------------------------------------


def test_redirect_from_a_string_a_list_and_a_full_url(tmp_path: Path) -> None:
    assert redirects_site(tmp_path).plan().planned == {
        "old/moved/index.html": MOVED,
        "older.html": MOVED,
        "ancient.html": MOVED,  # of a full URL only its path
        "single.html": SINGLE,  # an extension-less path: both files
        "single/index.html": SINGLE,
    }


def test_no_redirect_from_no_redirects(tmp_path: Path) -> None:
    assert redirects_site(tmp_path, {PLAIN: "title: Plain"}).plan().planned == {}


@pytest.mark.parametrize(
    ("legacy", "files"),
    [
        ("/:year/:title", ["2014/plain.html", "2014/plain/index.html"]),
        ("/:year/:title/", ["2014/plain/index.html"]),
        ("/blog/:title.html", ["blog/plain.html", "blog/plain/index.html"]),  # `/blog/plain` too
        # `/2014/02/13/plain.html` and `/2014/02/13/plain`, whose folder index is the post
        ("date", ["2014/02/13/plain.html"]),
        ("pretty", []),  # the post's own URL
    ],
)
def test_a_legacy_permalink(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, legacy: str, files: list[str]
) -> None:
    site = redirects_site(tmp_path, {PLAIN: "title: Plain"}, {"legacy_permalink": legacy})
    assert site.post(PLAIN).dest_uri == "2014/02/13/plain/index.html"
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        assert site.plan().planned == dict.fromkeys(files, PLAIN)
    assert warnings(caplog) == []  # the post's own file is no conflict


def test_a_legacy_permalink_for_every_post(tmp_path: Path) -> None:
    site = redirects_site(tmp_path, options={"legacy_permalink": "/:title"})
    planned = site.plan().planned
    for post in site.blog_files.blog.posts:
        assert planned[f"{post.slug}.html"] == post.source
        assert planned[f"{post.slug}/index.html"] == post.source


def test_a_post_with_its_own_permalink_has_no_legacy_redirect(tmp_path: Path) -> None:
    posts = {PLAIN: "title: Plain", SINGLE: "permalink: /fixed/"}
    planned = redirects_site(tmp_path, posts, {"legacy_permalink": "/:title"}).plan().planned
    assert planned == {"plain.html": PLAIN, "plain/index.html": PLAIN}


def test_a_redirect_is_never_over_a_page_of_the_site(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    posts = {PLAIN: "redirect_from: [/index.html, /guide/, /kept/]"}
    site = redirects_site(tmp_path, posts, pages={"guide.md": "# Guide\n"})
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        planned = site.plan().planned
    assert planned == {"kept/index.html": PLAIN}
    assert warnings(caplog) == [
        f"{PLAIN}: redirect_from /index.html is not written: index.html is already a page",
        f"{PLAIN}: redirect_from /guide/ is not written: guide/index.html is already a page",
    ]


def test_a_legacy_url_over_a_page_of_the_site_is_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    site = redirects_site(
        tmp_path, {PLAIN: ""}, {"legacy_permalink": "/:title/"}, pages={"plain.md": ""}
    )
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        assert site.plan().planned == {}
    assert warnings(caplog) == [
        f"{PLAIN}: old URL /plain/ is not written: plain/index.html is already a page",
        f"{PLAIN}: old URL /plain/index.html is not written: plain/index.html is already a page",
    ]


def test_two_posts_redirecting_from_one_path_the_first_keeps_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    posts = {SINGLE: "redirect_from: /same/", PLAIN: "redirect_from: /same/"}
    site = redirects_site(tmp_path, posts)
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        planned = site.plan().planned
    assert planned == {"same/index.html": PLAIN}  # the newest post comes first
    assert warnings(caplog) == [
        f"{SINGLE}: redirect_from /same/ is not written: same/index.html is already a page"
    ]


def test_a_redirect_from_on_the_post_s_own_file_is_skipped_silently(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    posts = {PLAIN: "redirect_from: [/2014/02/13/plain/, /2014/02/13/plain]"}
    site = redirects_site(tmp_path, posts)
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        assert site.plan().planned == {"2014/02/13/plain.html": PLAIN}
    assert warnings(caplog) == []


def test_old_index_pages_of_jekyll_paginate(tmp_path: Path) -> None:
    redirects = SiteRedirects()
    series = ("blog/index.md", "blog/page/2/index.md", "blog/page/3/index.md")
    redirects.plan_pagination("/page:num/", series, taken={"page3/index.html"})
    assert redirects.planned == {"page2/index.html": "blog/page/2/index.md"}
    nothing = SiteRedirects()
    nothing.plan_pagination("/blog/page/", series, taken=set())
    assert nothing.planned == {}


# --- written pages ----------------------------------------------------------------------------


def target_of(page: Path) -> str:
    head = lxml.html.parse(str(page)).getroot()
    [canonical] = head.xpath('//link[@rel="canonical"]/@href')
    [refresh] = head.xpath('//meta[@http-equiv="refresh"]/@content')
    [link] = head.xpath("//body/a/@href")
    assert refresh == f"0; url={canonical}"
    assert link == canonical
    return str(canonical)


def served_at(file: str) -> str:
    """The URL path a static host serves `file` at (`a/index.html` at `a/`)."""
    return file.removesuffix("index.html")


def test_written_pages_point_at_absolute_urls_with_site_url(tmp_path: Path) -> None:
    site = redirects_site(tmp_path)
    redirects = site.plan()
    redirects.write(site.config.site_dir, site.facts, site.blog_files.urls)
    for file, source in redirects.planned.items():
        url = site.blog_files.urls[source]
        assert target_of(tmp_path / "site" / file) == SITE_URL + url
    assert target_of(tmp_path / "site/ancient.html") == f"{SITE_URL}2014/02/11/moved/"


@pytest.mark.parametrize(
    ("file", "target"),
    [
        ("old/moved/index.html", "../../2014/02/11/moved/"),
        ("older.html", "2014/02/11/moved/"),
        ("single.html", "2014/02/12/single/"),
        ("single/index.html", "../2014/02/12/single/"),
    ],
)
def test_written_pages_point_at_relative_urls_without_site_url(
    tmp_path: Path, file: str, target: str
) -> None:
    site = redirects_site(tmp_path, site_url=None)
    redirects = site.plan()
    redirects.write(site.config.site_dir, site.facts, site.blog_files.urls)
    assert target_of(tmp_path / "site" / file) == target


def test_relative_targets_lead_to_the_post(tmp_path: Path) -> None:
    site = redirects_site(tmp_path, site_url=None, options={"legacy_permalink": "/:year/:title"})
    redirects = site.plan()
    redirects.write(site.config.site_dir, site.facts, site.blog_files.urls)
    assert len(redirects.planned) == 11
    host = "http://host/"
    for file, source in redirects.planned.items():
        target = target_of(tmp_path / "site" / file)
        assert urljoin(host + served_at(file), target) == host + site.blog_files.urls[source]


def test_written_pages_have_the_site_s_language(tmp_path: Path) -> None:
    site = redirects_site(tmp_path)
    redirects = site.plan()
    redirects.write(site.config.site_dir, site.facts, site.blog_files.urls)
    page = lxml.html.parse(str(tmp_path / "site/older.html")).getroot()
    assert page.get("lang") == "en"
    assert page.xpath('//meta[@name="robots"]/@content') == ["noindex"]


def test_write_writes_only_the_planned_files(tmp_path: Path) -> None:
    site = redirects_site(tmp_path, {PLAIN: "redirect_from: /a/b/"})
    site.plan().write(site.config.site_dir, site.facts, site.blog_files.urls)
    written = sorted(
        p.relative_to(tmp_path / "site").as_posix()
        for p in (tmp_path / "site").rglob("*")
        if p.is_file()
    )
    assert written == ["a/b/index.html"]


# --- the old feed -----------------------------------------------------------------------------


def test_write_old_feed(tmp_path: Path) -> None:
    write_old_feed(str(tmp_path), "feeds/atom.xml", b"<feed/>", taken=frozenset({"index.html"}))
    assert (tmp_path / "feeds/atom.xml").read_bytes() == b"<feed/>"


def test_the_old_feed_is_never_over_a_page(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        write_old_feed(str(tmp_path), "atom.xml", b"<feed/>", taken=frozenset({"atom.xml"}))
    assert not (tmp_path / "atom.xml").exists()
    assert warnings(caplog) == ["jekyll-blog: the old feed address atom.xml is a page of this site"]


# --- redirect_to ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("redirect_to", "target"),
    [
        ("https://elsewhere.example/new/", "https://elsewhere.example/new/"),
        ("[http://a.example/, http://b.example/]", "http://a.example/"),
        ("new/", f"{SITE_URL}new/"),  # relative: under the site
    ],
)
def test_redirect_to_page(tmp_path: Path, redirect_to: str, target: str) -> None:
    site = redirects_site(tmp_path, {PLAIN: f"redirect_to: {redirect_to}"})
    html = redirect_to_page(site.post(PLAIN), site.facts)
    assert html is not None
    (tmp_path / "page.html").write_text(html, "utf-8")
    assert target_of(tmp_path / "page.html") == target


def test_a_post_without_redirect_to_is_no_redirect_page(tmp_path: Path) -> None:
    site = redirects_site(tmp_path)
    assert redirect_to_page(site.post(MOVED), site.facts) is None


@pytest.mark.parametrize(
    "redirect_to", ["'javascript:alert(1)'", "'data:text/html,<script>x</script>'"]
)
def test_an_unsafe_redirect_to_is_a_warning_and_no_page(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, redirect_to: str
) -> None:
    site = redirects_site(tmp_path, {PLAIN: f"redirect_to: {redirect_to}"})
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        assert redirect_to_page(site.post(PLAIN), site.facts) is None
    [warning] = warnings(caplog)
    assert warning.startswith(f"{PLAIN}: redirect_to ")
    assert warning.endswith("is not an http(s) or relative URL")


def test_a_site_absolute_redirect_to_is_under_the_site_s_base_path(tmp_path: Path) -> None:
    site = redirects_site(tmp_path, {PLAIN: "redirect_to: /new/"})
    html = redirect_to_page(site.post(PLAIN), site.facts)
    assert html is not None
    (tmp_path / "page.html").write_text(html, "utf-8")
    assert target_of(tmp_path / "page.html") == f"{SITE_URL}new/"
