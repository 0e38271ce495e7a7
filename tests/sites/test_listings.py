"""Tag, category and date archive pages, checked from the built HTML of fixture sites."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from blogcheck import duplicates, listed_posts, page_of, post_pages, site_path
from linkcheck import broken_links
from sitebuild import Built, build, built_site, post_files, text, write_site

POSTS = {
    "blog/_posts/2013-12-31-old.md": "title: Old\ntags: [TV, ocaml]\ncategory: news",
    "blog/_posts/2014-01-05-a.md": "title: A\ntags: [tv, mirage]",
    "blog/_posts/2014-02-11-b.md": "title: B\ntags: ['💎', mirage]\ncategories: [news, talks]",
    "blog/_posts/2014-02-12-c.md": "title: C\ntags: [mirage]\ncategory: Talks",
    "blog/_posts/2015-06-01-d.md": "title: D\ntags: [internet of things]",
    "blog/_posts/2015-06-02-e.md": "title: E",
    "talks/_posts/2015-07-01-f.md": "title: F\ntags: [mirage]",
}


def blog_site(tmp_path: Path, **options: Any) -> Built:
    config: dict[str, Any] = {
        "site_name": "Listings",
        "site_url": "https://example.org/",
        "theme": {"name": options.pop("theme", "mkdocs")},
        "plugins": ["search", {"jekyll-blog": {"paginate": 2, **options}}],
    }
    files = {"index.md": "# Home\n", **post_files(POSTS, body)}
    return built_site(tmp_path / "site", config, files)


def body(path: str) -> str:
    return f"First paragraph of {path}.\n\nMore.\n"


ALL_COMPACT = {kind: "compact" for kind in ("index", "tag", "category", "year", "month", "day")}


@pytest.fixture(scope="module", params=["full", "compact"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The fixture site with every list in one style: each invariant holds in both."""
    listings = ALL_COMPACT if request.param == "compact" else {}
    folder = tmp_path_factory.mktemp(f"listings-{request.param}")
    return blog_site(folder, archives=["year", "month", "day"], listings=listings)


def test_every_post_is_on_each_of_its_term_pages_and_on_no_other(built: Built) -> None:
    posts = post_pages(built)
    assert len(posts) == len(POSTS)
    for kind in ("tags", "categories"):
        pages: dict[str, set[str]] = {}
        for url, info in posts.items():
            for term_page in getattr(info, kind).values():
                pages.setdefault(term_page, set()).add(url)
        for term_page, members in pages.items():
            listed = listed_posts(built, term_page)
            assert not duplicates(listed), term_page
            assert set(listed) == members, term_page


def test_terms_that_differ_in_case_share_one_page_and_emoji_tags_get_one(built: Built) -> None:
    posts = post_pages(built)
    old, a = posts["blog/news/2013/12/31/old.html"], posts["blog/2014/01/05/a.html"]
    assert old.tags["TV"] == a.tags["tv"] == "blog/tag/tv/"
    assert set(listed_posts(built, "blog/tag/tv/")) == {
        "blog/news/2013/12/31/old.html",
        "blog/2014/01/05/a.html",
    }
    emoji_page = posts[
        "talks/blog/2014/02/11/b.html" if False else "blog/news/talks/2014/02/11/b.html"
    ].tags["💎"]
    assert emoji_page != "blog/tag/" and built.file_for(emoji_page)
    assert listed_posts(built, emoji_page) == ["blog/news/talks/2014/02/11/b.html"]


def test_indexes_count_every_post_and_pagination_covers_each_once(built: Built) -> None:
    all_posts = set(post_pages(built))
    listed = listed_posts(built, "blog/")
    assert not duplicates(listed) and set(listed) == all_posts
    for index in ("blog/tags/", "blog/categories/"):
        page = built.site / index / "index.html"
        doc = lxml.html.fromstring(page.read_bytes())
        for item in doc.cssselect(".jb-term-list li"):
            link = item.cssselect("a")[0]
            count = int(text(item.cssselect(".jb-count")[0]).strip("()"))
            assert count == len(listed_posts(built, site_path(built, page, link.get("href"))))
    tags = lxml.html.fromstring((built.site / "blog/tags/index.html").read_bytes())
    names = [text(a) for a in tags.cssselect(".jb-term-list a")]
    assert names.count("TV") + names.count("tv") == 1 and "internet of things" in names


