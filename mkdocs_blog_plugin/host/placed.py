"""What on_files placed and what on_nav linked, handed on to the stages after them; from them
those stages answer the site's other blogs, and give each page what its role says."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from ..model.posts import Post
from .blogs import SiteOfBlogs
from .context import BuildContext
from .output.feed_files import SiteFeeds
from .output.redirect_pages import SiteRedirects
from .placing.blog_files import BlogFiles
from .roles.docs_pages import DocsPages
from .roles.page_roles import PageRoles
from .roles.post_markdown import PostMarkdown
from .stage import Stage


@dataclass(frozen=True)
class PlacedFiles:
    """What on_files placed."""

    context: BuildContext
    site: SiteOfBlogs
    blog_files: BlogFiles
    feeds: SiteFeeds  # their files in the site, filled once every post is rendered
    elsewhere: bool  # another language's build: it links to the default language's blog
    dialect: PostMarkdown  # how the page MkDocs renders next reads its Markdown


class AfterPlacing(Stage):
    """A stage once the blog's files are placed: what the other blogs ask of it."""

    def __init__(self, placed: PlacedFiles) -> None:
        self.placed = placed
        self.context = placed.context
        self.timings = placed.context.timings

    @property
    def posts(self) -> Sequence[Post]:
        return self.placed.blog_files.blog.posts

    def owns(self, page: Page) -> bool:
        blog_files, src_uri = self.placed.blog_files, page.file.src_uri
        mine = blog_files.blog.get(src_uri) is not None or src_uri in blog_files.pages
        return mine and page.file is blog_files.files.get(src_uri)


@dataclass(frozen=True)
class LinkedPages:
    """What on_nav linked: the roles of the pages, and the redirects planned."""

    roles: PageRoles
    docs: DocsPages
    taken: frozenset[str]  # every file the site writes itself (redirects never go there)
    redirects: SiteRedirects


class AfterLinking(AfterPlacing):
    """A stage once the pages are linked (on_nav): each page gets what its role says. A page
    may be read and rendered again later (another plugin, or a rebuild of skipped posts)."""

    def __init__(self, placed: PlacedFiles, linked: LinkedPages) -> None:
        super().__init__(placed)
        self.linked = linked

    @property
    def redirected(self) -> frozenset[str]:
        return frozenset(self.linked.redirects.planned)

    def own_source(self, page: Page) -> str | None:
        with self.context.timings.phase("posts"):
            return self.linked.roles.of(page).source()

    def page_source(self, page: Page) -> str | None:
        """The text of any blog's post (this blog reads for them all, see blogs.py)."""
        for stage in self.placed.site.stages():
            source = stage.own_source(page)
            if source is not None:
                return source
        return None

    def page_markdown(self, markdown: str, page: Page) -> str:
        """Every page reads as a docs page, but for what its role says (a post of the blog)."""
        with self.context.timings.phase("posts"):
            self.placed.dialect.read(None)
            return self.linked.roles.of(page).markdown(markdown, page)

    def rewrite_link(self, url: str, source: str | None) -> str:
        """For each link of a page MkDocs renders (links/page_links.py's LinkGuard)."""
        with self.context.timings.phase("posts"):
            return self.linked.docs.mend(url, source)

    def page_content(self, html: str, page: Page, files: Files) -> str:
        with self.context.timings.phase("posts"):
            return self.linked.roles.of(page).content(html, page, files)
