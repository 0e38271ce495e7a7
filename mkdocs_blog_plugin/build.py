"""One build of the blog inside an MkDocs build: what each MkDocs event asks of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from html import escape
from typing import cast
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from .config import BlogConfig
from .excerpt_html import cut_excerpt, mark_excerpt
from .jekyll.dates import load_zone
from .jekyll.liquid import LiquidMode, LiquidSite, render_liquid
from .jekyll.problems import Problem
from .links import PostIndex, PostResolver
from .log import log
from .nav import ensure_blog_section
from .pages import LISTING_MARKER, ListingPage, index_pages
from .post_links import SiteLinks
from .posts import Blog, Post
from .reading import ReadResult, ReadSettings, read_posts
from .rendering import Pager, PostView, Templates
from .text import plain_text


class PostFile(File):
    """A post's file: a page wherever Jekyll would convert it (`.html` and `.mkdown` too)."""

    def is_documentation_page(self) -> bool:
        return True


@dataclass
class BlogBuild:
    options: BlogConfig
    config: MkDocsConfig
    serving: bool
    templates: Templates = field(init=False)
    blog: Blog = field(init=False)
    listings: dict[str, ListingPage] = field(default_factory=dict)
    excerpts: dict[str, str] = field(default_factory=dict)
    _files: dict[str, File] = field(default_factory=dict)
    _index: PostIndex | None = None
    _links: SiteLinks | None = None
    _current: Page | None = None

    def __post_init__(self) -> None:
        self.templates = Templates(self.config.theme.dirs, self.options.date_format)
        self.blog = Blog([])

    # on_files ----------------------------------------------------------------------------
    def take_files(self, files: Files) -> Files:
        result = self._read(files)
        for problem in result.problems:
            log.warning(str(problem))
        for source in result.claimed:
            claimed = files.get_file_from_path(source)
            if claimed is not None:
                files.remove(claimed)
        self.blog = Blog.of(result.posts)
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
        self._add_listings(files)
        self._index = PostIndex(self.blog.posts, (f.src_uri for f in files))
        self._links = SiteLinks(files, urlsplit(self.config.site_url or "/").path or "/")
        self._summarise(result)
        return files

    def _read(self, files: Files) -> ReadResult:
        settings = ReadSettings(
            zone=load_zone(self.options.timezone),
            permalink=self.options.permalink,
            future=self.options.future,
            drafts=self.options.drafts is True or (self.options.drafts == "serve" and self.serving),
            now=datetime.now(timezone.utc),
            excerpt_separator=self.options.excerpt_separator,
            use_directory_urls=self.config.use_directory_urls,
        )
        return read_posts(self.config.docs_dir, (f.src_uri for f in files), settings)

    def _add_listings(self, files: Files) -> None:
        pages = index_pages(self.options.blog_dir, self.blog.posts, self.options.paginate)
        for listing in pages:
            self.listings[listing.src_uri] = listing
            existing = files.get_file_from_path(listing.src_uri)
            if existing is None:
                existing = File.generated(self.config, listing.src_uri, content=listing.source)
                files.append(existing)
            existing.inclusion = InclusionLevel.NOT_IN_NAV
            self._files[listing.src_uri] = existing

    def _summarise(self, result: ReadResult) -> None:
        """The one INFO line a build logs about the blog."""
        skipped = result.skipped
        drafts = sum(post.draft for post in self.blog.posts)
        pages = len(self.blog.posts) + len(self.listings)
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
    def add_nav(self, nav: Navigation) -> None:
        index = self._files[next(iter(self.listings))].page
        if index is not None:
            ensure_blog_section(nav, index)

    # on_page_read_source -----------------------------------------------------------------
    def page_source(self, page: Page) -> str | None:
        post = self.blog.get(page.file.src_uri)
        if post is None or page.file is not self._files.get(post.source):
            return None
        # A leading newline keeps MkDocs from reading a body that starts with "---" as meta.
        return "\n" + post.body

    # on_page_markdown --------------------------------------------------------------------
    def page_markdown(self, markdown: str, page: Page) -> str:
        self._current = page
        listing = self.listings.get(page.file.src_uri)
        if listing is not None and LISTING_MARKER not in markdown:
            return f"{markdown}\n\n{LISTING_MARKER}\n"
        post = self._post_of(page)
        if post is None:
            return markdown
        page.meta = {**post.data, "title": escape(plain_text(post.title), quote=False)}
        text = self._liquid(post, markdown)
        return mark_excerpt(text, post.excerpt_separator)

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
    def page_content(self, html: str, page: Page) -> str:
        post = self._post_of(page)
        if post is None:
            return html
        if post.converter != "markdown":
            html = page.markdown or ""
        html, excerpt = cut_excerpt(html)
        self.excerpts[post.source] = self._excerpt(post, excerpt)
        header = self.templates.post_header(self._view(post, page.file))
        footer = self.templates.post_footer(
            self._maybe_view(self.blog.newer(post), page.file),
            self._maybe_view(self.blog.older(post), page.file),
        )
        return f"{header}\n{html}\n{footer}"

    def _excerpt(self, post: Post, rendered: str) -> str:
        """Front matter `excerpt` replaces the cut one; it is plain text, not rendered."""
        own = post.front_matter_excerpt
        if own is None:
            return rendered if post.excerpt_separator else ""
        text = plain_text(own)
        return f"<p>{escape(text)}</p>" if text else ""

    def _view(self, post: Post, base: File, excerpt: str | None = None) -> PostView:
        url = get_relative_url(self._files[post.source].url, base.url)
        return self.templates.view(post, url, excerpt)

    def _maybe_view(self, post: Post | None, base: File) -> PostView | None:
        return None if post is None else self._view(post, base)

    def _post_of(self, page: Page) -> Post | None:
        post = self.blog.get(page.file.src_uri)
        return post if post is not None and page.file is self._files.get(post.source) else None

    # on_env ------------------------------------------------------------------------------
    def fill_listings(self) -> None:
        numbered = {listing.number: self._files[uri] for uri, listing in self.listings.items()}
        for uri, listing in self.listings.items():
            file = self._files[uri]
            page = file.page
            if page is None or page.content is None:
                continue
            views = [
                self._view(post, file, self.excerpts.get(post.source, "")) for post in listing.posts
            ]
            pager = Pager(
                number=listing.number,
                total=listing.total,
                newer=self._page_link(numbered.get(listing.number - 1), file),
                older=self._page_link(numbered.get(listing.number + 1), file),
            )
            page.content = page.content.replace(
                LISTING_MARKER, self.templates.listing(views, pager)
            )

    @staticmethod
    def _page_link(target: File | None, base: File) -> str | None:
        return None if target is None else get_relative_url(target.url, base.url)
