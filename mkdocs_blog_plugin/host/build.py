"""One build of the blog inside an MkDocs build: each MkDocs event handed to the module that
does its work."""

from __future__ import annotations

from functools import partial

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..config import BlogConfig
from ..jekyll_import import ImportedConfig
from ..model.rendered import RenderedPost
from ..views.maker import ViewMaker
from ..views.templates import Templates
from .feeds import SiteFeeds
from .files import BlogFiles, add_blog_files, read_settings
from .filled_pages import FilledPages, blog_key
from .kept_renders import KeptRenders
from .latest_lists import LatestLists
from .links import PageLinks
from .listing_pages import ListingPages
from .memo import Memo
from .nav import add_blog_section
from .neighbours.i18n import other_language
from .neighbours.material_blog import refuse_a_shared_folder
from .neighbours.print_site import print_filled_page
from .neighbours.told import tell_neighbours
from .post_pages import PostPages
from .redirects import plan_redirects, write_old_feed
from .report import log, report
from .site import SiteFacts
from .stylesheet import STYLESHEET_URI
from .template_files import remembered_renders, theme_files
from .timing import Timings
from .unlisted import UnlistedPages, noindex


class BlogBuild:
    def __init__(
        self,
        options: BlogConfig,
        config: MkDocsConfig,
        site: SiteFacts,
        serving: bool,
        imported: ImportedConfig | None,
        memo: Memo,
    ) -> None:
        refuse_a_shared_folder(config, options.blog_dir)
        self.options, self.config, self.site = options, config, site
        self.serving, self.imported = serving, imported
        self.timings = Timings()
        files = self.theme_files = theme_files(config)
        remember = remembered_renders(memo, files)
        self.templates = Templates(config.theme.dirs, remember, site.labels)
        self.kept_renders = KeptRenders(memo, files) if serving else None
        self.memo = memo
        self.feeds = SiteFeeds(options, config, site, templates=self.templates, memo=memo)
        self.unlisted = UnlistedPages()
        self.latest = LatestLists()
        config.extra_css.append(STYLESHEET_URI)

    def on_files(self, files: Files) -> Files:
        with self.timings.phase("reading"):
            settings = read_settings(
                self.options, self.config, self.site, self.serving, self.imported
            )
            blog_files = self.blog_files = add_blog_files(
                files, self.options, self.config, settings, self.site, self.memo
            )
            blog = blog_files.blog
            self.feeds.add_files(files, blog_files.plan, blog.listed, blog_files.files)
            self.urls = blog_files.urls
            self.links = PageLinks(blog.posts, files, self.site.base_path)
            self.posts = PostPages(
                blog_files,
                self.options,
                self.config,
                self.site,
                self.links,
                self.feeds.wants_body,
                self.memo,
                self.serving,
            )
            self.listings = ListingPages(blog_files)
            self.taken = frozenset(file.dest_uri for file in files)
            self.redirects = plan_redirects(blog_files, self.taken, self.options, self.imported)
            tell_neighbours(self.config, blog_files)
            # Another language's build links to the blog of the default language's one.
            self.elsewhere = other_language(self.config) is not None
        return files

    def on_nav(self, nav: Navigation) -> None:
        with self.timings.phase("nav"):
            files = self.blog_files.files
            pages = [files[uri].page for uri in self.blog_files.plan.nav if uri in files]
            shown = [page for page in pages if page is not None]
            if shown:
                add_blog_section(nav, shown, self.site.labels["blog"])

    def page_source(self, page: Page) -> str | None:
        with self.timings.phase("posts"):
            post = self.posts.post_of(page)
            return None if post is None else self.posts.source(post)

    def page_markdown(self, markdown: str, page: Page) -> str:
        with self.timings.phase("posts"):
            post = self.posts.post_of(page)
            if post is not None:
                return self.posts.markdown(markdown, page, post)
            blog_page = self.listings.page_of(page)
            if blog_page is not None:
                return self.listings.markdown(markdown, page, blog_page)
            self.latest.read(markdown, page.file.src_uri)
            text, missing = self.links.in_docs_page(markdown, page.file.src_uri)
            for problem in missing:
                report(page.file.src_uri, problem)
            return text

    def rewrite_link(self, url: str, source: str | None) -> str:
        """For each link of a page MkDocs renders (the links module's LinkGuard)."""
        with self.timings.phase("posts"):
            fixed, problems = self.links.mend(url, source)
            for problem in problems:
                report(source or "jekyll-blog", problem)
            return fixed

    def page_content(self, html: str, page: Page, files: Files) -> str:
        with self.timings.phase("posts"):
            post = self.posts.post_of(page)
            return html if post is None else self.posts.content(html, page, post, files)

    def on_env(self, files: Files, env: Environment) -> None:
        """Every page is rendered by now: the views and the feeds can be made."""
        if self.elsewhere:  # the pages' links and nav are made: they are not written again
            for file in [*self.blog_files.files.values(), *self.feeds.files()]:
                files.remove(file)
            return
        with self.timings.phase("posts"):
            self.posts.render_skipped(files)
        rendered = self.posts.take_rendered()
        inputs = (self.options, self.site, self.theme_files, self.blog_files, rendered)
        self.filled = FilledPages(self.memo, blog_key(*inputs) if self.serving else None)
        with self.timings.phase("feeds"):
            self.feeds.fill(self.urls, self.blog_files.authors, rendered)
        self.views = _views(self.blog_files, self.urls, rendered, self.templates, self.site)
        posts = self.blog_files.blog.posts
        self.unlisted.hide(self.posts.pages(post for post in posts if post.unlisted))
        if self.kept_renders is not None:
            pages = [file.page for file in self.blog_files.files.values() if file.page]
            self.kept_renders.take_over(env, self.config.theme.dirs, pages)

    def page_context(self, page: Page) -> None:
        """A post's header and footer, a blog page's list, added after search has indexed the
        page: by its own text, not by the excerpts and links the blog adds."""
        if page.content is None:
            return
        post = self.posts.post_of(page)
        if post is not None:
            self.unlisted.show(page)
            with self.timings.phase("posts"):
                fill = partial(self.posts.add_chrome, page, post, self.views, self.templates)
                self.filled.fill(page, fill)
            return
        blog_page = self.listings.page_of(page)
        if blog_page is not None:
            with self.timings.phase("listings"):
                fill = partial(self.listings.fill, page, blog_page, self.views, self.templates)
                self.filled.fill(page, fill)
                print_filled_page(self.config, page)
            return
        if not self.elsewhere:  # another language's build makes no views
            blog, authors = self.blog_files.blog, self.blog_files.authors
            self.latest.fill(page, blog.listed, authors, self.views, self.templates)

    def render(self, context: TemplateContext, page: Page) -> None:
        """Last of all plugins: the theme's render of a blog page, kept from the build before
        if nothing it is made from changed (under `mkdocs serve`)."""
        if self.kept_renders is not None:
            self.kept_renders.render(context, page)

    def post_page(self, html: str, page: Page | None) -> str:
        """Feed links in the head; a post with `redirect_to` becomes a redirect page."""
        post = self.posts.post_of(page) if page is not None else None
        redirect = self.posts.redirect_page(post) if post is not None else None
        if redirect is not None:
            return redirect
        with self.timings.phase("feeds"):
            html = self.feeds.head_links(html, page.file.src_uri if page else None)
        return noindex(html) if post is not None and post.unlisted else html

    def before_search_index(self) -> None:
        self.unlisted.drop_from_search(self.config)

    def on_post_build(self) -> None:
        if self.kept_renders is not None:
            log.info(self.kept_renders.summary())
        with self.timings.phase("redirects"):
            if self.options.redirects and not self.elsewhere:
                self.redirects.write(self.config.site_dir, self.site, self.urls)
                old = self.imported.jekyll.feed_path if self.imported else None
                write_old_feed(self.config.site_dir, old, self.feeds.blog_atom(), self.taken)


def _views(
    blog_files: BlogFiles,
    urls: dict[str, str],
    rendered: dict[str, RenderedPost],
    templates: Templates,
    site: SiteFacts,
) -> ViewMaker:
    """The views of one build, made once the feeds are written: the bodies they showed are
    let go."""
    lean = {source: RenderedPost(r.excerpt, r.reading_minutes) for source, r in rendered.items()}
    return ViewMaker(urls, blog_files.plan, lean, blog_files.authors, templates, site.dates)
