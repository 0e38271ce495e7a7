"""The example site in a real browser: headless Chromium, driven by Playwright, against
`mkdocs serve` on a free loopback port, under the Material and the `mkdocs` themes.

A visitor's path through the blog (index, page 2, a post, its tag, the archive, a year, the
feed), with no console error, no failed request and no request leaving the machine on any page;
accessibility basics on every page visited; live reload of a new and a deleted post; and the
README's screenshots, which `UPDATE_SCREENSHOTS=1 .venv/bin/python -m pytest tests/test_browser.py`
writes into `docs/images/` (without it they go to a temporary folder and are only checked).

Chromium is Debian's (`apt-get install chromium`, which `.ci/run` does): these tests fail, never
skip, where /usr/bin/chromium is missing.
"""

from __future__ import annotations

import os
import re
import struct
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Response,
    expect,
    sync_playwright,
)
from serving import Served
from sitebuild import REPO, copy_example_site

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Wide enough for Material's navigation sidebar (it needs 1220 px), small enough for a README.
VIEWPORT = {"width": 1280, "height": 800}
SCREENSHOTS = REPO / "docs" / "images"

# The example site as it is (Material), and under the `mkdocs` theme. That theme loads
# highlight.js from a CDN unless `highlightjs: false`; the example site highlights code with
# Pygments (pymdownx.highlight) anyway, so the CDN copy would only be a second highlighter.
THEMES: dict[str, dict[str, Any]] = {
    "material": {},
    "mkdocs": {"theme": {"name": "mkdocs", "highlightjs": False}},
}

POST = "TideKit at the Harbour Hackers meetup"  # on page 2 of the index, tags: release, demo
POST_PATH = "blog/news/2014/02/11/harbour-hackers-talk/"
TAG = "release"
YEAR = "2014"
AUTHOR = "Maëlle Kerbrat"
SERIES_PART = "announcements/tidekit-1-0/"  # part 2 of 3 of "Road to 1.0"


# -- mkdocs serve of the example site, and the browser -------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: `apt-get install chromium` (.ci/run does)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module", params=sorted(THEMES))
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    """The example site served once per theme, shared by that theme's tests."""
    theme = request.param
    root = copy_example_site(tmp_path_factory.mktemp(f"served-{theme}") / "site", **THEMES[theme])
    server = Served(root, "/tidekit/")
    yield server
    server.stop()


# -- a browser tab that notices what a visitor's browser would complain about ------------------


def known_problem(url: str, base: str) -> str | None:
    """Why a problem with `url` is expected (MkDocs' or Material's own doing), or None: every
    other console error, failed request or request leaving the machine fails the test."""
    path = urlsplit(url).path
    if path.startswith("/livereload/"):
        return "MkDocs' live-reload long poll, cancelled when the page is left"
    if path == "/favicon.ico":
        return "Chromium's own icon lookup at the server's root for a page naming none (a feed)"
    if url.startswith("https://api.github.com/repos/example/tidekit"):
        return "Material's repository facts for the example site's repo_url (needs the internet)"
    if re.fullmatch(re.escape(base) + r"blog/(?:(?:tag|category|author)/[^/]+/)?sitemap\.xml", url):
        # Material fetches `sitemap.xml` next to every <link rel="alternate"> (for its language
        # selector), the feed links the plugin puts in every page's head included: a 404 per
        # page, harmless, as a console error.
        return "Material's sitemap lookup next to the feed links"
    return None


