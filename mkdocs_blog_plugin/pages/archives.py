"""Date archives: a page per year, month and (if asked) day, and an archive index of everything.

Dates are the posts' dates in the site's time zone, as jekyll-archives groups them.
"""

from __future__ import annotations

import calendar
import posixpath
from collections.abc import Collection, Sequence
from itertools import groupby

from ..model.posts import Post
from .model import ArchivePage, ListingKind, ListingPage

_LEVELS: tuple[tuple[ListingKind, str], ...] = (
    ("year", "%Y"),
    ("month", "%Y/%m"),
    ("day", "%Y/%m/%d"),
)


def date_pages(blog_dir: str, posts: Sequence[Post], levels: Collection[str]) -> list[ListingPage]:
    """Year `blog/2014/`, month `blog/2014/02/`, day `blog/2014/02/11/`, for the levels asked.
    `posts` are newest first, so each group is too."""
    pages: list[ListingPage] = []
    for level, path_format in _LEVELS:
        if level not in levels:
            continue
        for path, group in groupby(posts, key=lambda p: p.date.strftime(path_format)):
            members = tuple(group)
            first = members[0].date
            uri = posixpath.join(blog_dir, path, "index.md")
            title = _title(level, first.year, first.month, first.day)
            pages.append(ListingPage(uri, title, level, members, (uri,)))
    return pages


def _title(level: str, year: int, month: int, day: int) -> str:
    if level == "year":
        return str(year)
    if level == "month":
        return f"{calendar.month_name[month]} {year}"
    return f"{day} {calendar.month_name[month]} {year}"


def archive_index(blog_dir: str, posts: Sequence[Post]) -> ArchivePage:
    years = []
    for year, in_year in groupby(posts, key=lambda p: p.date.year):
        months = tuple(
            (month, tuple(in_month))
            for month, in_month in groupby(in_year, key=lambda p: p.date.month)
        )
        years.append((year, months))
    return ArchivePage(posixpath.join(blog_dir, "archive", "index.md"), "Archive", tuple(years))
