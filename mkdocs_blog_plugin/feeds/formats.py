"""The feed formats, in one table: each one's writer, entry serializer, media type and name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .atom_rss import atom_entries, atom_xml, rss_items, rss_xml
from .feed import Feed
from .json_feed import json_feed, json_items
from .pieces import EntryWriter


@dataclass(frozen=True)
class FeedFormat:
    write: Callable[[Feed, EntryWriter], bytes]  # the whole document
    serialize: EntryWriter  # each entry as the document holds it
    media_type: str
    name: str  # shown in the title of its `<link rel="alternate">`


FORMATS: dict[str, FeedFormat] = {
    "atom": FeedFormat(atom_xml, atom_entries, "application/atom+xml", "Atom"),
    "rss": FeedFormat(rss_xml, rss_items, "application/rss+xml", "RSS"),
    "json": FeedFormat(json_feed, json_items, "application/feed+json", "JSON Feed"),
}