class Tab:
    """A page that records console errors, page errors, failed requests, HTTP errors and
    requests leaving the machine, and waits for the network to settle after each visit."""

    def __init__(self, context: BrowserContext, base: str) -> None:
        self.base = base
        self.page = context.new_page()
        self.problems: list[str] = []
        self.pending: set[Request] = set()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("request", self._request)
        self.page.on("requestfinished", lambda request: self.pending.discard(request))
        self.page.on("requestfailed", self._failed)
        self.page.on("response", self._response)

    def _note(self, url: str, problem: str) -> None:
        if known_problem(url, self.base) is None:
            self.problems.append(problem)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location.get("url", "")
            self._note(where, f"console error: {message.text} ({where})")

    def _request(self, request: Request) -> None:
        self.pending.add(request)
        host = urlsplit(request.url).hostname
        if request.url.startswith(("http:", "https:")) and host != "127.0.0.1":
            self._note(request.url, f"request leaving the machine: {request.url}")

    def _failed(self, request: Request) -> None:
        self.pending.discard(request)
        self._note(request.url, f"failed request: {request.url} ({request.failure})")

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self._note(response.url, f"HTTP {response.status}: {response.url}")

    def settle(self, quiet: float = 0.3, timeout: float = 15) -> None:
        """Wait until no request (but the live-reload poll) has been in flight for `quiet` s."""
        deadline = time.monotonic() + timeout
        quiet_since = time.monotonic()
        while time.monotonic() < deadline:
            busy = [r for r in self.pending if not urlsplit(r.url).path.startswith("/livereload/")]
            if busy:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= quiet:
                return
            self.page.wait_for_timeout(50)
        raise AssertionError(f"still loading: {[r.url for r in self.pending]}")

    def check(self) -> None:
        """No problem so far on the page now shown."""
        problems, self.problems = self.problems, []
        assert not problems, f"on {self.page.url}:\n" + "\n".join(problems)

    def visit(self, path: str) -> Page:
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None and response.ok, f"{path}: {response and response.status}"
        return self._arrived()

    def follow(self, link: Any) -> Page:
        """Click a link, as a visitor would, and wait for the page it leads to."""
        href = link.evaluate("a => a.href")
        with self.page.expect_navigation(wait_until="load"):
            link.click()
        assert self.page.url == href
        return self._arrived()

    def _arrived(self) -> Page:
        self.settle()
        self.check()
        return self.page


@pytest.fixture
def tab(browser: Browser, served: Served) -> Iterator[Tab]:
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    tab = Tab(context, served.base)
    yield tab
    context.close()


# -- accessibility basics ----------------------------------------------------------------------

HEADINGS_JS = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter(h => h.checkVisibility())
    .map(h => [Number(h.tagName[1]), h.innerText.replace(/\\u00b6/g, '').trim(),
               h.matches('.jb-entry > h2') ? 'entry' : ''])"""


def check_basics(page: Page, h1: str | re.Pattern[str]) -> None:
    """One h1 (with the given text), every date in a <time datetime>, tag and category links
    with a discernible name."""
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("h1")).to_have_text(h1)
    datetimes = page.locator("time").evaluate_all("ts => ts.map(t => t.getAttribute('datetime'))")
    assert datetimes, "no <time> on the page"
    for value in datetimes:
        assert value and datetime.fromisoformat(value).tzinfo is not None, value
    assert page.locator(".jb-post-meta:not(:has(time[datetime]))").count() == 0
    terms = page.locator("a.jb-tag, a.jb-category, .jb-term-list a")
    for i in range(terms.count()):
        expect(terms.nth(i)).to_have_accessible_name(re.compile(r"\w"))


def check_listing(page: Page, h1: str | re.Pattern[str], titles: list[str] | None = None) -> None:
    """A list of posts, navigable by heading: the page's h1, then one h2 per entry, named by
    the post's title (a link to it), and no heading deeper than h2."""
    check_basics(page, h1)
    headings = page.evaluate(HEADINGS_JS)
    assert headings[0][0] == 1, headings
    entries = [text for level, text, kind in headings if kind == "entry"]
    assert entries, "no entries"
    assert all(level == 2 for level, _, _ in headings[1:]), headings
    assert len(entries) == page.locator(".jb-entry").count() == len(headings) - 1
    for title in entries:
        link = page.locator(".jb-entry > h2 > a").filter(has_text=title).first
        expect(link).to_have_accessible_name(title)
    if titles is not None:
        assert entries == titles
    for entry in page.locator(".jb-entry").all():
        expect(entry.locator("time[datetime]")).to_have_count(1)


