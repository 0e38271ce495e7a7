"""A Markdown step just before MkDocs rewrites links, for the page being rendered.

MkDocs rewrites every link with `urllib.parse.urlsplit`, which raises on some hrefs real posts
contain (`http://example.eu]` is an "Invalid IPv6 URL") and ends the build with a traceback.
This extension hands every `href`/`src` to a callback first, which can mend or redirect it.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

_ATTRIBUTE = {"a": "href", "img": "src"}


class _LinkTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, rewrite: Callable[[str], str]) -> None:
        super().__init__(md)
        self._rewrite = rewrite

    def run(self, root: Element) -> None:
        for element in root.iter():
            key = _ATTRIBUTE.get(element.tag)
            url = element.get(key) if key else None
            if key is not None and url is not None:
                element.set(key, self._rewrite(url))


class LinkGuard(Extension):
    def __init__(self, rewrite: Callable[[str], str]) -> None:
        super().__init__()
        self._rewrite = rewrite

    def extendMarkdown(self, md: Markdown) -> None:
        # MkDocs' own link rewriting ("relpath") has priority 0: run just before it.
        md.treeprocessors.register(_LinkTreeprocessor(md, self._rewrite), "jekyll_blog_links", 1)
