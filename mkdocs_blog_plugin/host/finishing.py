"""The blog's pages finished once every page of the site is rendered (from on_env on): a post's
header and footer, a generated page's list, latest-posts lists in docs pages, the theme's
render kept under `mkdocs serve`, search and the redirect pages."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
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
from .neighbours.print_site import print_filled_page
from .placing.blog_files import BlogFiles
from .redirects import SiteRedirects, old_feeds, write_old_feed
from .report import log
from .roles.latest_lists import LatestLists
from .roles.listing_pages import ListingPages
from .roles.post_pages import PostPages
from .roles.seo_tags import SeoTags
from .roles.unlisted import UnlistedPages, noindex
from .serve.kept_fills import KeptFills
from .serve.keys import blog_key
from .serve.memo import Memo
from .serve.page_renders import KeptRenders
from .site import SiteFacts
from .timing import Timings


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
    filled = KeptFills(memo, _blog_key(parts, theme_files, rendered) if serving else None)
    with parts.timings.phase("feeds"):
        parts.feeds.fill(blog_files.urls, blog_files.authors, rendered)
    lean = _lean(rendered)
    views = _views(blog_files, lean, parts.templates, parts.site)
    unlisted = UnlistedPages()
    unlisted.hide(parts.posts.pages(post for post in blog_files.blog.posts if post.unlisted))
    kept_renders = KeptRenders(memo, theme_files) if serving else None
    if kept_renders is not None:
        pages = [file.page for file in blog_files.files.values() if file.page]
        kept_renders.take_over(env, parts.config.theme.dirs, pages)
    seo = SeoTags(parts.options, parts.config, parts.site, blog_files, lean, parts.templates)
    return BlogFinishing(parts, views, filled, unlisted, kept_renders, seo)


def _blog_key(parts: BuiltParts, theme_files: Hashable, rendered: dict[str, RenderedPost]) -> bytes:
    blog_files = parts.blog_files
    posts, urls = blog_files.blog.posts, blog_files.urls
    authors, user_pages = blog_files.authors, blog_files.user_pages
    return blog_key(
        parts.options, parts.site, theme_files, posts, urls, rendered, authors, user_pages
    )


def _lean(rendered: dict[str, RenderedPost]) -> dict[str, RenderedPost]:
    """What the views and the head's metadata keep of each post: the bodies the feeds showed
    are let go."""
    return {source: RenderedPost(r.excerpt, r.reading_minutes) for source, r in rendered.items()}


def _views(
    blog_files: BlogFiles,
    rendered: dict[str, RenderedPost],
    templates: Templates,
    site: SiteFacts,
) -> ViewMaker:
    urls, authors = blog_files.urls, blog_files.authors
    return ViewMaker(urls, blog_files.plan, rendered, authors, templates, site.dates)


class BlogFinishing:
    def __init__(
        self,
        parts: BuiltParts,
        views: ViewMaker,
        filled: KeptFills,
        unlisted: UnlistedPages,
        kept_renders: KeptRenders | None,
        seo: SeoTags,
    ) -> None:
        self._parts = parts
        self._views = views
        self._filled = filled
        self._unlisted = unlisted
        self._kept_renders = kept_renders
        self._seo = seo

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
                feeds = parts.feeds.offered(page.file.src_uri)
                fill = partial(parts.listings.fill, page, blog_page, views, parts.templates, feeds)
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

    def post_page(self, html: str, page: Page | None) -> str:
        """Feed links and search and social metadata in the head; a post with `redirect_to`
        becomes a redirect page; an unlisted post is marked noindex."""
        parts = self._parts
        post = parts.posts.post_of(page) if page is not None else None
        redirect = parts.posts.redirect_page(post) if post is not None else None
        if redirect is not None:
            return redirect
        with parts.timings.phase("feeds"):
            html = parts.feeds.head_links(html, page.file.src_uri if page else None)
        if post is not None:
            html = self._seo.of_post(html, post)
            return noindex(html) if post.unlisted else html
        blog_page = parts.listings.page_of(page) if page is not None else None
        return html if blog_page is None else self._seo.of_page(html, blog_page)

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
                for path, atom in self._old_feeds():
                    write_old_feed(site_dir, path, atom, parts.taken)

    def _old_feeds(self) -> Iterator[tuple[str, bytes | None]]:
        """jekyll-feed's old addresses (under the old baseurl, in this site) and the Atom feed
        each now serves: the blog's, and the tags' and categories' it wrote."""
        parts = self._parts
        if parts.imported is None:
            return
        jekyll, base = parts.imported.jekyll, parts.site.base_path
        pages = [(jekyll.feed_path, None), *old_feeds(parts.blog_files.plan, jekyll.old)]
        for path, page in pages:
            found = jekyll.old.in_new_site(path, base) if path else None
            if found:
                here = found.lstrip("/")
                yield here, parts.feeds.atom_at(page, here)
