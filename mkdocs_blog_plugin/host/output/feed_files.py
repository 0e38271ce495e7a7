"""The blog's feeds in an MkDocs build: their files, their content once every post is
rendered, and the `<link rel="alternate">` tags that announce them."""

from __future__ import annotations

import os
import posixpath
from collections.abc import Collection, Mapping

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ...config import BlogConfig
from ...feeds.atom_rss import styled
from ...feeds.feed import Feed, FeedAuthor, FeedEntry
from ...feeds.feed_plan import FeedSpec, plan_feeds
from ...feeds.formats import FORMATS
from ...feeds.pieces import Serialized
from ...html.head import into_head
from ...model.authors import AuthorsData
from ...model.posts import Post
from ...model.rendered import RenderedPost
from ...pages.kinds import ListingPage
from ...pages.plan import BlogPlan
from ...views.types import FeedLink
from ..context import BuildContext
from ..report import log
from ..site import SiteFacts
from .feed_entries import site_entry
from .write import write_output

STYLESHEET = "feed.css"  # in blog_dir: how a browser shows the Atom and RSS feeds


class SiteFeeds:
    def __init__(
        self,
        context: BuildContext,
        files: Files,
        plan: BlogPlan,
        posts: list[Post],
        built: Collection[str],
    ) -> None:
        """The feeds of the pages in `built` (their files added to `files`, filled later)."""
        self._memo = context.memo
        self._options = context.options
        self._config = context.config
        self._site = context.site
        self._templates = context.templates
        self._specs: list[FeedSpec] = []  # the blog's own feed first
        self._files: dict[str, File] = {}
        self._of_page: dict[str, FeedSpec] = {}  # a term's pages → its feed
        self._links: dict[str, str] = {}  # spec.page → its link tags
        self._full_content: set[str] = set()  # posts whose body a feed holds
        self._stylesheet: str | None = None  # src_uri of the CSS a browser shows feeds with
        self._add_files(files, plan, posts, built)

    def _add_files(
        self, files: Files, plan: BlogPlan, posts: list[Post], built: Collection[str]
    ) -> None:
        """Feed files for the pages in `built`; none without `site_url`."""
        feeds = self._options.feeds
        self._specs = planned_feeds(self._options, self._site, plan, posts, built)
        if self._specs and (feeds.atom or feeds.rss):
            self._stylesheet = posixpath.join(self._options.blog_dir.strip("/"), STYLESHEET)
            css = self._templates.feed_css()
            files.append(File.generated(self._config, self._stylesheet, content=css))
        if feeds.content == "full":
            self._full_content = {post.source for spec in self._specs for post in spec.posts}
        pages = {p.src_uri: p.page_uris for p in plan.pages if isinstance(p, ListingPage)}
        for spec in self._specs:
            for uri in spec.files.values():
                # Written straight into site_dir as it is made (MkDocs then leaves the file
                # alone), so that a build does not hold every feed in memory.
                path = os.path.join(self._config.site_dir, *uri.split("/"))
                self._files[uri] = File.generated(self._config, uri, abs_src_path=path)
                files.append(self._files[uri])
            if spec.label is not None:
                self._of_page.update(dict.fromkeys(pages.get(spec.page, ()), spec))

    def files(self) -> list[File]:
        return list(self._files.values())

    def wants_body(self, source: str) -> bool:
        """Whether a feed shows the whole post: only those bodies are kept for `fill`."""
        return source in self._full_content

    def fill(
        self, urls: Mapping[str, str], authors: AuthorsData, rendered: Mapping[str, RenderedPost]
    ) -> None:
        """Write every feed; `urls`: src_uri → MkDocs URL of the posts and blog pages."""
        entries: dict[str, FeedEntry] = {}
        for spec in self._specs:
            for post in spec.posts:
                if post.source not in entries:
                    entries[post.source] = site_entry(
                        post,
                        urls[post.source],
                        authors,
                        rendered.get(post.source),
                        self._site,
                        self._options.feeds.content,
                        self._memo,
                    )
        stylesheet, config, site = self._stylesheet, self._config, self._site
        feeds = [
            (spec, make_feed(spec, urls, entries, config, site, stylesheet)) for spec in self._specs
        ]
        # A post is in several feeds (the blog's, its tags', its categories'): each format
        # serializes it once, one format at a time, if a feed of that format shows it.
        for name in self._specs[0].files if self._specs else {}:
            feed_format = FORMATS[name]
            shown = [(spec, feed) for spec, feed in feeds if name in spec.files]
            needed = list(dict.fromkeys(entry for _, feed in shown for entry in feed.entries))
            pieces = self._memo.batch(f"{name} entry", needed, feed_format.serialize)
            serialized = Serialized(dict(zip(needed, pieces, strict=True)))
            for spec, feed in shown:
                path = self._files[spec.files[name]].abs_src_path
                assert path is not None  # made with one
                write_output(path, feed_format.write(feed, serialized))

    def head_links(self, html: str, src_uri: str | None) -> str:
        """`html` with the blog's feed links in its head, and the feeds of the tag or category
        page `src_uri` (None for theme templates such as 404.html)."""
        if not self._specs:
            return html
        links = self._link_tags(self._specs[0])
        spec = self._of_page.get(src_uri) if src_uri else None
        if spec is not None:
            links += self._link_tags(spec)
        return into_head(html, links)

    def offered(self, src_uri: str) -> list[FeedLink]:
        """The feeds a blog page offers to subscribe to: its own (a tag's, a category's, an
        author's), else the blog's; each URL a path in the site."""
        spec = self._of_page.get(src_uri) or (self._specs[0] if self._specs else None)
        if spec is None:
            return []
        return [
            FeedLink(FORMATS[name].media_type, FORMATS[name].name, uri)
            for name, uri in spec.files.items()
        ]

    def _link_tags(self, spec: FeedSpec) -> str:
        links = self._links.get(spec.page)
        if links is None:
            title = feed_title(self._config.site_name, self._site, spec)
            several = len(spec.files) > 1
            feed_links = []
            for name, uri in spec.files.items():
                feed_format = FORMATS[name]
                shown = f"{title} ({feed_format.name})" if several else title
                feed_links.append(FeedLink(feed_format.media_type, shown, self._site.url + uri))
            links = self._links[spec.page] = self._templates.feed_links(feed_links)
        return links

    def atom_at(self, src_uri: str | None, at: str) -> bytes | None:
        """The Atom feed of the blog (None) or of the tag's or category's page `src_uri`, once
        written, as a copy at the site path `at` serves it: naming its stylesheet from there."""
        if src_uri is None:
            spec = self._specs[0] if self._specs else None
        else:
            spec = self._of_page.get(src_uri)
        uri = spec.files.get("atom") if spec is not None else None
        if uri is None:
            return None
        atom = self._files[uri].content_bytes
        if self._stylesheet is None:
            return atom
        return styled(atom, posixpath.relpath(self._stylesheet, posixpath.dirname(at) or "."))


