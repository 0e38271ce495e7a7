"""Excerpts cut from a post's rendered HTML instead of rendering the excerpt a second time.

Before Markdown, a marker comment is put where Jekyll's excerpt ends (the first separator); after
Markdown, the HTML before the marker is the excerpt and the marker is removed from the page. A
separator inside a fenced code block moves the cut to the end of that block.
"""

from __future__ import annotations

import re

import lxml.html

from .jekyll.excerpts import split_excerpt

MARKER = "<!-- jekyll-blog-excerpt -->"
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)


def mark_excerpt(markdown: str, separator: str) -> str:
    """`markdown` with the marker where the excerpt ends; unchanged when the post has no excerpt
    (empty separator) or the separator does not occur (the whole post is the excerpt)."""
    split = split_excerpt(markdown, separator)
    if split is None or not split.found:
        return markdown
    cut = _after_open_fence(markdown, len(split.head) + len(separator))
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
    """(the page's HTML without the marker, the excerpt's HTML)."""
    at = html.find(MARKER)
    if at < 0:
        return html, html
    return html[:at] + html[at + len(MARKER) :], _balanced(html[:at])


def _balanced(fragment: str) -> str:
    """Close any element the cut left open (a cut inside a raw HTML block)."""
    if not fragment.strip():
        return ""
    parts = lxml.html.fragments_fromstring(fragment)
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        else:
            out.append(lxml.html.tostring(part, encoding="unicode"))
    return "".join(out).strip()
