"""Under `mkdocs serve`, a post's page with its header and footer and a generated page with its
list, kept for a rebuild where nothing they are made from changed (a docs page was edited): one
key for the whole blog, so that such a rebuild makes no view and no render of its own."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping

from mkdocs.structure.pages import Page

from ..config import BlogConfig
from ..model.rendered import RenderedPost
from .files import BlogFiles
from .memo import Memo, digest
from .render_keys import freeze
from .site import SiteFacts


class FilledPages:
    def __init__(self, memo: Memo, key: bytes | None) -> None:
        """`key`: `blog_key`'s, or None where nothing is kept (a lone build)."""
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

        # the title too: a user's page takes its h1 from its meta, which is not in its content
        key = (self._key, page.file.src_uri, page.file.url, page.title, digest(page.content))
        page.content = self._memo.get("filled page", key, filled)


def blog_key(
    options: BlogConfig,
    site: SiteFacts,
    theme_files: Hashable,
    blog_files: BlogFiles,
    rendered: Mapping[str, RenderedPost],
) -> bytes:
    """The options, the site, the templates' files, every post in the blog's order with its
    URL and what its rendering yielded for the lists, the authors file and the pages the user
    wrote: the plan of pages and every view follow from these."""
    urls = blog_files.urls
    posts = [
        (repr(post), repr(post.data), urls.get(post.source), _yielded(rendered.get(post.source)))
        for post in blog_files.blog.posts
    ]
    return digest(
        repr(
            (
                freeze(options, True),
                repr(site),
                theme_files,
                posts,
                sorted(urls.items()),
                repr(blog_files.authors),
                sorted(blog_files.user_pages),
            )
        )
    )


def _yielded(rendered: RenderedPost | None) -> Hashable:
    if rendered is None:
        return None
    return (rendered.excerpt.parts, rendered.excerpt.targets, rendered.reading_minutes)
