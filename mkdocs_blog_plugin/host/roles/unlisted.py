"""Unlisted posts (`unlisted: true`): built at their URL, but kept out of the site's sitemap and
search index and marked `noindex` for search engines; the blog's lists and feeds leave them out
by themselves (`Blog.listed`)."""

from __future__ import annotations

from collections.abc import Iterable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from ...html.head import into_head
from ..neighbours.find import plugins_from

NOINDEX = '<meta name="robots" content="noindex">'


class UnlistedPages:
    def __init__(self) -> None:
        self._addresses: dict[str, tuple[str | None, str | None]] = {}  # src_uri → its URLs
        self._urls: set[str] = set()

    def hide(self, pages: Iterable[Page]) -> None:
        """Before MkDocs writes the sitemap, which lists each page with an absolute URL: the
        pages drop theirs until they are rendered (see `show`)."""
        for page in pages:
            self._addresses[page.file.src_uri] = (page.abs_url, page.canonical_url)
            self._urls.add(page.url)
            page.abs_url = page.canonical_url = None

    def show(self, page: Page) -> None:
        """The page's own URLs back, for the theme's canonical link."""
        addresses = self._addresses.pop(page.file.src_uri, None)
        if addresses is not None:
            page.abs_url, page.canonical_url = addresses

    def drop_from_search(self, config: MkDocsConfig) -> None:
        """MkDocs' own search plugin indexes every page it is shown (Material's reads the
        page's `search: exclude`): before it writes its index, the unlisted pages leave it."""
        for plugin in plugins_from(config, "mkdocs.contrib.search"):
            index = getattr(plugin, "search_index", None)
            entries = getattr(index, "_entries", None)
            if isinstance(entries, list):
                entries[:] = [e for e in entries if _page_of(e) not in self._urls]


def _page_of(entry: object) -> str | None:
    location = entry.get("location") if isinstance(entry, dict) else None
    return location.partition("#")[0] if isinstance(location, str) else None


def noindex(html: str) -> str:
    return into_head(html, NOINDEX)