def test_date_archives_hold_exactly_their_posts(built: Built) -> None:
    posts = post_pages(built)
    for level, width in (("year", 4), ("month", 7), ("day", 10)):
        expected: dict[str, set[str]] = {}
        for url, info in posts.items():
            expected.setdefault(info.date[:width].replace("-", "/"), set()).add(url)
        for prefix, members in expected.items():
            assert set(listed_posts(built, f"blog/{prefix}/")) == members, (level, prefix)
    archive = lxml.html.fromstring((built.site / "blog/archive/index.html").read_bytes())
    hrefs = [
        site_path(built, built.site / "blog/archive/index.html", a.get("href"))
        for a in archive.cssselect(".jb-archive-posts a")
    ]
    assert sorted(hrefs) == sorted(posts) and not duplicates(hrefs)
    assert [text(h) for h in archive.cssselect("h2")][:1] == ["2015 (3)"]


def test_date_pages_link_the_newer_and_older_period_that_has_posts(built: Built) -> None:
    """Each year, month and day page links the next and the previous period of its level that
    has posts (skipping empty ones), titled by it; the newest has no newer, the oldest no older."""
    dates = sorted({info.date[:10] for info in post_pages(built).values()}, reverse=True)
    for width in (4, 7, 10):
        periods = [f"blog/{d}/" for d in dict.fromkeys(d[:width].replace("-", "/") for d in dates)]
        assert len(periods) > 2
        for i, period in enumerate(periods):
            page = page_of(built, period)
            doc = lxml.html.fromstring(page.read_bytes())
            for rel, expected in (("jb-newer", i - 1), ("jb-older", i + 1)):
                links = doc.cssselect(f".jb-periods a.{rel}")
                if 0 <= expected < len(periods):
                    assert [site_path(built, page, a.get("href")) for a in links] == [
                        periods[expected]
                    ], (period, rel)
                    title = text(
                        lxml.html.fromstring(
                            page_of(built, periods[expected]).read_bytes()
                        ).cssselect("h1")[0]
                    )
                    assert title in text(links[0]), (period, rel, title)
                else:
                    assert links == [], (period, rel)


def test_post_pages_link_terms_neighbours_and_related_posts(built: Built) -> None:
    page = built.page("blog/talks/2014/02/12/c.html")
    assert [text(a) for a in page.cssselect(".jb-post-header a.jb-category")] == ["blog", "Talks"]
    related = [text(a) for a in page.cssselect(".jb-related a")]
    assert related[:2] == ["F", "B"] and len(related) <= 3
    assert page.cssselect(".jb-reading-time")
    assert {a.get("rel") for a in page.cssselect(".jb-post-neighbours a")} == {"prev", "next"}


