"""The HTML that fills a generated page: its list of posts, terms or dates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby

from ..pages.kinds import TERM_KINDS, BlogPage, ListingPage, TermsPage
from .maker import ViewMaker
from .templates import Templates
from .types import AuthorView, FeedLink, Link, ListHead, Pager, Periods, PostGroup


def listing_html(
    blog_page: BlogPage,
    base: str,
    heading: str | None,
    views: ViewMaker,
    templates: Templates,
    feeds: Sequence[FeedLink] = (),
) -> str:
    """`base`: the URL of the page shown; `heading`: its h1, unless the user wrote the page;
    `feeds`: those a list offers to subscribe to, their URLs site paths."""
    if isinstance(blog_page, ListingPage):
        shown = tuple(replace(feed, url=views.site_link(feed.url)) for feed in feeds)
        head = ListHead(
            blog_page.kind,
            heading,
            _periods(blog_page, views),
            _profile(blog_page, views),
            shown,
        )
        if blog_page.style == "compact":
            html = templates.compact(head, _by_year(blog_page, views))
        else:
            posts = [views.listed(p) for p in blog_page.posts]
            html = templates.listing(head, posts, _pager(blog_page, views), blog_page.pinned)
    elif isinstance(blog_page, TermsPage) and blog_page.kind == "author":
        html = templates.authors(heading, views.authors_index(blog_page))
    elif isinstance(blog_page, TermsPage):
        kind = TERM_KINDS[blog_page.kind].index_folder
        html = templates.terms(kind, heading, views.terms_index(blog_page))
    else:
        html = templates.archive(heading, views.archive(blog_page))
    return views.on_page(html, base)


def _by_year(listing: ListingPage, views: ViewMaker) -> list[PostGroup]:
    """A series' parts in its order as one group; any other list by year."""
    if listing.kind == "series":
        return [PostGroup(None, tuple(views.post(post) for post in listing.posts))]
    pinned, others = listing.posts[: listing.pinned], listing.posts[listing.pinned :]
    years = [
        (year, tuple(views.post(post) for post in posts))
        for year, posts in groupby(others, key=lambda post: post.date.year)
    ]
    groups = [PostGroup(None, tuple(views.post(post) for post in pinned), True)] if pinned else []
    if len(years) == 1:
        return [*groups, PostGroup(None, years[0][1])]
    return groups + [PostGroup(str(year), posts) for year, posts in years]


def _profile(listing: ListingPage, views: ViewMaker) -> AuthorView | None:
    """The head of an author's page: who they are."""
    if listing.kind != "author" or listing.term is None:
        return None
    return views.profile(listing.term)


def _periods(listing: ListingPage, views: ViewMaker) -> Periods | None:
    """The links to the newer and older period of a date page; None on other lists."""
    if listing.newer_period is None and listing.older_period is None:
        return None

    def link(period: tuple[str, str] | None) -> Link | None:
        if period is None:
            return None
        uri, title = period
        return Link(title, views.link(uri))

    return Periods(link(listing.newer_period), link(listing.older_period))


def _pager(listing: ListingPage, views: ViewMaker) -> Pager:
    n, uris = listing.number, listing.page_uris
    return Pager(
        number=n,
        total=len(uris),
        newer=views.link(uris[n - 2]) if n > 1 else None,
        older=views.link(uris[n]) if n < len(uris) else None,
    )
