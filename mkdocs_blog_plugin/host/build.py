"""One build of the blog inside an MkDocs build: what each MkDocs event asks of it."""

from __future__ import annotations

import os
import posixpath
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html import escape
from typing import cast
from urllib.parse import urljoin, urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from ..config import BlogConfig
from ..html.excerpt import cut_excerpt, mark_excerpt
from ..html.portable import PortableHtml, portable
from ..html.reading_time import reading_minutes
from ..html.redirect_page import redirect_html
from ..html.text import escaped, plain_text
from ..jekyll.dates import load_zone
from ..jekyll.liquid import LiquidMode, LiquidSite, render_liquid
from ..jekyll.problems import Problem
from ..jekyll.redirects import redirect_to_target
from ..jekyll_import import ImportedConfig
from ..model.authors import AuthorsData, load_authors
from ..model.posts import Blog, Post
from ..model.reading import ReadResult, ReadSettings, read_body, read_posts
from ..model.related import related_posts
from ..pages.model import BlogPage, ListingPage
from ..pages.plan import BlogPlan, PlanOptions, plan_pages
from ..views.blog_pages import blog_folder, render_blog_page
from ..views.entries import Entries
from ..views.maker import ViewMaker
from ..views.templates import PostView, Templates
from .feeds import SiteFeeds
from .generated_page import LISTING_MARKER, GeneratedPage
from .links import PostIndex, PostResolver, resolve_page_tags
from .nav import add_blog_section
from .post_links import SiteLinks
from .redirects import SiteRedirects
from .report import log
from .stylesheet import STYLESHEET_URI, stylesheet
from .timing import timed

AUTHORS_FILES = ("_data/authors.yml", "{blog}/.authors.yml")


class PostFile(File):
    """A post's file: a page wherever Jekyll would convert it (`.html` and `.mkdown` too)."""

    def is_documentation_page(self) -> bool:
        return True


