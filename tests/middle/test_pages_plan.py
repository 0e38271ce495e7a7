"""The blog's own pages decided from the posts (pages/plan.py): the paginated index, tag and
category pages with their indexes, date archives, the archive index, the Blog section's order,
and where a term's or a date's page is, inside `blog/` or at the site's root."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from blogparts import make_post

from mkdocs_blog_plugin.model.posts import Blog, Post
from mkdocs_blog_plugin.pages.kinds import ArchivePage, ListingPage, Term, TermKind, TermsPage
from mkdocs_blog_plugin.pages.plan import BlogPlan, PlanOptions, plan_pages

UTC = timezone.utc
OPTIONS = PlanOptions(
    blog_dir="blog",
    paginate=10,
    tags=True,
    categories=True,
    archives=("year", "month"),
    slugify="default",
)


def day(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 12, tzinfo=UTC)


POSTS = [
    make_post("a", day(2014, 2, 11), tags=["conference", "TV"], categories=["news"]),
    make_post("b", day(2014, 2, 12), tags=["tv"]),
    make_post("c", day(2014, 3, 1), tags=["C++", "c"], categories=["News", "release"]),
    make_post("d", day(2015, 1, 1)),
]


def plan(
    posts: Sequence[Post] = POSTS, archives: Collection[str] = ("year", "month"), **options: Any
) -> BlogPlan:
    return plan_pages(Blog.of(posts), replace(OPTIONS, archives=archives, **options))


def uris(plan: BlogPlan) -> list[str]:
    return [page.src_uri for page in plan.pages]


def listing(plan: BlogPlan, src_uri: str) -> ListingPage:
    [page] = [p for p in plan.pages if p.src_uri == src_uri]
    assert isinstance(page, ListingPage)
    return page


def slugs(posts: Sequence[Post]) -> list[str]:
    return [p.slug for p in posts]


def test_every_page_in_order() -> None:
    assert uris(plan(paginate=2)) == [
        "blog/index.md",
        "blog/page/2/index.md",
        "blog/tag/c/index.md",
        "blog/tag/conference/index.md",
        "blog/tag/tv/index.md",
        "blog/tags/index.md",
        "blog/category/news/index.md",
        "blog/category/release/index.md",
        "blog/categories/index.md",
        "blog/2015/index.md",
        "blog/2014/index.md",
        "blog/2015/01/index.md",
        "blog/2014/03/index.md",
        "blog/2014/02/index.md",
        "blog/archive/index.md",
    ]


def test_the_index_is_paginated_newest_first() -> None:
    blog_plan = plan(paginate=3)
    first, second = listing(blog_plan, "blog/index.md"), listing(blog_plan, "blog/page/2/index.md")
    assert slugs(first.posts) == ["d", "c", "b"]
    assert slugs(second.posts) == ["a"]
    assert (first.title, second.title) == ("Blog", "Blog (page 2)")
    assert first.page_uris == second.page_uris == ("blog/index.md", "blog/page/2/index.md")
    assert (first.number, second.number) == (1, 2)
    assert first.kind == second.kind == "index"
    assert first.term is None


@pytest.mark.parametrize(
    ("paginate", "pages"),
    [
        (0, ["blog/index.md"]),  # one page
        (1, ["blog/index.md", *(f"blog/page/{n}/index.md" for n in (2, 3, 4))]),
        (3, ["blog/index.md", "blog/page/2/index.md"]),
        (4, ["blog/index.md"]),
        (10, ["blog/index.md"]),
    ],
)
def test_index_pages(paginate: int, pages: list[str]) -> None:
    blog_plan = plan(paginate=paginate)
    assert [u for u in uris(blog_plan) if u.startswith(("blog/index", "blog/page/"))] == pages
    assert sum(len(listing(blog_plan, u).posts) for u in pages) == len(POSTS)


def test_no_posts_still_give_an_index_and_an_archive() -> None:
    blog_plan = plan(posts=[])
    assert uris(blog_plan) == [
        "blog/index.md",
        "blog/tags/index.md",
        "blog/categories/index.md",
        "blog/archive/index.md",
    ]
    assert listing(blog_plan, "blog/index.md").posts == ()


def test_tag_pages() -> None:
    blog_plan = plan()
    tv = listing(blog_plan, "blog/tag/tv/index.md")
    assert tv.kind == "tag"
    assert slugs(tv.posts) == ["b", "a"]
    assert tv.term is not None and tv.term.slug == "tv"
    assert tv.title == f"Tag: {tv.term.name}"


def test_tag_pages_are_paginated() -> None:
    blog_plan = plan(paginate=1)
    first = listing(blog_plan, "blog/tag/tv/index.md")
    second = listing(blog_plan, "blog/tag/tv/page/2/index.md")
    assert first.page_uris == ("blog/tag/tv/index.md", "blog/tag/tv/page/2/index.md")
    assert (slugs(first.posts), slugs(second.posts)) == (["b"], ["a"])
    assert second.title == f"{first.title} (page 2)"
    assert second.term == first.term


def test_category_pages() -> None:
    news = listing(plan(), "blog/category/news/index.md")
    assert news.kind == "category"
    assert slugs(news.posts) == ["c", "a"]  # "news" and "News" share it


def test_the_terms_indexes_with_their_terms_sorted_by_slug() -> None:
    blog_plan = plan()
    by_uri = {page.src_uri: page for page in blog_plan.pages}
    tags, categories = by_uri["blog/tags/index.md"], by_uri["blog/categories/index.md"]
    assert isinstance(tags, TermsPage) and isinstance(categories, TermsPage)
    assert (tags.kind, tags.title) == ("tag", "Tags")
    assert (categories.kind, categories.title) == ("category", "Categories")
    assert [(t.slug, len(t.posts)) for t in tags.terms] == [("c", 1), ("conference", 1), ("tv", 2)]
    assert [(t.slug, len(t.posts)) for t in categories.terms] == [("news", 2), ("release", 1)]


def tag_terms(posts: Sequence[Post]) -> list[Term]:
    [index] = [p for p in plan(posts=posts).pages if isinstance(p, TermsPage) and p.kind == "tag"]
    return list(index.terms)


def test_spellings_with_one_slug_share_a_page_shown_by_the_most_used() -> None:
    posts = [
        make_post("a", day(2014, 1, 1), tags=["TV"]),
        make_post("b", day(2014, 1, 2), tags=["tv"]),
        make_post("c", day(2014, 1, 3), tags=["tv", "TV"]),  # in the term once
        make_post("d", day(2014, 1, 4), tags=["tv"]),
    ]
    [term] = tag_terms(posts)
    assert (term.name, term.slug) == ("tv", "tv")  # "tv" 3 times, "TV" twice
    assert slugs(term.posts) == ["d", "c", "b", "a"]


def test_spellings_used_as_often_show_the_first_by_code_point() -> None:
    posts = [
        make_post("a", day(2014, 1, 1), tags=["tv"]),
        make_post("b", day(2014, 1, 2), tags=["TV"]),
    ]
    [term] = tag_terms(posts)
    assert term.name == "TV"


@pytest.mark.parametrize(
    ("kind", "name", "page"),
    [
        ("tag", "TV", "blog/tag/tv/index.md"),
        ("tag", "tv", "blog/tag/tv/index.md"),
        ("tag", "C++", "blog/tag/c/index.md"),
        ("tag", "c", "blog/tag/c/index.md"),
        ("tag", "conference", "blog/tag/conference/index.md"),
        ("tag", "Tv", None),  # a spelling no post has
        ("tag", "news", None),  # a category, not a tag
        ("category", "news", "blog/category/news/index.md"),
        ("category", "News", "blog/category/news/index.md"),
        ("category", "release", "blog/category/release/index.md"),
        ("category", "tv", None),
    ],
)
def test_term_page_for_every_spelling(kind: TermKind, name: str, page: str | None) -> None:
    assert plan().term_page(kind, name) == page


def test_term_page_is_a_built_page() -> None:
    blog_plan = plan()
    for name in ("TV", "tv", "C++", "c", "conference"):
        page = blog_plan.term_page("tag", name)
        assert page in uris(blog_plan)
        assert name in {tag for p in listing(blog_plan, page).posts for tag in p.tags}


@pytest.mark.parametrize(
    ("tags", "categories", "built"),
    [
        (False, True, ["blog/index.md", "blog/categories/index.md", "blog/archive/index.md"]),
        (True, False, ["blog/index.md", "blog/tags/index.md", "blog/archive/index.md"]),
        (False, False, ["blog/index.md", "blog/archive/index.md"]),
    ],
)
def test_tags_or_categories_off(tags: bool, categories: bool, built: list[str]) -> None:
    blog_plan = plan(tags=tags, categories=categories, archives=())
    assert [u for u in uris(blog_plan) if "/tag/" not in u and "/category/" not in u] == built
    assert blog_plan.nav == built
    assert any("/tag/" in u for u in uris(blog_plan)) is tags
    assert any("/category/" in u for u in uris(blog_plan)) is categories
    assert (blog_plan.term_page("tag", "tv") is not None) is tags
    assert (blog_plan.term_page("category", "news") is not None) is categories


def test_nav_order() -> None:
    assert plan().nav == [
        "blog/index.md",
        "blog/tags/index.md",
        "blog/categories/index.md",
        "blog/archive/index.md",
    ]
    assert plan().index == "blog/index.md"


@pytest.mark.parametrize(
    ("archives", "dated"),
    [
        ((), []),
        (("year",), ["blog/2015/index.md", "blog/2014/index.md"]),
        (("month",), ["blog/2015/01/index.md", "blog/2014/03/index.md", "blog/2014/02/index.md"]),
        (
            ("day", "year"),  # always year, month, day
            [
                "blog/2015/index.md",
                "blog/2014/index.md",
                "blog/2015/01/01/index.md",
                "blog/2014/03/01/index.md",
                "blog/2014/02/12/index.md",
                "blog/2014/02/11/index.md",
            ],
        ),
    ],
)
def test_date_pages(archives: tuple[str, ...], dated: list[str]) -> None:
    blog_plan = plan(archives=archives)
    pages = [p for p in blog_plan.pages if isinstance(p, ListingPage)]
    assert [p.src_uri for p in pages if p.kind in ("year", "month", "day")] == dated


@pytest.mark.parametrize(
    ("src_uri", "title", "kind", "posts"),
    [
        ("blog/2014/index.md", "2014", "year", ["c", "b", "a"]),
        ("blog/2014/02/index.md", "February 2014", "month", ["b", "a"]),
        ("blog/2014/02/11/index.md", "February 11, 2014", "day", ["a"]),
        ("blog/2015/01/01/index.md", "January 1, 2015", "day", ["d"]),
    ],
)
def test_a_date_page(src_uri: str, title: str, kind: str, posts: list[str]) -> None:
    page = listing(plan(archives=("year", "month", "day")), src_uri)
    assert (page.title, page.kind, slugs(page.posts)) == (title, kind, posts)
    assert page.page_uris == (src_uri,)  # never paginated


def test_date_pages_group_by_the_date_in_the_post_s_zone() -> None:
    brussels = ZoneInfo("Europe/Brussels")
    new_year = make_post("n", datetime(2014, 1, 1, 0, 30, tzinfo=brussels))  # 2013 in UTC
    assert uris(plan(posts=[new_year], tags=False, categories=False)) == [
        "blog/index.md",
        "blog/2014/index.md",
        "blog/2014/01/index.md",
        "blog/archive/index.md",
    ]


def test_the_archive_groups_every_post_by_year_and_month() -> None:
    archive = plan(archives=()).pages[-1]
    assert isinstance(archive, ArchivePage)
    assert (archive.src_uri, archive.title) == ("blog/archive/index.md", "Archive")
    assert [
        (year, [(month, slugs(posts)) for month, posts in months]) for year, months in archive.years
    ] == [(2015, [(1, ["d"])]), (2014, [(3, ["c"]), (2, ["b", "a"])])]


@pytest.mark.parametrize(
    ("year", "month", "page"),
    [
        (2014, None, "blog/2014/index.md"),
        (2014, 2, "blog/2014/02/index.md"),
        (1999, 12, "blog/1999/12/index.md"),  # whether or not the page is built
    ],
)
def test_date_page(year: int, month: int | None, page: str) -> None:
    assert plan().date_page(year, month) == page
    assert plan(archives=()).date_page(year, month) == page


def test_the_blog_at_the_site_root() -> None:
    posts = [
        make_post("a", day(2014, 2, 11), tags=["x"], categories=["y"]),
        make_post("b", day(2014, 3, 1)),
    ]
    blog_plan = plan(posts=posts, blog_dir="", paginate=1)
    assert uris(blog_plan) == [
        "index.md",
        "page/2/index.md",
        "tag/x/index.md",
        "tags/index.md",
        "category/y/index.md",
        "categories/index.md",
        "2014/index.md",
        "2014/03/index.md",
        "2014/02/index.md",
        "archive/index.md",
    ]
    assert blog_plan.nav == ["index.md", "tags/index.md", "categories/index.md", "archive/index.md"]
    assert blog_plan.term_page("tag", "x") == "tag/x/index.md"
    assert blog_plan.term_page("category", "y") == "category/y/index.md"
    assert blog_plan.date_page(2014) == "2014/index.md"
    assert blog_plan.date_page(2014, 2) == "2014/02/index.md"


def test_the_blog_in_a_deeper_folder() -> None:
    posts = [make_post("a", day(2014, 2, 11), tags=["x"])]
    blog_plan = plan(posts=posts, blog_dir="news/blog", categories=False)
    assert uris(blog_plan) == [
        "news/blog/index.md",
        "news/blog/tag/x/index.md",
        "news/blog/tags/index.md",
        "news/blog/2014/index.md",
        "news/blog/2014/02/index.md",
        "news/blog/archive/index.md",
    ]
    assert blog_plan.term_page("tag", "x") == "news/blog/tag/x/index.md"


@pytest.mark.parametrize(
    ("slugify", "name", "page"),
    [
        ("default", "C++", "blog/tag/c/index.md"),
        ("pretty", "C++", "blog/tag/c++/index.md"),
        ("raw", "Hello World", "blog/tag/hello-world/index.md"),
        ("latin", "Café", "blog/tag/cafe/index.md"),
        ("default", "Café", "blog/tag/café/index.md"),
        ("default", "🎉", "blog/tag/🎉/index.md"),  # an empty slug falls back to the raw one
        ("default", "a/b", "blog/tag/a-b/index.md"),  # never a folder more
        ("default", "..", "blog/tag/2e-2e/index.md"),  # never a folder less
    ],
)
def test_term_slugs(slugify: str, name: str, page: str) -> None:
    blog_plan = plan(posts=[make_post("a", day(2014, 1, 1), tags=[name])], slugify=slugify)
    assert blog_plan.term_page("tag", name) == page
    assert page in uris(blog_plan)
