"""JSON Feed 1.1 with the standard `json` module, plus the `_blog` extension object."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..html.xml_chars import xml_safe
from .feed import Feed, FeedAuthor, FeedEntry
from .pieces import EntryWriter

VERSION = "https://jsonfeed.org/version/1.1"
_ITEM_INDENT = "    "  # an item of `items` in the document


def json_feed(feed: Feed, items: EntryWriter | None = None) -> bytes:
    """`items` serializes the feed's entries: `json_items` unless given (a cache of it)."""
    document: dict[str, Any] = {"version": VERSION, "title": feed.title}
    document["home_page_url"] = feed.home_url
    _put(document, "feed_url", feed.json_url)
    _put(document, "description", feed.subtitle)
    _put(document, "language", feed.language)
    if feed.author is not None:
        document["authors"] = [_author(feed.author)]
    document["items"] = []  # the last member: the items go in its brackets
    text = _dumps(_clean(document)).encode("utf-8")
    pieces = (items or json_items)(feed.entries)
    if pieces:
        text = text.removesuffix(b"[]\n}") + b"[\n" + b",\n".join(pieces) + b"\n  ]\n}"
    return text + b"\n"


def json_items(entries: Sequence[FeedEntry]) -> list[bytes]:
    """Each entry's item, indented as `json_feed` puts it in the `items` list (JSON text has
    no newline but between its values: newlines inside strings are escaped)."""
    return [
        (_ITEM_INDENT + _dumps(_clean(_item(entry))))
        .replace("\n", "\n" + _ITEM_INDENT)
        .encode("utf-8")
        for entry in entries
    ]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _item(entry: FeedEntry) -> dict[str, Any]:
    item: dict[str, Any] = {"id": entry.id, "url": entry.url, "title": entry.title}
    # An item needs `content_html` or `content_text`.
    if entry.content_html is not None:
        item["content_html"] = entry.content_html
    else:
        item["content_text"] = entry.summary or ""
    _put(item, "summary", entry.summary)
    _put(item, "image", entry.image)
    item["date_published"] = entry.published.isoformat()
    item["date_modified"] = entry.updated.isoformat()
    if entry.authors:
        item["authors"] = [_author(author) for author in entry.authors]
    item["tags"] = list(entry.tags)
    item["_blog"] = {
        "categories": list(entry.categories),
        "slug": entry.slug,
        "source": entry.source,
    }
    return item


def _author(author: FeedAuthor) -> dict[str, str]:
    """JSON Feed has no email field: its `url` may be a `mailto:` link instead."""
    result = {"name": author.name}
    _put(result, "url", author.uri or (f"mailto:{author.email}" if author.email else None))
    _put(result, "avatar", author.avatar)
    return result


def _put(mapping: dict[str, Any], key: str, value: str | None) -> None:
    if value:
        mapping[key] = value


def _clean(value: Any) -> Any:
    """Every string as the XML feeds have it, which also drops the lone surrogates that
    UTF-8 cannot encode."""
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value
