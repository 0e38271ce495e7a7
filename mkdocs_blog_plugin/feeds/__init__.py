"""Blog feeds: Atom 1.0, RSS 2.0 and JSON Feed 1.1 from a format-neutral `Feed`."""

from ..html.absolute_links import absolute_html
from .atom_rss import atom_entries, atom_xml, rss_items, rss_xml
from .json_feed import json_feed, json_items
from .model import Feed, FeedAuthor, FeedEntry
from .pieces import Serialized

__all__ = [
    "Feed",
    "FeedAuthor",
    "FeedEntry",
    "Serialized",
    "absolute_html",
    "atom_entries",
    "atom_xml",
    "json_feed",
    "json_items",
    "rss_items",
    "rss_xml",
]