def test_blog_section_in_nav_and_listing_pages_in_search(built: Built) -> None:
    home = built.page("index.html")
    texts = [text(a) for a in home.cssselect("a")]
    for title in ("Blog", "Tags", "Categories", "Archive"):
        assert title in texts
    index = json.loads((built.site / "search/search_index.json").read_text("utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    assert {"blog/tags/", "blog/tag/mirage/", "blog/2014/"} <= locations
    assert not broken_links(built.site)


def test_search_indexes_a_post_by_its_own_text_not_what_the_blog_adds(built: Built) -> None:
    index = json.loads((built.site / "search/search_index.json").read_text("utf-8"))
    post = [doc for doc in index["docs"] if doc["location"].startswith("blog/talks/2014/02/12/c")]
    assert post, "the post is not in the search index"
    indexed = " ".join(doc["title"] + " " + doc["text"] for doc in post)
    page = built.page("blog/talks/2014/02/12/c.html")
    body = text(page.cssselect(".jb-post-body")[0])
    assert body.split()[0] in indexed
    for added in ("Related posts", "Tags:", "Categories:", " min read"):
        assert added in text(page.cssselect("article, .md-content, body")[0])
        assert added not in indexed
    listing = [doc for doc in index["docs"] if doc["location"] == "blog/tag/mirage/"]
    assert listing and all("Read more" not in doc["text"] for doc in listing)


def test_options_turn_pages_off(tmp_path: Path) -> None:
    built = blog_site(tmp_path, tags=False, categories=False, archives=[])
    assert not (built.site / "blog/tags").exists() and not (built.site / "blog/tag").exists()
    assert not (built.site / "blog/categories").exists()
    assert not (built.site / "blog/2014/index.html").exists()
    assert (built.site / "blog/archive/index.html").is_file()
    page = built.page("blog/talks/2014/02/12/c.html")
    assert not page.cssselect("a.jb-tag") and [text(s) for s in page.cssselect("span.jb-tag")] == [
        "mirage"
    ]


def test_a_template_in_custom_dir_overrides_the_tag_page(tmp_path: Path) -> None:
    overrides = tmp_path / "site" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / "jekyll-blog-compact.html").write_text(
        '<div class="custom-list">{{ kind }}:'
        "{% for group in groups %}{% for post in group.posts %} {{ post.title }}"
        "{% endfor %}{% endfor %}</div>"
    )
    blog_site(tmp_path, theme="mkdocs")
    (tmp_path / "site" / "mkdocs.yml").write_text(
        (tmp_path / "site" / "mkdocs.yml")
        .read_text()
        .replace("name: mkdocs", "name: mkdocs\n  custom_dir: overrides")
    )
    built = build(tmp_path / "site", strict=True)
    assert built.returncode == 0, built.log[-2000:]
    tag_page = built.page("blog/tag/tv/")
    assert text(tag_page.cssselect(".custom-list")[0]) == "tag: A Old"


@pytest.mark.parametrize("blog_dir", ["", "/"])
def test_the_blog_at_the_site_root_links_its_year_and_month_pages(
    tmp_path: Path, blog_dir: str
) -> None:
    built = blog_site(tmp_path, blog_dir=blog_dir)
    archive = built.page("archive/")
    links = {text(a): a.get("href") for a in archive.cssselect(".jb-archive h2 a, h3 a")}
    assert links["2014"] == "../2014/" and links["February 2014"] == "../2014/02/"
    assert built.file_for("2014/02/") and built.file_for("tag/mirage/")
    assert broken_links(built.site) == []


def test_a_compact_list_shows_every_post_on_one_page_by_date_and_title(tmp_path: Path) -> None:
    built = blog_site(tmp_path, listings=ALL_COMPACT)
    mirage = built.page("blog/tag/mirage/")
    entries = mirage.cssselect(".jb-compact-posts li.jb-entry")
    # four posts with `paginate: 2`: one page, no pager, no excerpts
    assert [text(e.cssselect("a")[0]) for e in entries] == ["F", "C", "B", "A"]
    assert not mirage.cssselect(".jb-pagination, .jb-excerpt")
    assert built.file_for("blog/tag/mirage/page/2/") is None
    assert entries[0].cssselect("time")[0].get("datetime")[:10] == "2015-07-01"
    # a list that spans years is grouped by year, newest first; one within a year is not
    index = built.page("blog/")
    assert [text(h) for h in index.cssselect(".jb-compact h2")] == ["2015", "2014", "2013"]
    assert not built.page("blog/2014/").cssselect(".jb-compact h2")
    assert len(built.page("blog/2014/").cssselect("li.jb-entry")) == 3


def test_listing_styles_are_set_per_kind(tmp_path: Path) -> None:
    built = blog_site(tmp_path, listings={"index": "compact", "category": "full"})
    assert built.page("blog/").cssselect(".jb-compact")
    assert built.file_for("blog/page/2/") is None
    assert built.page("blog/tag/mirage/").cssselect(".jb-compact")  # the default
    assert built.page("blog/2014/").cssselect(".jb-compact")
    assert built.page("blog/category/news/").cssselect(".jb-excerpt")


@pytest.mark.parametrize("style", ["full", "compact"])
def test_pinned_posts_come_first_on_the_index_once_and_only_there(
    tmp_path: Path, style: str
) -> None:
    """`pin: true` puts a post first on the blog index's first page (pinned ones among
    themselves newest first), marked, and nowhere else in the index; tag pages keep dates."""
    config = {
        "site_name": "Pins",
        "site_url": "https://example.org/",
        "theme": {"name": "mkdocs"},
        "plugins": [{"jekyll-blog": {"paginate": 2, "listings": {"index": style}}}],
    }
    files: dict[str, str | bytes] = {"index.md": "# Home\n"}
    for day, pin in (("01", False), ("02", True), ("03", False), ("04", True), ("05", False)):
        front = f"title: Post {day}\ntags: [t]" + ("\npin: true" if pin else "")
        files[f"blog/_posts/2014-01-{day}-p{day}.md"] = f"---\n{front}\n---\nText {day}.\n"
    built = build(write_site(tmp_path / "site", config, files), strict=True)
    assert built.returncode == 0, built.log[-3000:]
    url = "blog/2014/01/{}/p{}.html".format
    index = listed_posts(built, "blog/")
    if style == "full":
        expected = [url("04", "04"), url("02", "02"), url("05", "05"), url("03", "03")]
        expected.append(url("01", "01"))
    else:  # one page: the pinned ones, then the rest by date
        expected = [url(d, d) for d in ("04", "02", "05", "03", "01")]
    assert index == expected and not duplicates(index)
    first = lxml.html.fromstring((built.site / "blog/index.html").read_bytes())
    marked = first.cssselect(".jb-pinned a.jb-entry-title, .jb-pinned .jb-entry-title a")
    assert [text(a) for a in marked] == ["Post 04", "Post 02"]
    assert text(first.cssselect(".jb-pinned-label")[0]) == "Pinned"
    tag = lxml.html.fromstring((built.site / "blog/tag/t/index.html").read_bytes())
    assert tag.cssselect(".jb-pinned, .jb-pinned-label") == []
    assert listed_posts(built, "blog/tag/t/") == [url(d, d) for d in ("05", "04", "03", "02", "01")]


def test_own_text_on_a_tag_category_or_date_page_shows_above_its_list(tmp_path: Path) -> None:
    """`blog/tag/<slug>.md` or `blog/category/<slug>/index.md` (and a date page's): the user's
    text above the list, under its own title if it has one, else the page's."""
    config = {
        "site_name": "Own text",
        "site_url": "https://example.org/",
        "theme": {"name": "mkdocs"},
        "plugins": ["jekyll-blog"],
    }
    files: dict[str, str | bytes] = {"index.md": "# Home\n"}
    for path, front in POSTS.items():
        files[path] = f"---\n{front}\n---\nFirst paragraph of {path}.\n"
    files["blog/tag/mirage.md"] = "# All about Mirage\n\nOur unikernel posts.\n"
    files["blog/category/news/index.md"] = "News of the project, as it happens.\n"
    files["blog/2014/index.md"] = "---\ntitle: The year 2014\n---\nA busy year.\n"
    built = build(write_site(tmp_path / "site", config, files), strict=True)
    assert built.returncode == 0, built.log[-3000:]
    for path, title, own in (
        ("blog/tag/mirage/", "All about Mirage", "Our unikernel posts."),
        ("blog/category/news/", "Category: news", "News of the project, as it happens."),
        ("blog/2014/", "The year 2014", "A busy year."),
    ):
        doc = lxml.html.fromstring(page_of(built, path).read_bytes())
        body = doc.cssselect('[role="main"]')[0]
        assert [text(h) for h in body.cssselect("h1")] == [title], path
        assert title in text(doc.cssselect("title")[0]), path
        content = lxml.html.tostring(body, encoding="unicode")
        assert own in content and content.index(own) < content.index("jb-listing"), path
        assert listed_posts(built, path), path
    assert not (built.site / "blog/tag/mirage.html").exists()
