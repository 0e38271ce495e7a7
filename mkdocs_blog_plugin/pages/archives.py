"""Date archives: a page per year, month and (if asked) day, and an archive index of everything.

Dates are the posts' dates in the site's time zone, as jekyll-archives groups them.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection, Sequence
from itertools import groupby

from ..i18n.local_dates import ENGLISH_DATES, LocalDates
from ..model.posts import Post
from .kinds import ArchivePage, ListingKind, ListingPage, ListingStyle

# Each level, and how many of (year, month, day) name one of its pages.
_LEVELS: tuple[tuple[ListingKind, int], ...] = (("year", 1), ("month", 2), ("day", 3))


def date_uri(blog_dir: str, year: int, month: int | None = None, day: int | None = None) -> str:
    """Year `blog/2014/`, month `blog/2014/02/`, day `blog/2014/02/11/`."""
    parts = [str(year)] + [f"{n:02d}" for n in (month, day) if n is not None]
    return posixpath.join(blog_dir, *parts, "index.md")


def date_pages(
    blog_dir: str,
    posts: Sequence[Post],
    levels: Collection[str],
    style: Callable[[ListingKind], ListingStyle] = lambda kind: "full",
    dates: LocalDates = ENGLISH_DATES,
) -> list[ListingPage]:
    """The pages of the levels asked, each level in its `style`, titled in the blog's
    language; `posts` are newest first, so each group is too."""
    pages: list[ListingPage] = []
    for level, depth in _LEVELS:
        if level not in levels:
            continue
        groups = [
            (date_uri(blog_dir, *key), dates.title(*key), tuple(group))
            for key, group in groupby(posts, key=lambda p: _date_key(p)[:depth])
        ]
        for i, (uri, title, group) in enumerate(groups):
            newer = groups[i - 1][:2] if i > 0 else None
            older = groups[i + 1][:2] if i + 1 < len(groups) else None
            pages.append(
                ListingPage(uri, title, level, group, (uri,), None, style(level), newer, older)
            )
    return pages


def _date_key(post: Post) -> tuple[int, int, int]:
    return (post.date.year, post.date.month, post.date.day)


def archive_index(blog_dir: str, posts: Sequence[Post], title: str = "Archive") -> ArchivePage:
    years = []
    for year, in_year in groupby(posts, key=lambda p: p.date.year):
        months = tuple(
            (month, tuple(in_month))
            for month, in_month in groupby(in_year, key=lambda p: p.date.month)
        )
        years.append((year, months))
    return ArchivePage(posixpath.join(blog_dir, "archive", "index.md"), title, tuple(years))
