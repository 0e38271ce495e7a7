"""A rendered page's `<head>`: what it already says, and tags put at its end."""

from __future__ import annotations

import re

# what a head's tag is about: a meta tag's `property` or `name` (in any order of its attributes,
# quoted or not, as a minifier writes it), or a JSON-LD script
_KEY = re.compile(
    r"""<meta\b[^>]*?\b(?:property|name)=["']?([^"'\s>]+)"""
    r"""|<script\b[^>]*?\btype=["']?application/(ld\+json)""",
    re.IGNORECASE,
)


def into_head(html: str, tags: str) -> str:
    """`html` with `tags` at the end of its head; as it is if it has none."""
    head_end = html.find("</head>")
    return html if head_end < 0 else f"{html[:head_end]}{tags}\n{html[head_end:]}"


def tag_key(text: str) -> str | None:
    """What the first tag of `text` is about (see `_KEY`), None for any other tag."""
    match = _KEY.search(text)
    return next((key for key in match.groups() if key), None) if match else None


def head_keys(html: str) -> set[str]:
    """What the tags of the page's head are about: `og:title`, `description`, `ld+json`."""
    head_end = html.find("</head>")
    head = html if head_end < 0 else html[:head_end]
    return {key for match in _KEY.finditer(head) for key in match.groups() if key}