def check_compact(page: Page, h1: str | re.Pattern[str]) -> list[str]:
    """A compact list of posts: the page's h1, then a year's h2 where it spans years; each post
    a list item with its date and a link named by its title. The titles, in order."""
    check_basics(page, h1)
    headings = page.evaluate(HEADINGS_JS)
    assert headings[0][0] == 1, headings
    assert all(level == 2 and re.fullmatch(r"\d{4}", text) for level, text, _ in headings[1:])
    titles = []
    for entry in page.locator("li.jb-entry").all():
        expect(entry.locator("time[datetime]")).to_have_count(1)
        link = entry.locator("a.jb-entry-title")
        title = link.inner_text()
        expect(link).to_have_accessible_name(title)
        titles.append(title)
    assert titles, "no entries"
    unmarked(page, "ul.jb-compact-posts > li")  # a series is numbered (ol) instead
    return titles


def unmarked(page: Page, items: str) -> list[list[str]]:
    """The list items of `items`, each shown without a bullet and without an indent (the
    theme's own list style must not win over the blog's); their styles, for a message."""
    styles: list[list[str]] = page.locator(items).evaluate_all(
        "items => items.map(li => [getComputedStyle(li).listStyleType, "
        "getComputedStyle(li).marginInlineStart])"
    )
    assert all(style == ["none", "0px"] for style in styles), styles
    return styles


# -- a visitor's path through the blog, under each theme ---------------------------------------


def test_index_pages_to_page_two(tab: Tab) -> None:
    page = tab.visit("blog/")
    check_listing(page, re.compile(r"^Blog"))
    first = page.locator(".jb-entry").count()
    assert first == 10  # `paginate` 10; 13 published posts and the draft `serve` shows
    pinned = page.locator(".jb-pinned .jb-entry h2")
    expect(pinned).to_have_text(["We now accept station files from you"])
    expect(page.locator(".jb-pinned-label")).to_be_visible()
    rest = ".jb-listing > .jb-entry time"  # after the pinned section, newest first
    dates = page.locator(rest).evaluate_all("ts => ts.map(t => t.dateTime)")
    assert len(dates) == 9 and dates == sorted(dates, reverse=True)

    page = tab.follow(page.get_by_role("link", name="Older posts"))
    assert page.url == tab.base + "blog/page/2/"
    check_listing(page, "Blog (page 2)")
    assert page.locator(".jb-entry").count() == 4
    assert POST in page.locator(".jb-entry h2").all_inner_texts()
    expect(page.get_by_role("link", name="Newer posts")).to_have_attribute("href", re.compile("."))


def test_a_post_and_its_tag_page(tab: Tab) -> None:
    page = tab.visit("blog/page/2/")
    page = tab.follow(page.locator(".jb-entry > h2 > a").filter(has_text=POST))
    assert page.url == tab.base + POST_PATH
    check_basics(page, POST)
    expect(page.locator(".jb-post-header time")).to_have_attribute(
        "datetime", "2014-02-11T12:40:00+00:00"
    )
    expect(page.locator(".jb-post-header .jb-author")).to_have_text("Maëlle Kerbrat")
    # The embedded recording (a page of the site): lazy, so it loads once scrolled to.
    iframe = page.locator(".video-embed iframe")
    iframe.scroll_into_view_if_needed()
    expect(page.frame_locator(".video-embed iframe").locator("body")).to_contain_text(
        "Harbour Hackers"
    )
    tab.settle()
    tab.check()

    page = tab.follow(page.locator(".jb-post-header a.jb-tag").filter(has_text=TAG))
    assert page.url == tab.base + f"blog/tag/{TAG}/"
    titles = check_compact(page, f"Tag: {TAG}")
    assert POST in titles and len(titles) == 8


def test_archive_and_a_year_page(tab: Tab) -> None:
    page = tab.visit(POST_PATH)
    archive = tab.base + "blog/archive/"
    hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
    assert archive in hrefs, "no link to the archive on a post page"
    page = tab.visit("blog/archive/")  # the link is in the navigation, in a menu or a drawer
    check_basics(page, "Archive")
    headings = page.evaluate(HEADINGS_JS)
    assert [level for level, _, _ in headings[:3]] == [1, 2, 3], headings
    assert {level for level, _, _ in headings[1:]} == {2, 3}, headings
    assert page.locator(".jb-archive-posts li:not(:has(time[datetime]))").count() == 0
    assert unmarked(page, "ul.jb-archive-posts > li")

    page = tab.follow(page.locator(".jb-archive h2 a").filter(has_text=re.compile(f"^{YEAR}$")))
    assert page.url == tab.base + f"blog/{YEAR}/"
    titles = check_compact(page, re.compile(YEAR))
    assert POST in titles and len(titles) == 2


