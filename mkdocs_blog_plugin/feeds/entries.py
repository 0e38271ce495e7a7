"""A post as a feed entry: absolute URLs, plain-text title and summary, dates, authors."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..html.absolute_links import absolute_url
from ..html.text import plain_text
from ..jekyll.dates import parse_front_matter_date
from ..jekyll.problems import RuleError
from ..model.authors import Author
from ..model.posts import Post
from .model import FeedAuthor, FeedEntry


def feed_entry(
    post: Post,
    url: str,
    content_html: str | None,
    excerpt_html: str,
    authors: list[Author],
    site_url: str,
    zone: ZoneInfo,
) -> FeedEntry:
    """`url`: the post's absolute URL; `content_html`: what the entry carries, links absolute."""
    summary = plain_text(_text(post.data.get("description")) or excerpt_html)
    return FeedEntry(
        id=url,
        url=url,
        title=post.display_title,
        published=post.date,
        updated=_updated(post.data, zone) or post.date,
        authors=tuple(_author(a, site_url) for a in authors),
        categories=post.categories,
        tags=post.tags,
        summary=summary or None,
        content_html=content_html,
        image=_image(post.data.get("image"), site_url),
        slug=post.slug,
        source=post.source,
    )


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _updated(data: Mapping[str, Any], zone: ZoneInfo) -> datetime | None:
    """`last_modified_at` from front matter, as jekyll-feed's `<updated>`; invalid ones are
    ignored (the post's own warning list has no place for it, and the date is a fine default)."""
    value = data.get("last_modified_at")
    if value is None:
        return None
    try:
        return parse_front_matter_date(value, zone)
    except RuleError:
        return None


def _author(author: Author, site_url: str) -> FeedAuthor:
    return FeedAuthor(
        name=author.name,
        email=author.email,
        uri=_absolute(author.url, site_url),
        avatar=_absolute(author.avatar, site_url),
    )


def _image(value: object, site_url: str) -> str | None:
    """`image: /path.png` or `image: {path: /path.png}`, as jekyll-feed reads it."""
    if isinstance(value, Mapping):
        value = value.get("path")
    return _absolute(str(value), site_url) if value else None


def _absolute(url: str | None, site_url: str) -> str | None:
    return absolute_url(url, site_url) if url else None
