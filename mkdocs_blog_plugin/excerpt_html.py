"""Excerpts cut from a post's rendered HTML instead of rendering the excerpt a second time.

Before Markdown, a marker comment is put where Jekyll's excerpt ends (after the first separator,
`excerpt_separator`; an empty separator means no excerpt, an absent one the whole post); after
Markdown, the HTML before the marker is the excerpt and the marker is removed from the page. A
separator inside a fenced code block moves the cut to the end of that block.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

import lxml.html
from mkdocs.utils import get_relative_url

MARKER = "<!-- jekyll-blog-excerpt -->"
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)
_TOKEN = "jekyll-blog-url-"
_TOKEN_RE = re.compile(rf"{_TOKEN}(\d+)\.")


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


@dataclass(frozen=True)
class PortableHtml:
    """HTML to show on other pages than its own: relative links are kept as site paths and
    made relative again for the page that shows it (a listing page, a feed)."""

    parts: tuple[str, ...]  # one more than `targets`: text between the links
    targets: tuple[str, ...]  # site-relative URLs ("blog/2014/x/", "img/a.png#top")

    def on_page(self, page_url: str) -> str:
        out = [self.parts[0]]
        for target, part in zip(self.targets, self.parts[1:], strict=True):
            path, hash_mark, fragment = target.partition("#")
            out += [get_relative_url(path, page_url), hash_mark, fragment, part]
        return "".join(out)


def portable(fragment: str, page_url: str) -> PortableHtml:
    """`fragment`, from the page at `page_url`, balanced (elements a cut left open are closed)."""
    if not fragment.strip():
        return PortableHtml(("",), ())
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url) + "/"
    targets: list[str] = []
    out = []
    for part in lxml.html.fragments_fromstring(fragment):
        if isinstance(part, str):
            out.append(escape(part, quote=False))
            continue
        for element in part.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and _is_relative(value):
                    element.set(attribute, f"{_TOKEN}{len(targets)}.")
                    targets.append(_site_path(base, value, page_url))
        out.append(lxml.html.tostring(part, encoding="unicode"))
    pieces = _TOKEN_RE.split("".join(out).strip())
    ordered = tuple(targets[int(i)] for i in pieces[1::2])
    return PortableHtml(tuple(pieces[::2]), ordered)


def _is_relative(url: str) -> bool:
    parts = urlsplit(url)
    return not (parts.scheme or parts.netloc or url.startswith("/"))


def _site_path(base: str, url: str, page_url: str) -> str:
    parts = urlsplit(url)
    if not parts.path:
        path = page_url
    else:
        path = posixpath.normpath(posixpath.join("/" + base, parts.path)).lstrip("/")
        if parts.path.endswith("/") and not path.endswith("/"):
            path += "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{path}{query}#{parts.fragment}" if parts.fragment else f"{path}{query}"