def test_the_feed_is_announced_and_served(tab: Tab) -> None:
    page = tab.visit("blog/")
    atom = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
    expect(atom).to_have_count(1)
    href = atom.evaluate("link => link.href")
    assert href == tab.base + "blog/feed.xml"
    fetched = page.evaluate(
        """async url => { const r = await fetch(url);
                          return [r.status, r.headers.get('content-type'), await r.text()]; }""",
        href,
    )
    status, content_type, body = fetched
    assert status == 200 and "xml" in content_type, (status, content_type)
    feed = lxml.etree.fromstring(body.encode())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = feed.xpath("//a:entry/a:title/text()", namespaces=ns)
    assert POST in titles
    links = feed.xpath("//a:entry/a:link/@href", namespaces=ns)
    assert links and all(link.startswith(tab.base) for link in links), links
    tab.settle()
    tab.check()

    # The tag page announces its own feed, beside the blog's.
    page = tab.visit(f"blog/tag/{TAG}/")
    hrefs = page.locator('head link[rel="alternate"]').evaluate_all("ls => ls.map(l => l.href)")
    assert tab.base + f"blog/tag/{TAG}/feed.xml" in hrefs
    assert tab.base + "blog/feed.xml" in hrefs


def test_an_author_page_from_a_post(tab: Tab) -> None:
    page = tab.visit(POST_PATH)
    page = tab.follow(page.locator(".jb-post-header a.jb-author").filter(has_text=AUTHOR))
    assert page.url == tab.base + "blog/author/maelle/"
    titles = check_compact(page, f"Posts by {AUTHOR}")
    assert POST in titles and len(titles) == 3
    profile = page.locator(".jb-author-profile")
    expect(profile).to_be_visible()
    expect(profile.locator(".jb-author-bio")).to_contain_text("station catalogue")
    expect(profile.get_by_role("link", name="Website")).to_have_attribute(
        "href", "https://example.org/people/maelle/"
    )
    avatar = profile.locator("img.jb-author-avatar")
    assert avatar.evaluate("img => img.complete && img.naturalWidth > 0"), "avatar not loaded"

    page = tab.visit("blog/authors/")
    expect(page.locator("h1")).to_have_text("Authors")
    link = page.locator(".jb-author-list a.jb-author").filter(has_text=AUTHOR)
    expect(link.locator("xpath=following-sibling::span[1]")).to_have_text("(3)")
    page = tab.follow(link)
    assert page.url == tab.base + "blog/author/maelle/"


def test_a_series_box_leads_through_the_series(tab: Tab) -> None:
    page = tab.visit(SERIES_PART)
    box = page.locator(".jb-series-box")
    expect(box).to_be_visible()
    expect(box.locator(".jb-series-part")).to_have_text("Part 2 of 3 of Road to 1.0")
    expect(box.locator("li[aria-current=page]")).to_have_text("TideKit 1.0")
    expect(box.locator("li a")).to_have_count(2)
    page = tab.follow(box.get_by_role("link", name=re.compile("^Next part")))
    assert page.url == tab.base + "blog/releases/2019/03/20/upgrading-to-1-0/"
    check_basics(page, "Upgrading from 0.8 to 1.0")
    expect(page.locator(".jb-series-box .jb-series-part")).to_have_text(
        "Part 3 of 3 of Road to 1.0"
    )
    expect(page.locator(".jb-series-box .jb-series-next")).to_have_count(0)
    page = tab.follow(page.locator(".jb-series-box a.jb-series-name"))
    assert page.url == tab.base + "blog/series/road-to-1-0/"
    titles = check_compact(page, "Series: Road to 1.0")
    assert titles[1:] == ["TideKit 1.0", "Upgrading from 0.8 to 1.0"] and len(titles) == 3
    numbers = page.locator("ol.jb-compact-posts > li").evaluate_all(
        "items => items.map(li => getComputedStyle(li).listStyleType)"
    )
    assert numbers == ["decimal"] * 3


