"""Each shared Jekyll corpus, built inside a docs site: every post Jekyll built is built here
with the same URL, date, title, tags and categories, and no other post is."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime

import pytest
from blogcheck import duplicates, listed_posts, post_pages
from linkcheck import broken_links
from sitebuild import CORPORA, Built, build, corpus_site, text

from mkdocs_blog_plugin.html.text import plain_text


@pytest.fixture(scope="module", params=CORPORA)
def corpus_build(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    root, decisions = corpus_site(tmp_path_factory.mktemp("corpus"), request.param)
    built = build(root)
    assert built.returncode == 0, built.log[-3000:]
    return request.param, built, decisions["posts"]


def post_header(built: Built, url: str):
    page = built.page(url)
    headers = page.cssselect("header.jb-post-header")
    assert len(headers) == 1, f"{url}: {len(headers)} post headers"
    return headers[0]


def test_every_post_jekyll_built_is_built_with_the_same_decisions(corpus_build) -> None:
    name, built, posts = corpus_build
    mismatches = []
    for decision in posts:
        url = decision["url"]
        if built.file_for(url) is None:
            mismatches.append(f"{decision['path']}: no page at {url}")
            continue
        header = post_header(built, url)
        got_title = text(header.cssselect("h1")[0])
        want_title = plain_text(decision["title"] or "")
        if got_title != want_title:
            mismatches.append(f"{decision['path']}: title {got_title!r} != {want_title!r}")
        got_date = datetime.fromisoformat(header.cssselect("time")[0].get("datetime"))
        want_date = datetime.fromisoformat(decision["date"])
        if got_date != want_date or got_date.utcoffset() != want_date.utcoffset():
            mismatches.append(f"{decision['path']}: date {got_date} != {want_date}")
        got_tags = [text(t) for t in header.cssselect(".jb-tag")]
        want_tags = [plain_text(str(t)) for t in decision["tags"]]
        if got_tags != want_tags:
            mismatches.append(f"{decision['path']}: tags {got_tags} != {want_tags}")
        got_categories = [text(c) for c in header.cssselect(".jb-category")]
        want_categories = [plain_text(str(c)) for c in decision["categories"]]
        if got_categories != want_categories:
            mismatches.append(
                f"{decision['path']}: categories {got_categories} != {want_categories}"
            )
    print(f"{name}: {len(posts) - len(mismatches)} of {len(posts)} posts agree with Jekyll 4.3")
    assert not mismatches, "\n".join(mismatches)


def test_no_post_is_built_that_jekyll_did_not_build(corpus_build) -> None:
    _, built, posts = corpus_build
    post_pages = [
        path for path in built.html_files() if b'class="jb-post-header"' in path.read_bytes()
    ]
    assert len(post_pages) == len(posts)


def test_listings_hold_every_post_where_its_terms_and_date_say(corpus_build) -> None:
    _, built, decisions = corpus_build
    posts = post_pages(built)
    listed = listed_posts(built, "blog/")
    assert not duplicates(listed) and set(listed) == set(posts) and len(posts) == len(decisions)
    pages: dict[str, set[str]] = defaultdict(set)
    for url, info in posts.items():
        for term_page in [*info.tags.values(), *info.categories.values()]:
            pages[term_page].add(url)
        pages[f"blog/{info.date[:4]}/"].add(url)
        pages[f"blog/{info.date[:7].replace('-', '/')}/"].add(url)
    for page, members in pages.items():
        shown = listed_posts(built, page)
        assert not duplicates(shown), page
        assert set(shown) == members, page


def test_every_link_the_blog_makes_resolves(corpus_build) -> None:
    _, built, _ = corpus_build
    broken = broken_links(built.site, authors_absolute=False)
    assert not broken, "\n".join(broken[:30])


def test_json_feed_lists_every_post_as_its_page_shows_it(corpus_build) -> None:
    _, built, _ = corpus_build
    pages = post_pages(built)
    items = json.loads((built.site / "blog" / "feed.json").read_text("utf-8"))["items"]
    site_url = items and items[0]["url"][: items[0]["url"].index("/", 8) + 1]
    assert sorted(item["url"][len(site_url) :] for item in items) == sorted(pages)
    for item in items:
        page = pages[item["url"][len(site_url) :]]
        assert item["title"] == page.title
        assert datetime.fromisoformat(item["date_published"]) == datetime.fromisoformat(page.date)
        assert item.get("tags", []) == list(page.tags)
        assert item["_blog"]["categories"] == list(page.categories)
