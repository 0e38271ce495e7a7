"""Blog feeds: Atom 1.0, RSS 2.0 and JSON Feed 1.1 from a format-neutral `Feed`."""

from .absolute_links import absolute_html
from .atom_rss import atom_xml, rss_xml
from .json_feed import json_feed
from .model import Feed, FeedAuthor, FeedEntry

__all__ = ["Feed", "FeedAuthor", "FeedEntry", "absolute_html", "atom_xml", "json_feed", "rss_xml"]
