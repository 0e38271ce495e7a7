"""The HTML the plugin adds, rendered from Jinja templates a theme's `custom_dir` can override."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .posts import Post
from .text import plain_text

PACKAGE_TEMPLATES = os.path.join(os.path.dirname(__file__), "templates")


@dataclass(frozen=True)
class PostView:
    """What a template sees of a post: display strings (escaped by Jinja) and a relative URL."""

    title: str
    url: str
    iso_date: str
    display_date: str
    authors: tuple[str, ...]
    tags: tuple[str, ...]
    categories: tuple[str, ...]
    excerpt: Markup | None


@dataclass(frozen=True)
class Pager:
    number: int
    total: int
    newer: str | None  # relative URL of the page with newer posts
    older: str | None


class Templates:
    def __init__(self, theme_dirs: Sequence[str], date_format: str) -> None:
        """`theme_dirs` first (custom_dir is among them), so a file of the same name wins."""
        self._env = Environment(
            loader=FileSystemLoader([*theme_dirs, PACKAGE_TEMPLATES]),
            autoescape=select_autoescape(default=True, default_for_string=True),
            keep_trailing_newline=False,
        )
        self._date_format = date_format

    def view(self, post: Post, url: str, excerpt_html: str | None = None) -> PostView:
        return PostView(
            title=plain_text(post.title),
            url=url,
            iso_date=post.date.isoformat(),
            display_date=post.date.strftime(self._date_format),
            authors=tuple(plain_text(a) for a in post.authors),
            tags=post.tags,
            categories=post.categories,
            excerpt=None if excerpt_html is None else Markup(excerpt_html),
        )

    def post_header(self, post: PostView) -> str:
        return self._render("jekyll-blog-post-header.html", post=post)

    def post_footer(self, newer: PostView | None, older: PostView | None) -> str:
        return self._render("jekyll-blog-post-footer.html", newer=newer, older=older)

    def listing(self, posts: Sequence[PostView], pager: Pager) -> str:
        return self._render("jekyll-blog-listing.html", posts=posts, pager=pager)

    def _render(self, name: str, **context: object) -> str:
        return self._env.get_template(name).render(**context)
