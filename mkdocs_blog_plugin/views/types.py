"""What the templates see: display strings (Jinja escapes them) and URLs already relative to the
page being rendered, or link tokens made relative after rendering (see `maker.py`)."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup


@dataclass(frozen=True)
class Link:
    text: str
    url: str | None  # None when the target page is not built
    count: int = 0


@dataclass(frozen=True)
class AuthorView:
    name: str
    url: str | None = None  # their page on the blog, else their own site
    avatar: str | None = None
    website: str | None = None  # their own site, from the authors data
    bio: str | None = None
    count: int = 0  # on the authors index: how many posts they wrote


@dataclass(frozen=True)
class PostView:
    title: str
    url: str
    iso_date: str
    display_date: str
    authors: tuple[AuthorView, ...]
    tags: tuple[Link, ...]
    categories: tuple[Link, ...]
    excerpt: Markup | None = None
    reading_minutes: int | None = None
    updated_iso: str | None = None  # `last_modified_at`, where the post has one
    updated_date: str | None = None
    entry: Markup | None = None  # in lists of posts: the post's jekyll-blog-entry.html


@dataclass(frozen=True)
class SeriesView:
    """The box on a part of a series: which part it is, every part, the one before and after."""

    name: str
    url: str | None  # the series' page
    number: int  # of this part, from 1
    parts: tuple[PostView, ...]  # in the series' order; `parts[number - 1]` is this one

    @property
    def total(self) -> int:
        return len(self.parts)

    @property
    def previous(self) -> PostView | None:
        return self.parts[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> PostView | None:
        return self.parts[self.number] if self.number < self.total else None


@dataclass(frozen=True)
class Pager:
    number: int
    total: int
    newer: str | None  # the page with newer posts
    older: str | None


@dataclass(frozen=True)
class Periods:
    """A date page's neighbours of its level (year, month or day) that have posts."""

    newer: Link | None
    older: Link | None


@dataclass(frozen=True)
class MonthView:
    number: str  # "02"
    text: str
    url: str | None
    posts: tuple[PostView, ...]

    @property
    def count(self) -> int:
        return len(self.posts)


@dataclass(frozen=True)
class YearView:
    text: str
    url: str | None
    months: tuple[MonthView, ...]

    @property
    def count(self) -> int:
        return sum(month.count for month in self.months)


@dataclass(frozen=True)
class ListHead:
    """What a list of posts shows around its posts, whatever its style."""

    kind: str  # "index", "tag", "category", "author", "year", "month", "day"
    heading: str | None  # its h1, unless the user wrote the page
    periods: Periods | None = None  # a date page's neighbour periods
    profile: AuthorView | None = None  # an author page's author
    feeds: tuple[FeedLink, ...] = ()  # its feeds (else the blog's), to subscribe to


@dataclass(frozen=True)
class PostGroup:
    """The posts of one year on a compact list; `year` is None where the list spans one."""

    year: str | None
    posts: tuple[PostView, ...]
    pinned: bool = False  # the blog index's pinned posts, shown first under their own heading


@dataclass(frozen=True)
class FeedLink:
    type: str  # the feed's media type
    title: str
    url: str