def test_the_home_page_lists_the_latest_posts(tab: Tab) -> None:
    page = tab.visit("")
    latest = page.locator(".jb-latest a.jb-entry-title")
    expect(latest).to_have_count(3)
    for i in range(3):
        expect(latest.nth(i)).to_be_visible()
    first = latest.first.inner_text()
    page = tab.follow(latest.first)
    check_basics(page, first)


# -- the README's pictures ---------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("served", ["material"], indirect=True)
def test_screenshots(tab: Tab, tmp_path: Path) -> None:
    """The README's screenshots, under Material: into docs/images/ with UPDATE_SCREENSHOTS=1."""
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    shots = {
        "blog-index.png": ("blog/", re.compile(r"^Blog")),
        "blog-post.png": (POST_PATH, POST),
        "blog-tag.png": (f"blog/tag/{TAG}/", f"Tag: {TAG}"),
        "blog-series.png": (SERIES_PART, "TideKit 1.0"),
        "blog-author.png": ("blog/author/maelle/", f"Posts by {AUTHOR}"),
    }
    for name, (path, h1) in shots.items():
        page = tab.visit(path)
        check_basics(page, h1)
        page.evaluate("document.fonts.ready")
        page.screenshot(path=str(folder / name), animations="disabled", caret="hide")
        assert png_size(folder / name) == (VIEWPORT["width"], VIEWPORT["height"])
        assert (folder / name).stat().st_size > 10_000, f"{name} looks empty"


# -- live reload -------------------------------------------------------------------------------

NEW_POST = "blog/_posts/2024-06-01-live-reload-check.md"
NEW_TITLE = "Live reload check"
NEW_TAG = "live-reload-check"


def poll(what: str, condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.25)


