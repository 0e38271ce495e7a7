"""A post's Markdown read as kramdown (as the Jekyll site read it), inside the Markdown instance
MkDocs makes for the post's page, so that the site's own extensions still work in it; docs
pages are read as MkDocs reads them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension

from ...kramdown import KramdownExtension, KramdownOptions
from ...model.posts import Post


class PostMarkdown(Extension):
    """In `markdown_extensions`: MkDocs makes a Markdown instance for each page it renders, right
    after the page's on_page_markdown, which says whether the page is a post of this blog."""

    def __init__(self, dialect: KramdownOptions | None, blog: object) -> None:
        """`dialect`: None where posts read as docs pages (`markdown: mkdocs`); `blog`: whose
        posts (its plugin)."""
        super().__init__()
        self.dialect = dialect
        self.blog = blog
        self._reading: KramdownOptions | None = None

    def install(self, extensions: list[Any]) -> None:
        """Into `extensions`, in place of the one an earlier on_config of the same blog put
        there (mkdocs-static-i18n runs on_config once per language), whose last reading would
        otherwise go on."""
        kept = [e for e in extensions if not (isinstance(e, PostMarkdown) and e.blog is self.blog)]
        extensions[:] = [*kept, self]

    def read(self, post: Post | None) -> None:
        """The page MkDocs renders next is `post`, or a page that is no post of this blog."""
        converts = post is not None and post.converter == "markdown"
        self._reading = self.dialect if converts else None

    def extendMarkdown(self, md: Markdown) -> None:
        if self._reading is not None:
            KramdownExtension(self._reading).extendMarkdown(md)


def post_extensions(extensions: Iterable[Any], dialect: KramdownOptions | None) -> list[Any]:
    """The site's Markdown extensions as they read a post of a blog with `dialect`, for a
    Markdown instance of the plugin's own (an excerpt's)."""
    others = [extension for extension in extensions if not isinstance(extension, PostMarkdown)]
    return others if dialect is None else [*others, KramdownExtension(dialect)]
