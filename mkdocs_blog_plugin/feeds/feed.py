"""What a feed holds, independent of its format: the writers only turn it into bytes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class FeedAuthor:
    name: str
    email: str | None = None
    uri: str | None = None
    avatar: str | None = None  # absolute URL


@dataclass(frozen=True)
class FeedEntry:
    id: str  # the post's absolute URL (stable id / guid)
    url: str  # the post's absolute URL
    title: str  # plain text (markup already stripped, whitespace normalised)
    published: datetime  # aware
    updated: datetime  # aware (last_modified_at or the date)
    authors: tuple[FeedAuthor, ...]
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    summary: str | None  # plain text, None when empty
    content_html: str | None  # HTML with absolute links already, None for no content
    image: str | None  # absolute URL
    slug: str
    source: str  # path of the post file relative to docs_dir (JSON Feed `_blog.source`)

    def __post_init__(self) -> None:
        # A naive date would be written without an offset: invalid in every format.
        if self.published.utcoffset() is None or self.updated.utcoffset() is None:
            raise ValueError(f"{self.source}: feed dates must be timezone-aware")


@dataclass(frozen=True)
class Feed:
    title: str  # "TideKit" or "TideKit | Tag: irmin"
    subtitle: str | None
    home_url: str  # absolute URL of the HTML page the feed belongs to (blog index or tag page)
    language: str | None  # a BCP 47 tag: "en", "en-US"
    author: FeedAuthor | None  # feed-level author (site_author)
    atom_url: str | None  # absolute URL of each format's file, None when that format is off
    rss_url: str | None
    json_url: str | None
    entries: tuple[FeedEntry, ...]  # newest first, already limited
    stylesheet: str | None = None  # the CSS a browser shows an Atom or RSS feed with (its URL)