@dataclass
class BlogBuild:
    options: BlogConfig
    config: MkDocsConfig
    serving: bool
    imported: ImportedConfig | None = None  # the old site's _config.yml (jekyll_config)
    templates: Templates = field(init=False)
    blog: Blog = field(default_factory=lambda: Blog([]))
    plan: BlogPlan = field(default_factory=BlogPlan)
    views: ViewMaker = field(init=False)
    entries: Entries = field(init=False)
    related: dict[str, tuple[Post, ...]] = field(default_factory=dict)
    _pages: dict[str, BlogPage] = field(default_factory=dict)  # src_uri → generated page
    _files: dict[str, File] = field(default_factory=dict)  # src_uri → file, posts and pages
    _user_pages: set[str] = field(default_factory=set)  # blog pages the user wrote text for
    _index: PostIndex | None = None
    _links: SiteLinks | None = None
    _current: Page | None = None
    _without_chrome: dict[str, str] = field(default_factory=dict)  # a post's content, while shown
    bodies: dict[str, str] = field(default_factory=dict)  # post source → its HTML body
    _bodies_to_read: dict[str, str] = field(default_factory=dict)  # until MkDocs reads them
    feeds: SiteFeeds = field(init=False)
    timings: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    redirects: SiteRedirects = field(default_factory=SiteRedirects)
    _taken_dests: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.templates = Templates(self.config.theme.dirs)
        self.feeds = SiteFeeds(self.options, self.config, self.templates)
        self.config.extra_css.append(STYLESHEET_URI)

    # on_files ----------------------------------------------------------------------------
    @timed("reading")
    def take_files(self, files: Files) -> Files:
        result = self._read(files)
        for problem in result.problems:
            log.warning(str(problem))
        for source in result.claimed:
            claimed = files.get_file_from_path(source)
            if claimed is not None:
                files.remove(claimed)
        self.blog = Blog.of(self._not_over_pages(result.posts, files))
        self._bodies_to_read = result.bodies
        for post in self.blog.posts:
            post_file = PostFile(
                post.source,
                self.config.docs_dir,
                self.config.site_dir,
                self.config.use_directory_urls,
                dest_uri=post.dest_uri,
                inclusion=InclusionLevel.NOT_IN_NAV,
            )
            files.append(post_file)
            self._files[post.source] = post_file
        self._add_blog_pages(files)
        css = stylesheet(self.config.theme.name)
        files.append(File.generated(self.config, STYLESHEET_URI, content=css))
        self.feeds.add_files(files, self.plan, self.blog.posts, set(self._files))
        self.views = self._view_maker(files)
        self.entries = Entries(self.views, self.templates)
        if self.options.related_posts > 0:
            self.related = related_posts(self.blog.posts, self.options.related_posts)
        self._index = PostIndex(self.blog.posts, (f.src_uri for f in files))
        self._links = SiteLinks(files, urlsplit(self.config.site_url or "/").path or "/")
        self._taken_dests = {file.dest_uri for file in files}
        if self.options.redirects:
            self._plan_redirects()
        self._summarise(result)
        return files

    def _plan_redirects(self) -> None:
        """Old URLs: `redirect_from`, the old permalink's, the old index pages'."""
        legacy = self.options.legacy_permalink or (
            self.imported.legacy_permalink if self.imported else None
        )
        self.redirects.plan(self.blog.posts, self._taken_dests, legacy)
        index = self.plan.pages[0]
        if self.imported is not None and isinstance(index, ListingPage):
            paginate_path = self.imported.jekyll.paginate_path
            self.redirects.plan_pagination(paginate_path, index.series, self._taken_dests)

    @staticmethod
    def _not_over_pages(posts: list[Post], files: Files) -> list[Post]:
        """A post whose URL is already a page of the site is refused: no silent overwrite."""
        pages = {file.dest_uri: file.src_uri for file in files}
        for post in posts:
            if post.dest_uri in pages:
                log.warning(
                    f"{post.source}: the post's URL {post.url} is already the page "
                    f"{pages[post.dest_uri]}: the post is skipped"
                )
        return [post for post in posts if post.dest_uri not in pages]

    def _read(self, files: Files) -> ReadResult:
        settings = ReadSettings(
            zone=load_zone(self.options.timezone),
            permalink=self.options.permalink,
            future=self.options.future,
            drafts=self.options.drafts is True or (self.options.drafts == "serve" and self.serving),
            now=datetime.now(timezone.utc),
            excerpt_separator=self.options.excerpt_separator,
            use_directory_urls=self.config.use_directory_urls,
            defaults=self.imported.jekyll.defaults if self.imported else (),
        )
        return read_posts(self.config.docs_dir, (f.src_uri for f in files), settings)

    def _add_blog_pages(self, files: Files) -> None:
        """Every generated page, unless it would take a post's place (then a warning)."""
        options = PlanOptions(
            blog_dir=self.options.blog_dir.strip("/"),
            paginate=self.options.paginate,
            tags=self.options.tags,
            categories=self.options.categories,
            archives=self.options.archives,
            slugify=self.options.slugify,
        )
        self.plan = plan_pages(self.blog, options)
        post_dests = {post.dest_uri: post.source for post in self.blog.posts}
        for page in self.plan.pages:
            own = files.get_file_from_path(page.src_uri)
            if own is not None:
                # The user's text, as a file MkDocs always rebuilds: the list below it changes
                # with the posts even when the text does not (--dirty).
                self._user_pages.add(page.src_uri)
                files.remove(own)
                file = File.generated(self.config, page.src_uri, content=own.content_string)
                files.append(file)
            else:
                file = File.generated(self.config, page.src_uri, content=LISTING_MARKER)
                if file.dest_uri in post_dests:
                    log.warning(
                        f"{post_dests[file.dest_uri]}: the post's URL is also the blog page "
                        f"{file.url!r}, which is not built"
                    )
                    continue
                files.append(file)
                GeneratedPage(file, self.config, page.title)
            file.inclusion = InclusionLevel.NOT_IN_NAV
            self._files[page.src_uri] = file
            self._pages[page.src_uri] = page

    def _view_maker(self, files: Files) -> ViewMaker:
        folder = self.plan.index.rsplit("/", 1)[0] if "/" in self.plan.index else ""
        terms = {
            kind: {
                name: posixpath.join(folder, kind, term.slug, "index.md")
                for name, term in by_name.items()
            }
            for kind, by_name in self.plan.terms.items()
        }
        return ViewMaker(
            urls={uri: file.url for uri, file in self._files.items()},
            terms=terms,
            date_format=self.options.date_format,
            authors=self._authors(files),
            excerpts={},
            reading_minutes={},
        )

    def _authors(self, files: Files) -> AuthorsData:
        """The authors data file: the `authors_file` option, or the first of AUTHORS_FILES."""
        wanted = self.options.authors_file
        candidates = (
            [wanted]
            if wanted
            else [name.format(blog=self.options.blog_dir.strip("/")) for name in AUTHORS_FILES]
        )
        for candidate in candidates:
            path = os.path.join(self.config.docs_dir, candidate)
            if not os.path.isfile(path):
                continue
            found = files.get_file_from_path(candidate)
            if found is not None:
                files.remove(found)  # data, as Jekyll's _data: not published
            with open(path, encoding="utf-8-sig") as f:
                data, problems = load_authors(candidate, f.read())
            for problem in problems:
                line = f":{problem.line}" if problem.line else ""
                log.warning(f"{candidate}{line}: {problem.message}")
            return data
        if wanted:
            log.warning(f"authors_file: {wanted!r} not found in docs_dir")
        return AuthorsData({})

    def _summarise(self, result: ReadResult) -> None:
        """The one INFO line a build logs about the blog."""
        skipped = result.skipped
        drafts = sum(post.draft for post in self.blog.posts)
        pages = len(self.blog.posts) + len(self._pages)
        others = ", ".join(
            f"{n} {reason}"
            for reason, n in sorted(skipped.items())
            if reason not in ("draft", "future", "unpublished")
        )
        log.info(
            f"jekyll-blog: {result.read} post files read, {len(self.blog.posts)} posts built "
            f"({drafts} drafts); skipped {skipped['draft']} drafts, {skipped['future']} future, "
            f"{skipped['unpublished']} unpublished{', ' + others if others else ''}; "
            f"{pages} pages made"
        )

    # on_nav ------------------------------------------------------------------------------
    @timed("nav")
    def add_nav(self, nav: Navigation) -> None:
        pages = [self._files[uri].page for uri in self.plan.nav if uri in self._files]
        shown = [page for page in pages if page is not None]
        if shown:
            add_blog_section(nav, shown)

    # on_page_read_source -----------------------------------------------------------------
    @timed("posts")
    def page_source(self, page: Page) -> str | None:
        post = self._post_of(page)
        # A leading newline keeps MkDocs from reading a body that starts with "---" as meta.
        if post is None:
            return None
        body = self._bodies_to_read.pop(post.source, None)
        return "\n" + (read_body(self.config.docs_dir, post) if body is None else body)

    # on_page_markdown --------------------------------------------------------------------
    @timed("posts")
    def page_markdown(self, markdown: str, page: Page) -> str:
        self._current = page
        blog_page = self._pages.get(page.file.src_uri)
        if blog_page is not None:
            if page.file.src_uri in self._user_pages:
                return f"{markdown}\n\n{LISTING_MARKER}\n"
            page.meta = {"title": escape(blog_page.title)}
            return markdown
        post = self._post_of(page)
        if post is None:
            return self._docs_page_links(markdown, page.file.src_uri)
        page.meta = {**escaped(dict(post.data)), "title": escape(post.display_title)}
        text = self._liquid(post, markdown)
        if post.converter == "identity":
            return text  # plain text: the whole post is its excerpt
        return mark_excerpt(text, post.excerpt_separator)

    def _docs_page_links(self, markdown: str, source: str) -> str:
        assert self._index is not None
        text, missing = resolve_page_tags(markdown, PostResolver(self._index, source))
        for message in missing:
            log.warning(f"{source}: {message}")
        return text

    def _liquid(self, post: Post, text: str) -> str:
        assert self._index is not None
        site = LiquidSite(
            baseurl=urlsplit(self.config.site_url or "").path.rstrip("/"),
            url=(self.config.site_url or "").rstrip("/"),
            mode=cast(LiquidMode, self.options.liquid),
            resolver=PostResolver(self._index, post.source),
        )
        # The body is served with one extra leading line (see page_source).
        result = render_liquid(text, site, first_line=post.body_line - 1)
        for problem in result.problems:
            line = f":{problem.line}" if problem.line else ""
            log.warning(f"{post.source}{line}: {problem.message}")
        if result.errors:
            raise PluginError(f"{post.source}: Liquid the blog cannot render (liquid: error)")
        return result.text

    # during Markdown, for each link of the page being rendered (link_guard) --------------
    @timed("posts")
    def rewrite_link(self, url: str) -> str:
        if self._current is None or self._links is None:
            return url
        problems: list[Problem] = []
        source = self._current.file.src_uri
        fixed = self._links.mend(
            url, source, problems, in_post=self._post_of(self._current) is not None
        )
        for problem in problems:
            log.warning(f"{source}: {problem.message}")
        return fixed

    # on_page_content ---------------------------------------------------------------------
    @timed("posts")
    def page_content(self, html: str, page: Page) -> str:
        """A post's body, without the excerpt marker; its excerpt and reading time kept for the
        listings, the body itself for the feeds that show it."""
        post = self._post_of(page)
        if post is None:
            return html
        if post.converter == "html":
            html = page.markdown or ""
        elif post.converter == "identity":  # plain text, shown as it is written
            html = f'<pre class="jb-text">{escape(page.markdown or "")}</pre>'

        html, excerpt = cut_excerpt(html)
        if self.feeds.wants_body(post.source):
            self.bodies[post.source] = html
        self.views.excerpts[post.source] = self._excerpt(post, excerpt, page.file.url)
        if self.options.reading_time:
            self.views.reading_minutes[post.source] = reading_minutes(html)
        return html

    def _excerpt(self, post: Post, rendered: str, page_url: str) -> PortableHtml:
        """Front matter `excerpt` replaces the cut one; it is plain text, not rendered."""
        own = post.front_matter_excerpt
        if own is None:
            return portable(rendered if post.excerpt_separator else "", page_url)
        text = plain_text(own)
        return PortableHtml((f"<p>{escape(text)}</p>" if text else "",), ())

    def _maybe_view(self, post: Post | None) -> PostView | None:
        return None if post is None else self.views.post(post)

    def _blog_page_of(self, page: Page) -> BlogPage | None:
        blog_page = self._pages.get(page.file.src_uri)
        return blog_page if page.file is self._files.get(page.file.src_uri) else None

    def _post_of(self, page: Page) -> Post | None:
        post = self.blog.get(page.file.src_uri)
        return post if post is not None and page.file is self._files.get(post.source) else None

    # on_env, first: posts a --dirty build skipped still feed the listings and feeds -------
    @timed("posts")
    def render_skipped_posts(self, files: Files) -> None:
        """Render (without writing) every post MkDocs did not render in this build."""
        for post in self.blog.posts:
            page = self._files[post.source].page
            if page is None or post.source in self.views.excerpts:
                continue
            page.read_source(self.config)
            page.markdown = self.page_markdown(page.markdown or "", page)
            page.render(self.config, files)
            self.page_content(page.content or "", page)

    # on_page_context, after search ---------------------------------------------------------
    def finish_content(self, page: Page) -> None:
        """A post's header and footer, a blog page's list. Every post is rendered by now, and
        search has indexed the page already: by its own text, not by the header, footer and
        listed excerpts the blog adds (indexing those made search cost more than the blog)."""
        if page.content is None:
            return
        post = self._post_of(page)
        if post is not None:
            self._without_chrome[page.file.src_uri] = page.content
            page.content = self._with_post_chrome(post, page.content, page.file.url)
        else:
            self._fill_blog_page(page, page.content)

    @timed("posts")
    def _with_post_chrome(self, post: Post, body: str, base: str) -> str:
        """The body is not passed through `on_page`: its links are MkDocs' already."""
        header = self.templates.post_header(self.views.post(post))
        footer = self.templates.post_footer(
            self._maybe_view(self.blog.newer(post)),
            self._maybe_view(self.blog.older(post)),
            [self.views.post(other) for other in self.related.get(post.source, ())],
        )
        header, footer = self.views.on_page(header, base), self.views.on_page(footer, base)
        return f'{header}\n<div class="jb-post-body">\n{body}\n</div>\n{footer}'

    @timed("listings")
    def _fill_blog_page(self, page: Page, content: str) -> None:
        blog_page = self._blog_page_of(page)
        if blog_page is None:
            return
        own_text = page.file.src_uri in self._user_pages
        html = render_blog_page(
            blog_page,
            page.file.url,
            None if own_text else blog_page.title,
            self.views,
            self.entries,
            self.templates,
            blog_folder(self.plan.index),
        )
        page.content = content.replace(LISTING_MARKER, html) if own_text else html

    # on_env, after the pages: every post is rendered, so the feeds can be written ---------
    @timed("feeds")
    def fill_feeds(self) -> None:
        self.feeds.fill(self.views, self.bodies)
        self.bodies.clear()  # the feeds are written

    # on_post_page and on_post_template ---------------------------------------------------
    def finish_page(self, html: str, page: Page | None) -> str:
        """Feed links in the head; a post with `redirect_to` becomes a redirect page. Once a page
        is in `html`, what the blog added to its content is dropped: a post keeps its body, a
        generated page nothing (at 10,000 posts they held about 200 MB to the end)."""
        if page is not None and self._blog_page_of(page) is not None:
            page.content = ""
        elif page is not None and page.file.src_uri in self._without_chrome:
            page.content = self._without_chrome.pop(page.file.src_uri)
        post = self._post_of(page) if page else None
        target = redirect_to_target(post.data.get("redirect_to")) if post else None
        if post is not None and target is not None:
            try:
                return redirect_html(urljoin(self.feeds.site_url, target), self.feeds.language)
            except ValueError as e:
                log.warning(f"{post.source}: redirect_to {target!r} is not used: {e}")
        return self._add_feed_links(html, page)

    @timed("feeds")
    def _add_feed_links(self, html: str, page: Page | None) -> str:
        return self.feeds.head_links(html, page.file.src_uri if page else None)

    # on_post_build -----------------------------------------------------------------------
    @timed("redirects")
    def write_redirects(self) -> None:
        if not self.options.redirects:
            return
        self.redirects.write(
            self.config.site_dir,
            self.feeds.site_url if self.config.site_url else None,
            self.views.urls,
            self.feeds.language,
        )
        self._serve_old_feed()

    def _serve_old_feed(self) -> None:
        """The Atom feed also at jekyll-feed's old address, unless the site has a file there."""
        old = self.imported.jekyll.feed_path if self.imported else None
        atom = self.feeds.blog_atom()
        if not old or atom is None:
            return
        if old in self._taken_dests:
            log.warning(f"jekyll-blog: the old feed address {old} is a page of this site")
            return
        path = os.path.join(self.config.site_dir, old)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(atom)
