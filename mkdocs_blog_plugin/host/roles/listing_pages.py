"""The MkDocs pages of the generated blog pages: their title, the user's own text if any, and
their list filled in once search has indexed the page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from mkdocs.structure.pages import Page

from ...pages.kinds import BlogPage
from ...views.listings import listing_html
from ...views.maker import ViewMaker
from ...views.templates import Templates
from ...views.types import FeedLink
from ..placing.blog_files import BlogFiles
from ..placing.generated_page import LISTING_MARKER

# A Markdown h1 of the user's own (ATX `# Title`, or a line underlined with `=`)
_HEADING = re.compile(r"^(#[ \t]|[^\n]+\n=+[ \t]*$)", re.MULTILINE)


class ListingPages:
    def __init__(self, blog_files: BlogFiles) -> None:
        self._files = blog_files.files
        self._pages = blog_files.pages
        self._user_pages = blog_files.user_pages
        self._headed: dict[str, str] = {}  # the user's pages with no h1 → the one they get

    def page_of(self, page: Page) -> BlogPage | None:
        blog_page = self._pages.get(page.file.src_uri)
        return blog_page if page.file is self._files.get(page.file.src_uri) else None

    def markdown(self, markdown: str, page: Page, blog_page: BlogPage) -> str:
        """The user's text gets the marker where the list goes; a generated page its title."""
        if page.file.src_uri in self._user_pages:
            if not _HEADING.search(markdown):  # its meta's title, else the page's
                own = page.meta.get("title")
                self._headed[page.file.src_uri] = str(own) if own else blog_page.title
                page.meta.setdefault("title", escape(blog_page.title))
            return f"{markdown}\n\n{LISTING_MARKER}\n"
        page.meta = {"title": escape(blog_page.title)}
        return markdown

    def fill(
        self,
        page: Page,
        blog_page: BlogPage,
        views: ViewMaker,
        templates: Templates,
        feeds: Sequence[FeedLink] = (),
    ) -> None:
        """`feeds`: those the page offers to subscribe to (see `listing_html`)."""
        assert page.content is not None
        own_text = page.file.src_uri in self._user_pages
        heading = None if own_text else blog_page.title
        html = listing_html(blog_page, page.file.url, heading, views, templates, feeds)
        if not own_text:
            page.content = html
            return
        content = page.content.replace(LISTING_MARKER, html)
        heading = self._headed.get(page.file.src_uri)
        page.content = content if heading is None else f"<h1>{escape(heading)}</h1>\n{content}"
