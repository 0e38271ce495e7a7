"""A post as a feed entry: absolute URLs, plain-text title and summary, dates, authors."""

from __future__ import annotations

from ..html.absolute_links import absolute_url
from ..html.text import plain_text
from ..model.authors import Author
from ..model.posts import Post
from .feed import FeedAuthor, FeedEntry


def feed_entry(
    post: Post,
    url: str,
    content_html: str | None,
    excerpt_html: str,
    authors: list[Author],
    site_url: str,
) -> FeedEntry:
    """`url`: the post's absolute URL; `content_html`: what the entry carries, links absolute."""
    summary = plain_text(_text(post.data.get("description")) or excerpt_html)
    return FeedEntry(
        id=url,
        url=url,
        title=post.display_title,
        published=post.date,
        updated=post.modified,
        authors=tuple(_author(a, site_url) for a in authors),
        categories=post.categories,
        tags=post.tags,
        summary=summary or None,
        content_html=content_html,
        image=_absolute(post.image.path, site_url) if post.image else None,
        slug=post.slug,
        source=post.source,
    )


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _author(author: Author, site_url: str) -> FeedAuthor:
    return FeedAuthor(
        name=author.name,
        email=author.email,
        uri=_absolute(author.url, site_url),
        avatar=_absolute(author.avatar, site_url),
    )


def _absolute(url: str | None, site_url: str) -> str | None:
    return absolute_url(url, site_url) if url else None
