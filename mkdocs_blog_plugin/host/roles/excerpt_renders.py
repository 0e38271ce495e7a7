"""Excerpts as Jekyll makes them: the front matter's, or the text before the separator rendered on
its own, with the site's Markdown configuration and MkDocs' own link handling for the post it
comes from."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from html import escape

import markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page, _RelativePathTreeprocessor

from ...html.excerpt import leading_paragraph
from ...html.portable import PortableHtml, portable
from ...html.text import plain_text
from ...jekyll.excerpts import excerpt_source
from ...kramdown import KramdownOptions
from ...model.posts import Post
from .post_markdown import post_extensions

# MkDocs reports a page's bad links when it renders the page; the excerpt's are among them.
_PAGE_LOG = logging.getLogger("mkdocs.structure.pages")


class Excerpts:
    """One Markdown instance a build, made when the first excerpt needs it."""

    def __init__(self, config: MkDocsConfig, dialect: KramdownOptions | None = None) -> None:
        """`dialect`: the kramdown a post reads as, None where it reads as a docs page."""
        self._config = config
        self._dialect = dialect
        self._md: markdown.Markdown | None = None

    def of_post(self, post: Post, body: str, text: str, page: Page, files: Files) -> PortableHtml:
        """The excerpt of `post` (at `page`), whose Markdown is `text` and rendered body
        `body`. Front matter `excerpt` replaces Jekyll's; it is plain text, not rendered. A
        plain text post is its own excerpt, an HTML post's is its HTML before the separator."""
        own = post.front_matter_excerpt
        if own is not None:
            shown = plain_text(own)
            return PortableHtml((f"<p>{escape(shown)}</p>" if shown else "",), ())
        separator = post.excerpt_separator
        if not separator:
            excerpt = ""
        elif post.converter == "identity":
            excerpt = body
        elif post.converter == "html":
            source = excerpt_source(text, separator)
            excerpt = body if source is None else source.head
        else:
            excerpt = self.html(body, text, separator, page.file, files)
        return portable(excerpt, page.file.url)

    def html(self, body: str, text: str, separator: str, file: File, files: Files) -> str:
        """The excerpt's HTML of the post at `file`, whose Markdown is `text` and whose rendered
        body is `body`: the whole body when the separator does not occur."""
        source = excerpt_source(text, separator)
        if source is None:
            return body
        found = leading_paragraph(body, source.head) if not source.definitions else None
        return found if found is not None else self.render(source.markdown, file, files)

    def render(self, text: str, file: File, files: Files) -> str:
        """`text` as MkDocs would render it in the page of `file`."""
        md = self._md
        if md is None:
            md = self._md = markdown.Markdown(
                extensions=post_extensions(self._config.markdown_extensions, self._dialect),
                extension_configs=self._config.mdx_configs or {},
            )
        md.reset()
        _RelativePathTreeprocessor(file, files, self._config)._register(md)
        with _quiet(_PAGE_LOG):
            return md.convert(text)


@contextmanager
def _quiet(logger: logging.Logger) -> Iterator[None]:
    def drop(record: logging.LogRecord) -> bool:
        return False

    logger.addFilter(drop)
    try:
        yield
    finally:
        logger.removeFilter(drop)
