"""One build of one blog inside an MkDocs build: each MkDocs event up to the pages' rendering
handed to the module that does its work; from on_env on, `finishing` does the rest."""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from ..config import BlogConfig
from ..jekyll_import import ImportedConfig
from ..views.templates import Templates
from .blogs import SiteBlog, builds_of, posts_of, warn_of_unread_posts
from .feeds import SiteFeeds
from .finishing import BlogFinishing, BuiltParts, finish
from .links.nav import add_blog_section
from .links.page_links import PageLinks
from .neighbours.i18n import other_language
from .neighbours.left_alone import tell_neighbours
from .neighbours.material_blog import refuse_a_shared_folder
from .placing.blog_files import add_blog_files, read_settings
from .placing.stylesheet import STYLESHEET_URI
from .redirects import SiteRedirects, plan_redirects
from .roles.docs_pages import DocsPages
from .roles.latest_lists import LatestLists
from .roles.listing_pages import ListingPages
from .roles.post_markdown import PostMarkdown
from .roles.post_pages import PostPages
from .serve.memo import Memo
from .serve.theme_files import remembered_renders, theme_files
from .site import SiteFacts
from .timing import Timings


class BlogBuild:
    def __init__(
        self,
        options: BlogConfig,
        config: MkDocsConfig,
        site: SiteFacts,
        serving: bool,
        imported: ImportedConfig | None,
        memo: Memo,
        blogs: list[SiteBlog],
        plugin: object,
    ) -> None:
        """`blogs`: every blog of the site, `plugin` among them this one's."""
        refuse_a_shared_folder(config, options.blog_dir)
        self.options, self.config, self.site = options, config, site
        self.serving, self.imported, self.memo = serving, imported, memo
        self.blogs, self.first = blogs, blogs[0].plugin is plugin
        self.reads = posts_of(blogs, plugin)
        self.timings = Timings()
        files = self.theme_files = theme_files(config)
        remember = remembered_renders(memo, files)
        self.templates = Templates(config.theme.dirs, remember, site.labels)
        self.feeds = SiteFeeds(options, config, site, templates=self.templates, memo=memo)
        self.latest = LatestLists()
        self.redirects = SiteRedirects()  # planned once every blog's files are in the site
        self.finishing: BlogFinishing | None = None  # once every page is rendered
        kramdown = options.markdown == "kramdown"
        self.dialect = PostMarkdown(options.kramdown if kramdown else None)
        config.markdown_extensions.append(self.dialect)  # type: ignore[arg-type]
        if STYLESHEET_URI not in config.extra_css:  # one stylesheet for every blog
            config.extra_css.append(STYLESHEET_URI)

    def on_files(self, files: Files) -> Files:
        with self.timings.phase("reading"):
            if self.first:
                warn_of_unread_posts(self.blogs, (file.src_uri for file in files))
            settings = read_settings(
                self.options, self.config, self.site, self.serving, self.imported, files
            )
            blog_files = self.blog_files = add_blog_files(
                files, self.options, self.config, settings, self.site, self.reads, self.memo
            )
            blog = blog_files.blog
            self.feeds.add_files(files, blog_files.plan, blog.listed, blog_files.files)
            self.listings = ListingPages(blog_files)
            tell_neighbours(self.config, blog_files)
            # Another language's build links to the blog of the default language's one.
            self.elsewhere = other_language(self.config) is not None
        return files

    def on_nav(self, nav: Navigation, files: Files) -> None:
        """Every blog's files are in the site: links may lead from one blog to another, and
        redirects go where no page (nor another blog's redirect) is."""
        with self.timings.phase("nav"):
            builds = list(builds_of(self.blogs))
            every_post = [post for build in builds for post in build.blog_files.blog.posts]
            own = self.blog_files.blog.posts
            links = PageLinks(every_post, files, self.site.base_path, own)
            dirs = [blog.blog_dir for blog in self.blogs]
            self.docs = DocsPages(links, self.latest, self.options.blog_dir, dirs, self.first)
            self.posts = PostPages(
                self.blog_files,
                self.options,
                self.config,
                self.site,
                links,
                self.feeds.wants_body,
                self.dialect,
                self.memo,
                self.serving,
            )
            earlier = builds[: builds.index(self)]
            redirected = {path for build in earlier for path in build.redirects.planned}
            self.taken = frozenset(file.dest_uri for file in files) | redirected
            self.redirects = plan_redirects(
                self.blog_files, self.taken, self.options, self.imported, self.site.base_path
            )
            blog_files = self.blog_files
            pages = [blog_files.files[uri].page for uri in blog_files.plan.nav]
            shown = [page for page in pages if page is not None]
            if shown:
                add_blog_section(nav, shown, blog_files.plan.title)

    def owns(self, page: Page) -> bool:
        """Whether `page` is one of this blog's posts or generated pages."""
        return self.posts.post_of(page) is not None or self.listings.page_of(page) is not None

    def is_docs_page(self, page: Page) -> bool:
        return not any(build.owns(page) for build in builds_of(self.blogs))

    def page_source(self, page: Page) -> str | None:
        with self.timings.phase("posts"):
            post = self.posts.post_of(page)
            return None if post is None else self.posts.source(post)

    def any_page_source(self, page: Page) -> str | None:
        """The text of any blog's post (this blog reads for them all, see plugin.py)."""
        for build in builds_of(self.blogs):
            source = build.page_source(page)
            if source is not None:
                return source
        return None

    def page_markdown(self, markdown: str, page: Page) -> str:
        """A post's Liquid, a generated page's text; in a docs page, the latest-posts markers
        that ask for this blog, and (the first blog, for all) `post_url` and `link` tags."""
        with self.timings.phase("posts"):
            post = self.posts.post_of(page)
            if post is not None:
                return self.posts.markdown(markdown, page, post)
            self.dialect.read(None)
            blog_page = self.listings.page_of(page)
            if blog_page is not None:
                return self.listings.markdown(markdown, page, blog_page)
            if not self.is_docs_page(page):  # another blog's
                return markdown
            return self.docs.markdown(markdown, page.file.src_uri)

    def rewrite_link(self, url: str, source: str | None) -> str:
        """For each link of a page MkDocs renders (links/page_links.py's LinkGuard)."""
        with self.timings.phase("posts"):
            return self.docs.mend(url, source)

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
        self.finishing = finish(self._parts(), env, self.memo, self.theme_files, self.serving)

    def _parts(self) -> BuiltParts:
        return BuiltParts(
            options=self.options,
            config=self.config,
            site=self.site,
            imported=self.imported,
            blog_files=self.blog_files,
            posts=self.posts,
            listings=self.listings,
            latest=self.latest,
            feeds=self.feeds,
            templates=self.templates,
            timings=self.timings,
            taken=self.taken,
            redirects=self.redirects,
            is_docs_page=self.is_docs_page,
        )

    def post_page(self, html: str, page: Page | None) -> str:
        """Once finishing: its work; in another language's build, the blog's feed links."""
        if self.finishing is not None:
            return self.finishing.post_page(html, page)
        with self.timings.phase("feeds"):
            return self.feeds.head_links(html, page.file.src_uri if page else None)