def make_feed(
    spec: FeedSpec,
    urls: Mapping[str, str],
    entries: dict[str, FeedEntry],
    config: MkDocsConfig,
    site: SiteFacts,
    stylesheet: str | None,
) -> Feed:
    """The feed `spec` plans, of the `entries` made once for every feed; `stylesheet`: the
    src_uri of the CSS a browser shows Atom and RSS with."""
    author = config.site_author

    def absolute(uri: str | None) -> str | None:
        return None if uri is None else site.url + uri

    return Feed(
        title=feed_title(config.site_name, site, spec),
        subtitle=config.site_description,
        home_url=site.url + urls.get(spec.page, ""),
        language=site.language,
        author=FeedAuthor(author) if author else None,
        atom_url=absolute(spec.files.get("atom")),
        rss_url=absolute(spec.files.get("rss")),
        json_url=absolute(spec.files.get("json")),
        entries=tuple(entries[post.source] for post in spec.posts),
        stylesheet=None if stylesheet is None else posixpath.relpath(stylesheet, spec.folder),
    )


def feed_title(site_name: str, site: SiteFacts, spec: FeedSpec) -> str:
    """ "Site", "Site | Tag: irmin"; a second blog's own feed "Site | Releases"."""
    label = spec.label
    if label is None and not site.first_blog:
        label = site.blog_title
    return site_name + (f" | {label}" if label else "")


def planned_feeds(
    options: BlogConfig, site: SiteFacts, plan: BlogPlan, posts: list[Post], built: Collection[str]
) -> list[FeedSpec]:
    """The feeds the options ask for, of the pages in `built`: none without `site_url`."""
    feeds = options.feeds
    names = {"atom": feeds.atom, "rss": feeds.rss, "json": feeds.json}
    if not any(names.values()):
        return []
    if not site.has_url:
        log.warning(
            "jekyll-blog: no feeds are written: they need absolute URLs, so set site_url "
            "in mkdocs.yml (mkdocs serve sets it by itself)"
        )
        return []
    specs = plan_feeds(
        plan,
        posts,
        names,
        feeds.limit,
        feeds.per_tag and options.tags,
        feeds.per_category and options.categories,
        feeds.term_formats,
        feeds.per_author and options.authors,
    )
    return [spec for spec in specs if spec.page in built]
