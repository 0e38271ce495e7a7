"""The HTML that fills a generated page: its list of posts, terms or dates."""

from __future__ import annotations

import posixpath

from ..pages.model import BlogPage, ListingPage, TermsPage
from .entries import Entries
from .maker import ViewMaker
from .templates import Pager, Templates


def render_blog_page(
    blog_page: BlogPage,
    base: str,
    heading: str | None,
    views: ViewMaker,
    entries: Entries,
    templates: Templates,
    blog_folder: str,
) -> str:
    """`base`: the URL of the page shown; `heading`: its h1, unless the user wrote the page."""
    if isinstance(blog_page, ListingPage):
        posts = [entries.listed(p) for p in blog_page.posts]
        pager = _pager(blog_page, views)
        html = templates.listing(blog_page.kind, heading, posts, pager)
    elif isinstance(blog_page, TermsPage):
        html = templates.terms(blog_page.kind, heading, views.terms_index(blog_page))
    else:
        html = templates.archive(heading, views.archive(blog_page, blog_folder))
    return views.on_page(html, base)


def _pager(listing: ListingPage, views: ViewMaker) -> Pager:
    n, series = listing.number, listing.series
    return Pager(
        number=n,
        total=len(series),
        newer=views.link(series[n - 2]) if n > 1 else None,
        older=views.link(series[n]) if n < len(series) else None,
    )


def blog_folder(index_uri: str) -> str:
    """The blog's folder from its index page's src_uri ("blog/index.md" → "blog")."""
    return posixpath.dirname(index_uri)
