"""A post as Jekyll reads it, and the blog: every post in Jekyll's order with its neighbours."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from ..html.text import plain_text
from ..jekyll.filenames import Converter


@dataclass(frozen=True)
class Post:
    """One post file, with every decision Jekyll makes about it."""

    source: str  # path of the file relative to docs_dir, with "/" separators
    draft: bool
    date: datetime  # aware, in the site's time zone
    slug: str
    title: str  # as Jekyll has it (may hold markup or a trailing newline)
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    authors: tuple[str, ...]
    url: str  # Jekyll's URL, site-root relative: "/blog/2014/fosdem-summary"
    dest_uri: str  # where the page is written, relative to site_dir
    converter: Converter
    body_line: int  # the file's line where the text after the front matter starts
    excerpt_separator: str
    data: Mapping[str, Any] = field(repr=False)
    pinned: bool = False  # `pin: true`: first on the blog index
    unlisted: bool = False  # `unlisted: true`: built, but in no list, feed or search
    series: str | None = None  # `series: <name>`: a part of that series
    series_order: float | None = None  # its place in the series, else its date places it
    updated: datetime | None = None  # `last_modified_at` (or `updated`): shown, and in feeds

    @cached_property
    def display_title(self) -> str:
        """The title as plain text: what pages show (escaped) and feeds carry."""
        return plain_text(self.title)

    @property
    def modified(self) -> datetime:
        """When the post last changed, as feeds and search engines are told."""
        return self.updated or self.date

    @cached_property
    def image(self) -> PostImage | None:
        """`image: /path.png`, or `image: {path, width, height, alt}` (jekyll-seo-tag's)."""
        return post_image(self.data.get("image"))

    @property
    def front_matter_excerpt(self) -> str | None:
        value = self.data.get("excerpt")
        return None if value is None else str(value)

    def sort_key(self) -> tuple[datetime, str]:
        """Jekyll's order: by date, ties broken by the file's path."""
        return (self.date, self.source)


@dataclass(frozen=True)
class PostImage:
    path: str  # as written: a path in the site, or a full URL
    width: int | None = None
    height: int | None = None
    alt: str | None = None


def post_image(value: object) -> PostImage | None:
    if isinstance(value, Mapping):
        path = value.get("path") or value.get("url")
        if not path:
            return None
        alt = value.get("alt")
        width, height = _size(value.get("width")), _size(value.get("height"))
        return PostImage(str(path), width, height, str(alt) if alt else None)
    return PostImage(str(value)) if value not in (None, "", False) else None


def _size(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


@dataclass
class Blog:
    """All published posts, newest first (Liquid's `site.posts` order); `listed`, those that
    lists, feeds, related posts and a post's neighbours show (all but the unlisted)."""

    posts: list[Post]
    listed: list[Post] = field(init=False, repr=False)
    _index: dict[str, int] = field(init=False, repr=False)
    _listed_index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.posts.sort(key=Post.sort_key, reverse=True)
        self._index = {post.source: i for i, post in enumerate(self.posts)}
        self.listed = [post for post in self.posts if not post.unlisted]
        self._listed_index = {post.source: i for i, post in enumerate(self.listed)}

    @classmethod
    def of(cls, posts: Iterable[Post]) -> Blog:
        return cls(list(posts))

    def get(self, source: str) -> Post | None:
        i = self._index.get(source)
        return None if i is None else self.posts[i]

    def newer(self, post: Post) -> Post | None:
        """Jekyll's `page.next`, among the listed posts (an unlisted post has none)."""
        i = self._listed_index.get(post.source)
        return self.listed[i - 1] if i is not None and i > 0 else None

    def older(self, post: Post) -> Post | None:
        """Jekyll's `page.previous`, among the listed posts."""
        i = self._listed_index.get(post.source)
        return self.listed[i + 1] if i is not None and i + 1 < len(self.listed) else None