def test_live_reload_adds_and_removes_a_post(
    browser: Browser, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = copy_example_site(tmp_path_factory.mktemp("live") / "site")
    server = Served(root, "/tidekit/")
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    try:
        tab = Tab(context, server.base)
        index = tab.visit("blog/")
        entry = index.locator(".jb-entry > h2 > a").filter(has_text=NEW_TITLE)
        expect(entry).to_have_count(0)

        def fetch(path: str) -> tuple[int, str]:
            response = context.request.get(server.base + path, fail_on_status_code=False)
            return response.status, response.text()

        def tag_page_lists_it() -> bool:
            status, body = fetch(f"blog/tag/{NEW_TAG}/")
            return status == 200 and NEW_TITLE in body

        post = root / "docs" / NEW_POST
        post.write_text(
            f"---\ntitle: {NEW_TITLE}\ndate: 2024-06-01 09:00:00 +0000\n"
            f"tags: [{NEW_TAG}, release]\n---\nWritten while `mkdocs serve` runs.\n",
            "utf-8",
        )
        # The open index reloads itself (MkDocs' live reload) once the rebuild is done.
        expect(entry).to_have_count(1, timeout=30_000)
        poll("the new tag page", tag_page_lists_it)
        poll("the feed", lambda: NEW_TITLE in fetch("blog/feed.xml")[1])
        assert fetch("blog/feed.xml")[0] == 200
        tab.settle()
        tab.check()
        check_listing(index, re.compile(r"^Blog"))
        # after the pinned post and the draft
        assert NEW_TITLE in index.locator(".jb-entry h2").all_inner_texts()[:3]

        post.unlink()
        expect(entry).to_have_count(0, timeout=30_000)
        poll("the tag page to go", lambda: fetch(f"blog/tag/{NEW_TAG}/")[0] == 404)
        poll("the feed to drop it", lambda: NEW_TITLE not in fetch("blog/feed.xml")[1])
        tab.settle()
        tab.check()
    finally:
        context.close()
        server.stop()


# -- a right-to-left language ------------------------------------------------------------------

RTL_THEMES = {
    "material": {"name": "material", "language": "ar", "font": False},
    "mkdocs": {"name": "mkdocs", "highlightjs": False},
    "readthedocs": {"name": "readthedocs", "highlightjs": False},
}


@pytest.mark.parametrize("theme", sorted(RTL_THEMES))
def test_an_arabic_blog_reads_right_to_left(
    browser: Browser, tmp_path_factory: pytest.TempPathFactory, theme: str
) -> None:
    """The blog in Arabic (Material's `language`, else the plugin's own `language`): its blocks
    run right to left, so a post's older neighbour is at the right with its arrow pointing
    there, and the index's older pages are at the left."""
    plugins = ["search", {"jekyll-blog": {"permalink": "pretty", "language": "ar"}}]
    root = copy_example_site(
        tmp_path_factory.mktemp(f"rtl-{theme}") / "site", theme=RTL_THEMES[theme], plugins=plugins
    )
    server = Served(root, "/tidekit/")
    context = browser.new_context(viewport=VIEWPORT)  # type: ignore[arg-type]
    try:
        tab = Tab(context, server.base)
        page = tab.visit(SERIES_PART)
        for block in (".jb-post-header", ".jb-post-body", ".jb-post-footer"):
            direction = page.locator(block).evaluate("e => getComputedStyle(e).direction")
            assert direction == "rtl", (block, direction)
        older = page.locator(".jb-post-neighbours .jb-older")
        newer = page.locator(".jb-post-neighbours .jb-newer")
        older_box, newer_box = older.bounding_box(), newer.bounding_box()
        assert older_box is not None and newer_box is not None
        assert older_box["x"] > newer_box["x"] + newer_box["width"] / 2, (older_box, newer_box)
        assert older.inner_text().startswith("→") and newer.inner_text().endswith("←")
        expect(page.locator(".jb-series-part")).to_contain_text("3")
        time_text = page.locator(".jb-post-header time").inner_text()
        assert "مارس" in time_text, time_text  # March, as Arabic names it

        page = tab.visit("blog/")
        pager_older = page.locator(".jb-pagination .jb-older")
        number = page.locator(".jb-pagination .jb-page-number")
        older_box, number_box = pager_older.bounding_box(), number.bounding_box()
        assert older_box is not None and number_box is not None
        assert older_box["x"] < number_box["x"], (older_box, number_box)
        expect(pager_older).to_have_text("مقالات أقدم ←")
    finally:
        context.close()
        server.stop()


# -- a feed opened in the browser ----------------------------------------------------------------


@pytest.mark.parametrize("served", ["material"], indirect=True)
@pytest.mark.parametrize("feed", ["blog/feed.xml", "blog/rss.xml", f"blog/tag/{TAG}/feed.xml"])
def test_a_feed_opened_in_the_browser_is_a_styled_page(tab: Tab, feed: str) -> None:
    """Its stylesheet applied: the blog's title, the line on subscribing, each entry's title,
    date and address shown; the rest of the XML hidden."""
    page = tab.visit(feed)
    root = page.evaluate("() => document.documentElement.localName")
    assert root in ("feed", "rss")
    style = page.evaluate(
        """() => { const r = getComputedStyle(document.documentElement);
                   return [r.display, r.maxWidth]; }"""
    )
    assert style == ["block", "736px"], style  # 46em of 16px: the stylesheet is applied
    top = "feed" if root == "feed" else "channel"
    note = page.evaluate(
        f"() => getComputedStyle(document.querySelector('{top}'), '::before').content"
    )
    assert "web feed" in note and "feed reader" in note
    entry = "entry" if root == "feed" else "item"
    shown = page.evaluate(
        f"""() => [...document.querySelectorAll('{entry} > title')]
              .filter(t => t.getBoundingClientRect().height > 0).map(t => t.textContent)"""
    )
    assert POST in shown or len(shown) >= 3, shown
    hidden = page.evaluate(
        f"() => [...document.querySelectorAll('{entry} > *')].filter(e => "
        "getComputedStyle(e).display !== 'none').map(e => e.localName)"
    )
    dates = "published" if root == "feed" else "pubDate"
    assert set(hidden) <= {"title", dates, "summary", "link"}, set(hidden)
    assert dates in hidden and "link" in hidden
