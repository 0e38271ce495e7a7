"""Views of posts and blog pages (views/maker.py, views/listings.py) rendered with the package's
own templates: each post's view is made once, its links are tokens, and `on_page` makes them
relative to whichever page shows it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

import lxml.html
import pytest
from blogparts import make_post
from lxml.html import HtmlElement
from markupsafe import Markup
from sitebuild import texts

from mkdocs_blog_plugin.html.portable import portable
from mkdocs_blog_plugin.i18n.local_dates import LocalDates, locale_of
from mkdocs_blog_plugin.model.authors import Author, AuthorsData
from mkdocs_blog_plugin.model.posts import Blog, Post
from mkdocs_blog_plugin.model.rendered import RenderedPost
from mkdocs_blog_plugin.pages.kinds import BlogPage
from mkdocs_blog_plugin.pages.plan import BlogPlan, PlanOptions, plan_pages
from mkdocs_blog_plugin.views.listings import listing_html
from mkdocs_blog_plugin.views.maker import ViewMaker
from mkdocs_blog_plugin.views.templates import Templates
from mkdocs_blog_plugin.views.types import AuthorView, Link

UTC = timezone.utc
TEMPLATES = Templates([])
AUTHORS = AuthorsData(
    {
        "tom": Author("tom", "Tom Okafor", url="authors/tom/", avatar="https://cdn.example/t.png"),
        "ann": Author("ann", "Ann Lee", url="https://ann.example/", email="ann@example.org"),
        "max": Author("max", "Max", url="/about/max/"),
    }
)


X = make_post(
    "x",
    datetime(2014, 2, 11, 13, 40, tzinfo=UTC),
    title="Fish & <Chips>",
    tags=["a", "A", "lonely"],
    categories=["news"],
    authors=["tom", "ann", "nobody", "max"],
)
Y = make_post("y", datetime(2014, 3, 1, tzinfo=UTC), tags=["b"])
Z = make_post("z", datetime(2015, 1, 1, tzinfo=UTC))
POSTS = [X, Y, Z]
OPTIONS = PlanOptions("blog", 2, True, True, ("year", "month"), "default")


def make_plan(posts: Sequence[Post] = POSTS, **options: Any) -> BlogPlan:
    return plan_pages(Blog.of(posts), replace(OPTIONS, **options), AUTHORS)


def site_urls(plan: BlogPlan, posts: Sequence[Post] = POSTS, *unbuilt: str) -> dict[str, str]:
    """src_uri → URL as MkDocs gives it with use_directory_urls, but for `unbuilt` pages."""
    urls = {p.source: p.dest_uri.removesuffix("index.html") for p in posts}
    urls.update({page.src_uri: page.src_uri.removesuffix("index.md") for page in plan.pages})
    for uri in unbuilt:
        del urls[uri]
    return urls


def maker(
    plan: BlogPlan | None = None,
    urls: Mapping[str, str] | None = None,
    rendered: Mapping[str, RenderedPost] | None = None,
    date_format: str | None = None,
) -> ViewMaker:
    plan = plan or make_plan()
    urls = site_urls(plan) if urls is None else urls
    dates = LocalDates(locale_of("en"), date_format)
    return ViewMaker(urls, plan, rendered or {}, AUTHORS, TEMPLATES, dates)


def html_of(fragment: str) -> HtmlElement:
    return lxml.html.fragment_fromstring(fragment)


def hrefs(element: HtmlElement, path: str) -> list[str | None]:
    return [e.get("href") for e in element.xpath(path)]


# --- a post's view ----------------------------------------------------------------------------


def test_title_and_dates() -> None:
    view = maker().post(X)
    assert view.title == "Fish & <Chips>"  # as text: the templates escape it
    assert view.iso_date == "2014-02-11T13:40:00+00:00"
    assert view.display_date == "February 11, 2014"
    assert view.entry is None


@pytest.mark.parametrize(
    ("date_format", "shown"),
    [
        ("%B %-d, %Y", "February 11, 2014"),
        ("%d %b %Y", "11 Feb 2014"),
        ("%Y-%m-%d %H:%M", "2014-02-11 13:40"),
        ("%A", "Tuesday"),
    ],
)
def test_display_date_with_the_date_format(date_format: str, shown: str) -> None:
    assert maker(date_format=date_format).post(X).display_date == shown


def test_authors_are_resolved_from_the_authors_data_and_link_their_pages() -> None:
    views = maker()
    tom, ann, nobody, max_ = views.post(X).authors

    def on_post(url: str | None) -> str | None:
        return None if url is None else views.on_page(url, "blog/2014/x/")

    assert (tom.name, tom.avatar) == ("Tom Okafor", "https://cdn.example/t.png")  # absolute: kept
    assert on_post(tom.url) == "../../author/tom/"
    assert on_post(tom.website) == "../../../authors/tom/"  # a path in the site
    assert (ann.name, on_post(ann.url), ann.website) == (
        "Ann Lee",
        "../../author/ann/",
        "https://ann.example/",
    )
    # not in the data: the name as written, and a page by its slug
    assert (nobody.name, on_post(nobody.url), nobody.website) == (
        "nobody",
        "../../author/nobody/",
        None,
    )
    assert max_.website == "/about/max/"  # site-absolute: as written


def test_without_author_pages_an_author_links_their_own_site() -> None:
    plan = make_plan(authors=False)
    _, ann, nobody, max_ = maker(plan).post(X).authors
    assert ann == AuthorView("Ann Lee", "https://ann.example/", None, "https://ann.example/")
    assert nobody == AuthorView("nobody")
    assert max_ == AuthorView("Max", "/about/max/", None, "/about/max/")


def test_post_url_is_a_token_made_relative_per_page() -> None:
    views = maker()
    url = views.post(X).url
    assert "blog/2014/x" not in url
    assert views.on_page(url, "blog/2014/x/") == "./"


@pytest.mark.parametrize(
    ("page", "relative"),
    [
        ("blog/tag/a/", "../../2014/x/"),
        ("blog/", "2014/x/"),
        ("blog/page/2/", "../../2014/x/"),
        ("blog/2014/", "x/"),
        ("", "blog/2014/x/"),
        ("guide/setup/", "../../blog/2014/x/"),
    ],
)
def test_on_page_makes_links_relative_to_the_page_shown(page: str, relative: str) -> None:
    views = maker()
    assert views.on_page(f'<a href="{views.post(X).url}">x</a>', page) == (
        f'<a href="{relative}">x</a>'
    )


def test_tag_and_category_links() -> None:
    views = maker()
    view = views.post(X)
    shown = [(t.text, None if t.url is None else views.on_page(t.url, "blog/")) for t in view.tags]
    assert shown == [("a", "tag/a/"), ("A", "tag/a/"), ("lonely", "tag/lonely/")]
    [news] = view.categories
    assert news.url is not None and views.on_page(news.url, "blog/") == "category/news/"


def test_a_term_whose_page_is_not_built_has_no_link() -> None:
    plan = make_plan()
    views = maker(plan, site_urls(plan, POSTS, "blog/tag/lonely/index.md"))
    tags = views.post(X).tags
    assert tags[2] == Link("lonely", None)
    assert tags[0].url is not None


def test_terms_without_pages_have_no_links() -> None:
    views = maker(make_plan(tags=False, categories=False))
    view = views.post(X)
    assert view.tags == (Link("a", None), Link("A", None), Link("lonely", None))
    assert view.categories == (Link("news", None),)


EXCERPT = '<p>See <a href="../other/">the other</a> and <img src="img.png" alt=""></p>'


def rendered_x(minutes: int | None = 3) -> dict[str, RenderedPost]:
    return {X.source: RenderedPost(portable(EXCERPT, "blog/2014/x/"), minutes)}


def test_the_excerpt_from_the_rendered_post() -> None:
    views = maker(rendered=rendered_x())
    view = views.post(X)
    assert isinstance(view.excerpt, Markup)
    assert views.on_page(view.excerpt, "blog/2014/x/") == EXCERPT
    assert views.on_page(view.excerpt, "blog/tag/a/") == (
        '<p>See <a href="../../2014/other/">the other</a> and '
        '<img src="../../2014/x/img.png" alt=""></p>'
    )
    assert view.reading_minutes == 3


def test_a_post_not_rendered_has_no_excerpt_and_no_reading_time() -> None:
    view = maker(rendered=rendered_x()).post(Y)
    assert view.excerpt == ""
    assert view.reading_minutes is None


def test_reading_time_off() -> None:
    assert maker(rendered=rendered_x(None)).post(X).reading_minutes is None


def test_a_view_is_made_once() -> None:
    views = maker()
    assert views.post(X) is views.post(X)
    assert views.listed(X) is views.listed(X)


def test_listed_is_the_same_view_with_its_entry() -> None:
    views = maker(rendered=rendered_x())
    listed = views.listed(X)
    assert isinstance(listed.entry, Markup)
    assert replace(listed, entry=None) == views.post(X)
    entry = html_of(views.on_page(listed.entry, "blog/"))
    assert entry.get("class") == "jb-entry"
    assert texts(entry, "h2 > a") == ["Fish & <Chips>"]
    assert hrefs(entry, ".//h2/a") == ["2014/x/"]
    assert hrefs(entry, './/div[@class="jb-excerpt"]//a') == ["2014/other/"]
    assert texts(entry, ".jb-reading-time") == ["3 min read"]
    assert texts(entry, ".jb-author") == ["Tom Okafor", "Ann Lee", "nobody", "Max"]
    assert hrefs(entry, './/a[@class="jb-author"]') == [
        "author/tom/",
        "author/ann/",
        "author/nobody/",
        "author/max/",
    ]
    assert [img.get("src") for img in entry.xpath('.//img[@class="jb-avatar"]')] == [
        "https://cdn.example/t.png"
    ]
    assert hrefs(entry, './/a[contains(@class, "jb-tag")]') == ["tag/a/", "tag/a/", "tag/lonely/"]


def test_link_is_none_for_a_page_not_built() -> None:
    views = maker()
    assert views.link("blog/nowhere/index.md") is None
    assert views.link(None) is None
    token = views.link("blog/tags/index.md")
    assert token is not None and views.on_page(token, "blog/2014/x/") == "../../tags/"


# --- listing_html -----------------------------------------------------------------------------


def page_of(plan: BlogPlan, src_uri: str) -> BlogPage:
    [page] = [p for p in plan.pages if p.src_uri == src_uri]
    return page


def rendered_listing(src_uri: str, heading: str | None = "Heading", **options: Any) -> HtmlElement:
    plan = make_plan(**options)
    urls = site_urls(plan)
    html = listing_html(
        page_of(plan, src_uri), urls[src_uri], heading, maker(plan, urls), TEMPLATES
    )
    return html_of(html)


def test_a_listing_page_with_its_posts_and_an_older_link() -> None:
    div = rendered_listing("blog/index.md")
    assert div.get("class") == "jb-listing jb-index"
    assert texts(div, "div > h1") == ["Heading"]
    assert hrefs(div, ".//article/h2/a") == ["2015/z/", "2014/y/"]  # newest first, 2 a page
    assert texts(div, ".jb-page-number") == ["Page 1 of 2"]
    assert hrefs(div, './/a[@rel="next"]') == ["page/2/"]
    assert hrefs(div, './/a[@rel="prev"]') == []


def test_the_last_page_of_a_listing_links_to_newer_posts() -> None:
    div = rendered_listing("blog/page/2/index.md")
    assert hrefs(div, ".//article/h2/a") == ["../../2014/x/"]
    assert texts(div, ".jb-page-number") == ["Page 2 of 2"]
    assert hrefs(div, './/a[@rel="prev"]') == ["../../"]
    assert hrefs(div, './/a[@rel="next"]') == []


def test_a_listing_on_one_page_has_no_pager() -> None:
    div = rendered_listing("blog/index.md", paginate=0)
    assert len(div.xpath(".//article")) == 3
    assert div.xpath('.//nav[@class="jb-pagination"]') == []


def test_a_tag_page_links_relative_to_itself() -> None:
    div = rendered_listing("blog/tag/a/index.md")
    assert div.get("class") == "jb-listing jb-tag"
    assert hrefs(div, ".//article/h2/a") == ["../../2014/x/"]
    assert hrefs(div, './/a[contains(@class, "jb-tag")]') == ["./", "./", "../lonely/"]
    assert hrefs(div, './/a[contains(@class, "jb-category")]') == ["../../category/news/"]


def test_without_a_heading_there_is_no_h1() -> None:
    assert rendered_listing("blog/index.md", heading=None).xpath(".//h1") == []


def test_the_terms_index_with_counts() -> None:
    div = rendered_listing("blog/tags/index.md")
    assert div.get("class") == "jb-terms-index jb-tags"
    assert texts(div, "li") == ["A (1)", "b (1)", "lonely (1)"]  # sorted by slug
    assert hrefs(div, ".//li/a") == ["../tag/a/", "../tag/b/", "../tag/lonely/"]


def test_a_term_without_a_page_is_listed_without_a_link() -> None:
    plan = make_plan()
    urls = site_urls(plan, POSTS, "blog/tag/b/index.md")
    page = page_of(plan, "blog/categories/index.md")
    div = html_of(listing_html(page, "blog/categories/", None, maker(plan, urls), TEMPLATES))
    assert div.get("class") == "jb-terms-index jb-categories"
    assert texts(div, "li") == ["news (1)"]
    tags = page_of(plan, "blog/tags/index.md")
    div = html_of(listing_html(tags, "blog/tags/", None, maker(plan, urls), TEMPLATES))
    assert texts(div, "li") == ["A (1)", "b (1)", "lonely (1)"]
    assert hrefs(div, ".//li/a") == ["../tag/a/", "../tag/lonely/"]


def test_the_archive_with_year_and_month_links() -> None:
    div = rendered_listing("blog/archive/index.md")
    assert div.get("class") == "jb-archive"
    assert texts(div, "div > h2") == ["2015 (1)", "2014 (2)"]
    assert hrefs(div, "h2/a") == ["../2015/", "../2014/"]
    assert texts(div, "div > h3") == ["January 2015 (1)", "March 2014 (1)", "February 2014 (1)"]
    assert hrefs(div, "h3/a") == ["../2015/01/", "../2014/03/", "../2014/02/"]
    assert [h.get("id") for h in div.xpath("h2 | h3")] == [
        "jb-2015",
        "jb-2015-01",
        "jb-2014",
        "jb-2014-03",
        "jb-2014-02",
    ]
    assert hrefs(div, ".//li/a") == ["../2015/z/", "../2014/y/", "../2014/x/"]
    assert texts(div, "li > time") == ["January 1, 2015", "March 1, 2014", "February 11, 2014"]


def test_the_archive_without_date_pages_has_no_date_links() -> None:
    div = rendered_listing("blog/archive/index.md", archives=())
    assert texts(div, "div > h2") == ["2015 (1)", "2014 (2)"]
    assert div.xpath("h2/a | h3/a") == []
    assert hrefs(div, ".//li/a") == ["../2015/z/", "../2014/y/", "../2014/x/"]


def test_the_archive_with_years_only() -> None:
    div = rendered_listing("blog/archive/index.md", archives=("year",))
    assert hrefs(div, "h2/a") == ["../2015/", "../2014/"]
    assert div.xpath("h3/a") == []


def test_one_entry_shown_on_many_pages() -> None:
    plan = make_plan()
    urls = site_urls(plan)
    views = maker(plan, urls, rendered_x())
    seen = {}
    for src_uri in ("blog/page/2/index.md", "blog/tag/a/index.md", "blog/2014/index.md"):
        div = html_of(listing_html(page_of(plan, src_uri), urls[src_uri], None, views, TEMPLATES))
        seen[src_uri] = hrefs(div, './/div[@class="jb-excerpt"]//a')
    assert seen == {
        "blog/page/2/index.md": ["../../2014/other/"],
        "blog/tag/a/index.md": ["../../2014/other/"],
        "blog/2014/index.md": ["other/"],
    }
