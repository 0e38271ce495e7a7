"""Under `mkdocs serve`, a post's page with its header and footer and a generated page with its
list, kept for a rebuild where nothing they are made from changed (a docs page was edited): one
key for the whole blog, so that such a rebuild makes no view and no render of its own."""

from __future__ import annotations

from collections.abc import Callable

from mkdocs.structure.pages import Page

from .keys import filled_page_key
from .memo import Memo


class KeptFills:
    def __init__(self, memo: Memo, key: bytes | None) -> None:
        """`key`: `keys.blog_key`'s, or None where nothing is kept (a lone build)."""
        self._memo = memo
        self._key = key

    def fill(self, page: Page, fill: Callable[[], None]) -> None:
        """`fill` adds to `page.content`, or what it added the last time is taken."""
        if self._key is None:
            fill()
            return
        assert page.content is not None

        def filled() -> str:
            fill()
            assert page.content is not None
            return page.content

        file = page.file
        key = filled_page_key(self._key, file.src_uri, file.url, page.title, page.content)
        page.content = self._memo.get("filled page", key, filled)
