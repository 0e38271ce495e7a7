"""What rendering a post yields, handed forward to the listings and the feeds."""

from __future__ import annotations

from dataclasses import dataclass

from ..html.portable import PortableHtml


@dataclass(frozen=True)
class RenderedPost:
    excerpt: PortableHtml  # its links portable: it is shown on many pages and in feeds
    reading_minutes: int | None  # None when reading time is off
    body: str | None = None  # the post's HTML, kept only for the feeds that show it whole
