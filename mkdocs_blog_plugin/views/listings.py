"""The HTML that fills a generated page: its list of posts, terms or dates."""

from __future__ import annotations

from itertools import groupby

from ..pages.model import TERM_KINDS, BlogPage, ListingPage, TermsPage
from .maker import ViewMaker
from .templates import Templates
from .types import Pager, PostGroup


def listing_html(
    blog_page: BlogPage, base: str, heading: str | None, views: ViewMaker, templates: Templates
) -> str:
    """`base`: the URL of the page shown; `heading`: its h1, unless the user wrote the page."""
    if isinstance(blog_page, ListingPage) and blog_page.style == "compact":
        html = templates.compact(blog_page.kind, heading, _by_year(blog_page, views))
    elif isinstance(blog_page, ListingPage):
        posts = [views.listed(p) for p in blog_page.posts]
        pager = _pager(blog_page, views)
        html = templates.listing(blog_page.kind, heading, posts, pager)
    elif isinstance(blog_page, TermsPage):
        kind = TERM_KINDS[blog_page.kind].index_folder
        html = templates.terms(kind, heading, views.terms_index(blog_page))
    else:
        html = templates.archive(heading, views.archive(blog_page))
    return views.on_page(html, base)


def _by_year(listing: ListingPage, views: ViewMaker) -> list[PostGroup]:
    years = [
        (year, tuple(views.post(post) for post in posts))
        for year, posts in groupby(listing.posts, key=lambda post: post.date.year)
    ]
    if len(years) == 1:
        return [PostGroup(None, years[0][1])]
    return [PostGroup(str(year), posts) for year, posts in years]


def _pager(listing: ListingPage, views: ViewMaker) -> Pager:
    n, series = listing.number, listing.series
    return Pager(
        number=n,
        total=len(series),
        newer=views.link(series[n - 2]) if n > 1 else None,
        older=views.link(series[n]) if n < len(series) else None,
    )
