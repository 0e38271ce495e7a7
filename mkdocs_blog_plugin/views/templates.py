"""The HTML the plugin adds, rendered from Jinja templates a theme's `custom_dir` can override.

Templates see only views: display strings (Jinja escapes them) and URLs already relative to the
page being rendered.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

PACKAGE_TEMPLATES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates")


@dataclass(frozen=True)
class Link:
    text: str
    url: str | None  # None when the target page is not built
    count: int = 0


@dataclass(frozen=True)
class AuthorView:
    name: str
    url: str | None = None
    avatar: str | None = None


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
    entry: Markup | None = None  # in lists of posts: the post's jekyll-blog-entry.html


@dataclass(frozen=True)
class Pager:
    number: int
    total: int
    newer: str | None  # the page with newer posts
    older: str | None


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
class FeedLink:
    type: str  # the feed's media type
    title: str
    url: str


class Templates:
    def __init__(self, theme_dirs: Sequence[str]) -> None:
        """`theme_dirs` first (custom_dir is among them), so a file of the same name wins."""
        self._env = Environment(
            loader=FileSystemLoader([*theme_dirs, PACKAGE_TEMPLATES]),
            autoescape=select_autoescape(default=True, default_for_string=True),
            auto_reload=False,  # one build reads each template once (includes too)
        )

    def post_header(self, post: PostView) -> str:
        return self._render("jekyll-blog-post-header.html", post=post)

    def post_footer(
        self, newer: PostView | None, older: PostView | None, related: Sequence[PostView]
    ) -> str:
        return self._render(
            "jekyll-blog-post-footer.html", newer=newer, older=older, related=related
        )

    def entry(self, post: PostView) -> str:
        return self._render("jekyll-blog-entry.html", post=post)

    def listing(
        self, kind: str, heading: str | None, posts: Sequence[PostView], pager: Pager
    ) -> str:
        return self._render(
            "jekyll-blog-listing.html", kind=kind, heading=heading, posts=posts, pager=pager
        )

    def terms(self, kind: str, heading: str | None, terms: Sequence[Link]) -> str:
        return self._render("jekyll-blog-terms.html", kind=kind, heading=heading, terms=terms)

    def archive(self, heading: str | None, years: Sequence[YearView]) -> str:
        return self._render("jekyll-blog-archive.html", heading=heading, years=years)

    def feed_links(self, feeds: Sequence[FeedLink]) -> str:
        return self._render("jekyll-blog-feed-links.html", feeds=feeds)

    def _render(self, name: str, **context: object) -> str:
        return self._env.get_template(name).render(**context)
