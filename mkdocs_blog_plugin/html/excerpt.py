"""Excerpts cut from a post's rendered HTML instead of rendering the excerpt a second time.

Before Markdown, a marker comment is put where Jekyll's excerpt ends (after the first separator,
`excerpt_separator`; an empty separator means no excerpt, an absent one the whole post); after
Markdown, the HTML before the marker is the excerpt and the marker is removed from the page. A
separator inside a fenced code block moves the cut to the end of that block.
"""

from __future__ import annotations

import re

MARKER = "<!-- jekyll-blog-excerpt -->"
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)


def mark_excerpt(markdown: str, separator: str) -> str:
    """`markdown` with the marker where the excerpt ends; unchanged when the post has no excerpt
    (empty separator) or the separator does not occur (the whole post is the excerpt)."""
    at = markdown.find(separator) if separator else -1
    if at < 0:
        return markdown
    cut = _after_open_fence(markdown, at + len(separator))
    return f"{markdown[:cut]}\n\n{MARKER}\n\n{markdown[cut:]}"


def _after_open_fence(text: str, cut: int) -> int:
    """`cut`, or the end of the fenced code block that `cut` falls into."""
    open_fence: str | None = None
    for match in _FENCE.finditer(text, 0, cut):
        fence = match.group(1)
        if open_fence is None:
            open_fence = fence
        elif fence[0] == open_fence[0] and len(fence) >= len(open_fence):
            open_fence = None
    if open_fence is None:
        return cut
    closing = re.compile(rf"^ {{0,3}}{re.escape(open_fence[0])}{{{len(open_fence)},}}[ \t]*$", re.M)
    end = closing.search(text, cut)
    return len(text) if end is None else end.end()


def cut_excerpt(html: str) -> tuple[str, str]:
    """(the page's HTML without the marker, the excerpt's HTML, maybe with elements left open)."""
    at = html.find(MARKER)
    if at < 0:
        return html, html
    return html[:at] + html[at + len(MARKER) :], html[:at]
