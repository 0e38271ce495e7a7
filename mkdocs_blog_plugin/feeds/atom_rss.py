"""Atom 1.0 and RSS 2.0 with feedgen, after jekyll-feed where it makes sense.

Every date is taken from the posts, never from the clock, so that a build is byte-identical
to the one before it when the posts have not changed.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any
from xml.sax.saxutils import quoteattr

from feedgen.ext.base import BaseExtension
from feedgen.feed import FeedGenerator

from ..html.xml_chars import xml_safe
from .atom_link_fix import AlternateLinkEntry
from .feed import Feed, FeedAuthor, FeedEntry
from .pieces import EntryWriter, children, inserted

GENERATOR = "mkdocs-jekyll-blog"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)  # `updated` of a feed without entries
# Where entries are in feedgen's pretty-printed documents (with extensions loaded the same way,
# each entry is serialized the same in every document, whatever the feed around it).
_ATOM_ENTRY, _ATOM_END = b"  <entry>", b"</feed>"
_RSS_ITEM, _RSS_END = b"    <item>", b"  </channel>"
_STYLESHEET = re.compile(rb"\A\n<\?xml-stylesheet [^?]*\?>")  # as `styled` writes it

_IMAGE_TYPES = {  # a fixed table: `mimetypes` answers differ between machines
    ".avif": "image/avif",
    ".bmp": "image/bmp",
    ".gif": "image/gif",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
}


def atom_xml(feed: Feed, entries: EntryWriter | None = None) -> bytes:
    """`entries` serializes the feed's entries: `atom_entries` unless given (a cache of it)."""
    generator = _atom_generator()
    _describe(generator, feed, feed.atom_url, "application/atom+xml")
    generator.id(xml_safe(feed.atom_url or feed.home_url))
    if feed.subtitle:
        generator.subtitle(xml_safe(feed.subtitle))
    for author in _atom_feed_authors(feed):
        generator.author(_person(author))
    pieces = (entries or atom_entries)(feed.entries)
    xml = inserted(bytes(generator.atom_str(pretty=True)), _ATOM_END, pieces)
    return styled(xml, feed.stylesheet)


def atom_entries(entries: Sequence[FeedEntry]) -> list[bytes]:
    """Each entry's `<entry>`, as `atom_xml` puts it in a feed."""
    generator = _atom_generator()
    generator.id("entries")
    generator.title("entries")
    for entry in entries:
        item = _add_entry(generator, entry)
        if entry.authors:
            item.author([_person(author) for author in entry.authors])
    return children(bytes(generator.atom_str(pretty=True)), _ATOM_ENTRY, _ATOM_END, len(entries))


def rss_xml(feed: Feed, items: EntryWriter | None = None) -> bytes:
    """`items` serializes the feed's entries: `rss_items` unless given (a cache of it)."""
    generator = _rss_generator()
    _describe(generator, feed, feed.rss_url, "application/rss+xml")
    generator.description(xml_safe(feed.subtitle or f"Posts from {feed.title}"))
    pieces = (items or rss_items)(feed.entries)
    xml = inserted(bytes(generator.rss_str(pretty=True)), _RSS_END, pieces)
    return styled(xml, feed.stylesheet)


def styled(xml: bytes, stylesheet: str | None) -> bytes:
    """`xml` with an `<?xml-stylesheet?>` naming `stylesheet` after its declaration, in place
    of any it had, for a browser to show it with (CSS, not XSLT: browsers are dropping XSLT,
    and a feed reader ignores either)."""
    if stylesheet is None:
        return xml
    end = xml.index(b"?>") + 2
    rest = _STYLESHEET.sub(b"", xml[end:], count=1)
    href = quoteattr(stylesheet).encode()
    return xml[:end] + b'\n<?xml-stylesheet type="text/css" href=' + href + b"?>" + rest


def rss_items(entries: Sequence[FeedEntry]) -> list[bytes]:
    """Each entry's `<item>`, as `rss_xml` puts it in a feed."""
    generator = _rss_generator()
    generator.title("entries")
    generator.link(href="entries")
    generator.description("entries")
    for entry in entries:
        item = _add_entry(generator, entry)
        _rss_authors(item, entry.authors)
        if entry.image:
            image = xml_safe(entry.image)
            item.enclosure(image, "0", _image_type(image))
    return children(bytes(generator.rss_str(pretty=True)), _RSS_ITEM, _RSS_END, len(entries))


def _atom_generator() -> Any:
    generator = FeedGenerator()
    generator.load_extension("media")
    generator.register_extension("alternate_link", BaseExtension, AlternateLinkEntry, rss=False)
    return generator


def _rss_generator() -> Any:
    generator = FeedGenerator()
    generator.load_extension("media")
    generator.load_extension("dc", atom=False)
    return generator


def _describe(generator: Any, feed: Feed, self_url: str | None, self_type: str) -> None:
    """What Atom and RSS share at the feed level."""
    # feedgen refuses an empty title.
    generator.title(xml_safe(feed.title) or xml_safe(feed.home_url))
    if self_url:
        generator.link(href=xml_safe(self_url), rel="self", type=self_type)
    home = {"href": xml_safe(feed.home_url), "rel": "alternate", "type": "text/html"}
    if feed.language:
        generator.language(xml_safe(feed.language))
        home["hreflang"] = xml_safe(feed.language)
    generator.link(home)
    generator.updated(max((entry.updated for entry in feed.entries), default=EPOCH))
    generator.generator(GENERATOR)


def _add_entry(generator: Any, entry: FeedEntry) -> Any:
    """An entry with what Atom and RSS share, appended (feedgen prepends by default)."""
    item = generator.add_entry(order="append")
    item.guid(xml_safe(entry.id), permalink=entry.id == entry.url)
    item.title(xml_safe(entry.title) or xml_safe(entry.url))
    item.link(href=xml_safe(entry.url), rel="alternate", type="text/html")
    item.published(entry.published)
    item.updated(entry.updated)
    # jekyll-feed's order: categories, then tags.
    for term in entry.categories + entry.tags:
        item.category(term=xml_safe(term))
    if entry.summary:
        item.summary(xml_safe(entry.summary))
    if entry.content_html is not None:
        item.content(xml_safe(entry.content_html), type="html")
    if entry.image:
        image = xml_safe(entry.image)
        item.media.thumbnail(url=image, group=None)
        item.media.content(url=image, medium="image", group=None)
    return item


def _atom_feed_authors(feed: Feed) -> tuple[FeedAuthor, ...]:
    """Atom wants an author on the feed unless every entry has one: the site, if need be."""
    if feed.author is not None:
        return (feed.author,)
    if all(entry.authors for entry in feed.entries):
        return ()
    return (FeedAuthor(name=feed.title),)


def _rss_authors(item: Any, authors: tuple[FeedAuthor, ...]) -> None:
    """RSS's `<author>` is an email address (`jo@example.org (Jo)`): used when every author
    has one; otherwise every name goes in a `<dc:creator>`, never both kinds in one item."""
    if all(author.email for author in authors):
        item.author([_person(author) for author in authors])
    else:
        for author in authors:
            item.dc.dc_creator(xml_safe(author.name))


def _person(author: FeedAuthor) -> dict[str, str]:
    fields = {"name": author.name, "email": author.email, "uri": author.uri}
    return {key: xml_safe(value) for key, value in fields.items() if value}


def _image_type(url: str) -> str:
    path = url.partition("#")[0].partition("?")[0]
    extension = posixpath.splitext(path)[1].lower()
    return _IMAGE_TYPES.get(extension, "application/octet-stream")
