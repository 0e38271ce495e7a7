"""The HTML the plugin adds, rendered from Jinja templates a theme's `custom_dir` can override."""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Mapping, Sequence

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..i18n.labels import ENGLISH, Labels
from ..seo.facts import SeoFacts
from .types import (
    AuthorView,
    FeedLink,
    Link,
    ListHead,
    Pager,
    PostGroup,
    PostView,
    SeriesView,
    YearView,
)

PACKAGE_TEMPLATES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "templates")


# Keeps a render by a key of everything it is made from, or makes it (see host/serve/memo.py).
Remember = Callable[[Hashable, Callable[[], str]], str]


def _always_render(key: Hashable, make: Callable[[], str]) -> str:
    return make()


class Templates:
    def __init__(
        self,
        theme_dirs: Sequence[str],
        remember: Remember = _always_render,
        labels: Labels = ENGLISH,
    ) -> None:
        """`theme_dirs` first (custom_dir is among them), so a file of the same name wins.
        `remember` must know the templates' files: its keys hold only names and values.
        Every template sees `labels`, the plugin's words in the blog's language."""
        self._remember = remember
        self._labels = labels
        self._env = Environment(
            loader=FileSystemLoader([*theme_dirs, PACKAGE_TEMPLATES]),
            autoescape=select_autoescape(default=True, default_for_string=True),
            auto_reload=False,  # one build reads each template once (includes too)
        )

    def post_header(
        self, post: PostView, series: SeriesView | None = None, unlisted: bool = False
    ) -> str:
        """`series`: the box of a part of a series; `unlisted`: the post is marked as left out
        of every list (under `mkdocs serve`)."""
        return self._render(
            "jekyll-blog-post-header.html", post=post, series=series, unlisted=unlisted
        )

    def post_footer(
        self, newer: PostView | None, older: PostView | None, related: Sequence[PostView]
    ) -> str:
        return self._render(
            "jekyll-blog-post-footer.html", newer=newer, older=older, related=related
        )

    def entry(self, post: PostView) -> str:
        return self._render("jekyll-blog-entry.html", post=post)

    def listing(
        self, head: ListHead, posts: Sequence[PostView], pager: Pager, pinned: int = 0
    ) -> str:
        """`pinned`: how many of `posts`, first, are pinned."""
        return self._render(
            "jekyll-blog-listing.html", **_head(head), posts=posts, pager=pager, pinned=pinned
        )

    def compact(self, head: ListHead, groups: Sequence[PostGroup]) -> str:
        return self._render("jekyll-blog-compact.html", **_head(head), groups=groups)

    def authors(self, heading: str | None, authors: Sequence[AuthorView]) -> str:
        return self._render("jekyll-blog-authors.html", heading=heading, authors=authors)

    def terms(self, kind: str, heading: str | None, terms: Sequence[Link]) -> str:
        return self._render("jekyll-blog-terms.html", kind=kind, heading=heading, terms=terms)

    def archive(self, heading: str | None, years: Sequence[YearView]) -> str:
        return self._render("jekyll-blog-archive.html", heading=heading, years=years)

    def seo(self, facts: SeoFacts, json_ld: Markup) -> str:
        return self._render("jekyll-blog-seo.html", seo=facts, json_ld=json_ld)

    def feed_css(self) -> str:
        """The stylesheet of the Atom and RSS feeds, its line on subscribing in the blog's
        words."""
        return self._render(
            "jekyll-blog-feed.css", note=Markup(css_string(self._labels["feed_note"]))
        )

    def feed_links(self, feeds: Sequence[FeedLink]) -> str:
        return self._render("jekyll-blog-feed-links.html", feeds=feeds)

    def _render(self, name: str, **context: object) -> str:
        context["labels"] = self._labels

        def make() -> str:
            return self._env.get_template(name).render(**context)

        key = render_key(name, context)
        return make() if key is None else self._remember(key, make)


def render_key(name: str, context: Mapping[str, object]) -> Hashable | None:
    """The template's name and every value it is given: the key under which its render is kept
    (with the templates' files, host/serve/keys.py's `template_key`). The views are frozen
    values; their lists become tuples. None for a value that cannot be a key: rendered each
    time."""
    key = (name, *((k, tuple(v) if isinstance(v, list) else v) for k, v in context.items()))
    try:
        hash(key)
    except TypeError:
        return None
    return key


def css_string(text: str) -> str:
    """`text` as a quoted CSS string."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ")
    return f'"{escaped}"'


def _head(head: ListHead) -> dict[str, object]:
    """A list's head as the templates name its parts (`kind`, `heading`, `periods`,
    `profile`, `feeds`), which a theme's overrides of them rely on."""
    return {
        "kind": head.kind,
        "heading": head.heading,
        "periods": head.periods,
        "profile": head.profile,
        "feeds": head.feeds,
    }
