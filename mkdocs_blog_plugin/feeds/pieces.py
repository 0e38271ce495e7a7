"""Feeds put together from entries serialized on their own, so that a post in many feeds (the
blog's, its tags', its categories') is serialized once per format."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .feed import FeedEntry

# Entries → each one's serialized element, as a feed document holds it.
EntryWriter = Callable[[Sequence[FeedEntry]], list[bytes]]


class Serialized:
    """An `EntryWriter` for feeds made of entries already serialized (`pieces`)."""

    def __init__(self, pieces: Mapping[FeedEntry, bytes]) -> None:
        self._pieces = pieces

    def __call__(self, entries: Sequence[FeedEntry]) -> list[bytes]:
        return [self._pieces[entry] for entry in entries]


def children(document: bytes, start: bytes, end: bytes, count: int) -> list[bytes]:
    """The `count` elements of a pretty-printed `document` that open with `start` (indentation
    included) before `end`. Markup is looked for as text, which is safe: text and attribute
    values are escaped."""
    found = [start + piece for piece in document[: document.rindex(end)].split(start)[1:]]
    assert len(found) == count, (len(found), count)
    return found


def inserted(document: bytes, end: bytes, pieces: list[bytes]) -> bytes:
    """`document` with `pieces` just before the last `end`."""
    at = document.rindex(end)
    return document[:at] + b"".join(pieces) + document[at:]
