"""The blog's pages finished once every page of the site is rendered (from on_env on): a post's
header and footer, a generated page's list, latest-posts lists in docs pages, the theme's
render kept under `mkdocs serve`, search and the redirect pages."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import partial

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..config import BlogConfig
from ..jekyll_import import ImportedConfig
from ..model.rendered import RenderedPost
from ..views.maker import ViewMaker
from ..views.templates import Templates
from .feeds import SiteFeeds
from .files import BlogFiles
from .filled_pages import FilledPages, blog_key
from .kept_renders import KeptRenders
from .latest_lists import LatestLists
from .listing_pages import ListingPages
from .memo import Memo
from .neighbours.print_site import print_filled_page
from .post_pages import PostPages
from .redirects import SiteRedirects, write_old_feed
from .report import log
from .site import SiteFacts
from .timing import Timings
from .unlisted import UnlistedPages


@dataclass(frozen=True)
class BuiltParts:
    """What the build made of the blog before its pages are filled."""

    options: BlogConfig
    config: MkDocsConfig
    site: SiteFacts
    imported: ImportedConfig | None
    blog_files: BlogFiles
    posts: PostPages
    listings: ListingPages
    latest: LatestLists
    feeds: SiteFeeds
    templates: Templates
    timings: Timings
    taken: frozenset[str]  # every file the site writes itself (redirects never go there)
    redirects: SiteRedirects
    is_docs_page: Callable[[Page], bool]  # a page no blog of the site builds


def finish(
    parts: BuiltParts, env: Environment, memo: Memo, theme_files: Hashable, serving: bool
) -> BlogFinishing:
    """Once every page is rendered: the feeds written, the views made; under `mkdocs serve`,
    the filled pages and the theme's renders kept by what they are made from."""
    blog_files = parts.blog_files
    rendered = parts.posts.take_rendered()
    inputs = (parts.options, parts.site, theme_files, blog_files, rendered)
    filled = FilledPages(memo, blog_key(*inputs) if serving else None)
    with parts.timings.phase("feeds"):
        parts.feeds.fill(blog_files.urls, blog_files.authors, rendered)
    views = _views(blog_files, rendered, parts.templates, parts.site)
    unlisted = UnlistedPages()
    unlisted.hide(parts.posts.pages(post for post in blog_files.blog.posts if post.unlisted))
    kept_renders = KeptRenders(memo, theme_files) if serving else None
    if kept_renders is not None:
        pages = [file.page for file in blog_files.files.values() if file.page]
        kept_renders.take_over(env, parts.config.theme.dirs, pages)
    return BlogFinishing(parts, views, filled, unlisted, kept_renders)


def _views(
    blog_files: BlogFiles,
    rendered: dict[str, RenderedPost],
    templates: Templates,
    site: SiteFacts,
) -> ViewMaker:
    """The views of one build, made once the feeds are written: the bodies they showed are
    let go."""
    lean = {source: RenderedPost(r.excerpt, r.reading_minutes) for source, r in rendered.items()}
    urls, authors = blog_files.urls, blog_files.authors
    return ViewMaker(urls, blog_files.plan, lean, authors, templates, site.dates)


class BlogFinishing:
    def __init__(
        self,
        parts: BuiltParts,
        views: ViewMaker,
        filled: FilledPages,
        unlisted: UnlistedPages,
        kept_renders: KeptRenders | None,
    ) -> None:
        self._parts = parts
        self._views = views
        self._filled = filled
        self._unlisted = unlisted
        self._kept_renders = kept_renders

    def page_context(self, page: Page) -> None:
        """A post's header and footer, a blog page's list, added after search has indexed the
        page: by its own text, not by the excerpts and links the blog adds."""
        parts, views = self._parts, self._views
        if page.content is None:
            return
        post = parts.posts.post_of(page)
        if post is not None:
            self._unlisted.show(page)
            with parts.timings.phase("posts"):
                fill = partial(parts.posts.add_chrome, page, post, views, parts.templates)
                self._filled.fill(page, fill)
            return
        blog_page = parts.listings.page_of(page)
        if blog_page is not None:
            with parts.timings.phase("listings"):
                fill = partial(parts.listings.fill, page, blog_page, views, parts.templates)
                self._filled.fill(page, fill)
                print_filled_page(parts.config, page)
            return
        if parts.is_docs_page(page):
            blog, authors = parts.blog_files.blog, parts.blog_files.authors
            parts.latest.fill(page, blog.listed, authors, views, parts.templates)

    def render(self, context: TemplateContext, page: Page) -> None:
        """Last of all plugins: the theme's render of a blog page, kept from the build before
        if nothing it is made from changed (under `mkdocs serve`)."""
        if self._kept_renders is not None:
            self._kept_renders.render(context, page)

    def before_search_index(self) -> None:
        self._unlisted.drop_from_search(self._parts.config)

    def on_post_build(self) -> None:
        parts = self._parts
        if self._kept_renders is not None:
            log.info(self._kept_renders.summary())
        with parts.timings.phase("redirects"):
            if parts.options.redirects:
                site_dir = parts.config.site_dir
                parts.redirects.write(site_dir, parts.site, parts.blog_files.urls)
                old = parts.imported.jekyll.feed_path if parts.imported else None
                write_old_feed(site_dir, old, parts.feeds.blog_atom(), parts.taken)
