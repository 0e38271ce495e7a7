"""The kind of each page, decided in one place (`PageRoles.of`), and what each kind gets at each
event: a post of this blog, one of its generated pages, a docs page, or another blog's page
(which this blog leaves alone, but for its feed links in the head)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from ...model.posts import Post
from ...pages.kinds import BlogPage
from ...views.maker import ViewMaker
from ..context import BuildContext
from ..neighbours.print_site import print_filled_page
from ..output.feed_files import SiteFeeds
from ..placing.blog_files import BlogFiles
from ..serve.kept_fills import KeptFills
from .docs_pages import DocsPages
from .listing_pages import ListingPages
from .post_pages import PostPages
from .seo_tags import SeoTags
from .unlisted import UnlistedPages, noindex


@dataclass(frozen=True)
class Filling:
    """What the pages are finished with once every page is rendered (on_env)."""

    context: BuildContext
    blog_files: BlogFiles
    feeds: SiteFeeds
    views: ViewMaker
    filled: KeptFills
    unlisted: UnlistedPages
    seo: SeoTags

    def head_links(self, html: str, page: Page | None) -> str:
        with self.context.timings.phase("feeds"):
            return self.feeds.head_links(html, page.file.src_uri if page else None)


class Role:
    """What a page gets at each event: by default (another blog's page), nothing but the feed
    links of this blog in its head."""

    def source(self) -> str | None:
        return None

    def markdown(self, markdown: str, page: Page) -> str:
        return markdown

    def content(self, html: str, page: Page, files: Files) -> str:
        return html

    def fill(self, page: Page, filling: Filling) -> None:
        """Once search has indexed the page: by its own text, not what the blog adds."""
        return None

    def head(self, html: str, page: Page, filling: Filling) -> str:
        return filling.head_links(html, page)


class PostRole(Role):
    def __init__(self, post: Post, posts: PostPages) -> None:
        self._post = post
        self._posts = posts

    def source(self) -> str | None:
        return self._posts.source(self._post)

    def markdown(self, markdown: str, page: Page) -> str:
        return self._posts.markdown(markdown, page, self._post)

    def content(self, html: str, page: Page, files: Files) -> str:
        return self._posts.content(html, page, self._post, files)

    def fill(self, page: Page, filling: Filling) -> None:
        """Its header and footer."""
        filling.unlisted.show(page)
        with filling.context.timings.phase("posts"):
            templates = filling.context.templates
            chrome = partial(self._posts.add_chrome, page, self._post, filling.views, templates)
            filling.filled.fill(page, chrome)

    def head(self, html: str, page: Page, filling: Filling) -> str:
        """Its search and social metadata; `redirect_to` makes it a redirect page, `unlisted`
        marks it noindex."""
        redirect = self._posts.redirect_page(self._post)
        if redirect is not None:
            return redirect
        html = filling.seo.of_post(filling.head_links(html, page), self._post)
        return noindex(html) if self._post.unlisted else html


class ListingRole(Role):
    def __init__(self, blog_page: BlogPage, listings: ListingPages) -> None:
        self._blog_page = blog_page
        self._listings = listings

    def markdown(self, markdown: str, page: Page) -> str:
        return self._listings.markdown(markdown, page, self._blog_page)

    def fill(self, page: Page, filling: Filling) -> None:
        """Its list."""
        with filling.context.timings.phase("listings"):
            feeds = filling.feeds.offered(page.file.src_uri)
            templates = filling.context.templates
            fill = partial(
                self._listings.fill, page, self._blog_page, filling.views, templates, feeds
            )
            filling.filled.fill(page, fill)
            print_filled_page(filling.context.config, page)

    def head(self, html: str, page: Page, filling: Filling) -> str:
        return filling.seo.of_page(filling.head_links(html, page), self._blog_page)


class DocsRole(Role):
    def __init__(self, docs: DocsPages) -> None:
        self._docs = docs

    def markdown(self, markdown: str, page: Page) -> str:
        """Its latest-posts markers read; `post_url` and `link` tags (see DocsPages)."""
        return self._docs.markdown(markdown, page.file.src_uri)

    def fill(self, page: Page, filling: Filling) -> None:
        """Its latest-posts lists."""
        blog, authors = filling.blog_files.blog, filling.blog_files.authors
        templates = filling.context.templates
        self._docs.latest.fill(page, blog.listed, authors, filling.views, templates)


OTHER_BLOG = Role()


class PageRoles:
    def __init__(
        self,
        posts: PostPages,
        listings: ListingPages,
        docs: DocsPages,
        another_blogs: Callable[[Page], bool],
    ) -> None:
        """`another_blogs`: whether a page is a post or generated page of another blog."""
        self.posts = posts
        self.listings = listings
        self._docs = DocsRole(docs)
        self._another_blogs = another_blogs

    def of(self, page: Page) -> Role:
        """The one place where the kind of a page is decided."""
        post = self.posts.post_of(page)
        if post is not None:
            return PostRole(post, self.posts)
        blog_page = self.listings.page_of(page)
        if blog_page is not None:
            return ListingRole(blog_page, self.listings)
        if self._another_blogs(page):
            return OTHER_BLOG
        return self._docs
