"""From on_env on: every page of the site is rendered, so the feeds are written and the views
made, and each blog page is finished by its role: a post's header and footer, a generated
page's list, latest-posts lists in docs pages, search and social metadata in the heads; the
theme's render kept under `mkdocs serve`; then search and the redirect pages."""

from __future__ import annotations

from collections.abc import Iterator

from jinja2 import Environment
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..model.rendered import RenderedPost
from ..views.maker import ViewMaker
from .output.redirect_pages import old_feeds, write_old_feed
from .placed import AfterLinking, LinkedPages, PlacedFiles
from .report import log
from .roles.page_roles import Filling
from .roles.seo_tags import SeoTags
from .roles.unlisted import UnlistedPages
from .serve.kept_fills import KeptFills
from .serve.keys import blog_key
from .serve.page_renders import KeptRenders


def finish(placed: PlacedFiles, linked: LinkedPages, env: Environment) -> Finished:
    """Once every page is rendered: the feeds written, the views made; under `mkdocs serve`,
    the filled pages and the theme's renders kept by what they are made from."""
    context, blog_files, roles = placed.context, placed.blog_files, linked.roles
    rendered = roles.posts.take_rendered()
    filled = KeptFills(context.memo, _blog_key(placed, rendered) if context.serving else None)
    with context.timings.phase("feeds"):
        placed.feeds.fill(blog_files.urls, blog_files.authors, rendered)
    # What the views and the head's metadata keep of each post: the bodies the feeds showed
    # are let go.
    lean = {source: RenderedPost(r.excerpt, r.reading_minutes) for source, r in rendered.items()}
    urls, authors = blog_files.urls, blog_files.authors
    templates = context.templates
    views = ViewMaker(urls, blog_files.plan, lean, authors, templates, context.site.dates)
    unlisted = UnlistedPages()
    unlisted.hide(roles.posts.pages(post for post in blog_files.blog.posts if post.unlisted))
    kept_renders = None
    if context.serving:
        pages = [file.page for file in blog_files.files.values() if file.page]
        theme_dirs = context.config.theme.dirs
        kept_renders = KeptRenders(context.memo, context.theme_files, env, theme_dirs, pages)
    seo = SeoTags(context, blog_files, lean)
    filling = Filling(context, blog_files, placed.feeds, views, filled, unlisted, seo)
    return Finished(placed, linked, filling, kept_renders)


def _blog_key(placed: PlacedFiles, rendered: dict[str, RenderedPost]) -> bytes:
    context, blog_files = placed.context, placed.blog_files
    posts, urls = blog_files.blog.posts, blog_files.urls
    authors, user_pages = blog_files.authors, blog_files.user_pages
    return blog_key(
        context.options,
        context.site,
        context.theme_files,
        posts,
        urls,
        rendered,
        authors,
        user_pages,
    )


class Finished(AfterLinking):
    def __init__(
        self,
        placed: PlacedFiles,
        linked: LinkedPages,
        filling: Filling,
        kept_renders: KeptRenders | None,
    ) -> None:
        super().__init__(placed, linked)
        self._filling = filling
        self._kept_renders = kept_renders

    def page_context(self, page: Page) -> None:
        """A post's header and footer, a blog page's list, a docs page's latest posts, added
        after search has indexed the page: by its own text, not by what the blog adds."""
        if page.content is not None:
            self.linked.roles.of(page).fill(page, self._filling)

    def render(self, context: TemplateContext, page: Page) -> None:
        """Last of all plugins: the theme's render of a blog page, kept from the build before
        if nothing it is made from changed (under `mkdocs serve`)."""
        if self._kept_renders is not None:
            self._kept_renders.render(context, page)

    def post_page(self, html: str, page: Page | None) -> str:
        """What the head of each page gets by its role (theme templates, `page` None: the
        blog's feed links)."""
        if page is None:
            return self._filling.head_links(html, None)
        return self.linked.roles.of(page).head(html, page, self._filling)

    def before_search_index(self) -> None:
        self._filling.unlisted.drop_from_search(self.context.config)

    def post_build(self) -> None:
        context = self.context
        if self._kept_renders is not None:
            log.info(self._kept_renders.summary())
        with context.timings.phase("redirects"):
            if context.options.redirects:
                site_dir = context.config.site_dir
                urls = self.placed.blog_files.urls
                self.linked.redirects.write(site_dir, context.site, urls)
                for path, atom in self._old_feeds():
                    write_old_feed(site_dir, path, atom, self.linked.taken)

    def _old_feeds(self) -> Iterator[tuple[str, bytes | None]]:
        """jekyll-feed's old addresses (under the old baseurl, in this site) and the Atom feed
        each now serves: the blog's, and the tags' and categories' it wrote."""
        context = self.context
        if context.imported is None:
            return
        jekyll, base = context.imported.jekyll, context.site.base_path
        plan = self.placed.blog_files.plan
        pages = [(jekyll.feed_path, None), *old_feeds(plan, jekyll.old)]
        for path, page in pages:
            found = jekyll.old.in_new_site(path, base) if path else None
            if found:
                here = found.lstrip("/")
                yield here, self.placed.feeds.atom_at(page, here)
