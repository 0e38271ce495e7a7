"""The blog's feeds in an MkDocs build: their files, their content once every post is
rendered, and the `<link rel="alternate">` tags that announce them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from ..config import BlogConfig
from ..feeds.atom_rss import atom_entries, atom_xml, rss_items, rss_xml
from ..feeds.entries import feed_entry
from ..feeds.json_feed import json_feed, json_items
from ..feeds.model import Feed, FeedAuthor, FeedEntry
from ..feeds.pieces import Serialized
from ..feeds.plan import FeedSpec, plan_feeds
from ..html.absolute_links import absolute_html
from ..jekyll.dates import load_zone
from ..model.posts import Post
from ..pages.model import ListingPage
from ..pages.plan import BlogPlan
from ..views.maker import ViewMaker
from ..views.templates import FeedLink, Templates
from .report import log

# format → (its feed writer, what serializes the feed's entries for it)
WRITERS = {
    "atom": (atom_xml, atom_entries),
    "rss": (rss_xml, rss_items),
    "json": (json_feed, json_items),
}
FORMAT_NAMES = {"atom": "Atom", "rss": "RSS", "json": "JSON Feed"}
MEDIA_TYPES = {
    "atom": "application/atom+xml",
    "rss": "application/rss+xml",
    "json": "application/feed+json",
}


@dataclass
class SiteFeeds:
    options: BlogConfig
    config: MkDocsConfig
    templates: Templates
    specs: list[FeedSpec] = field(default_factory=list)  # the blog's own feed first
    _files: dict[str, File] = field(default_factory=dict)
    _of_page: dict[str, FeedSpec] = field(default_factory=dict)  # a term's pages → its feed
    _links: dict[str, str] = field(default_factory=dict)  # spec.page → its link tags
    _full_content: set[str] = field(default_factory=set)  # posts whose body a feed holds

    @property
    def site_url(self) -> str:
        url = self.config.site_url or ""
        return url if url.endswith("/") else url + "/"

    def add_files(self, files: Files, plan: BlogPlan, posts: list[Post], built: set[str]) -> None:
        """Feed files for the pages in `built` (filled later); none without `site_url`."""
        feeds = self.options.feeds
        names = {"atom": feeds.atom, "rss": feeds.rss, "json": feeds.json}
        if not any(names.values()):
            return
        if not self.config.site_url:
            log.warning(
                "jekyll-blog: no feeds are written: they need absolute URLs, so set site_url "
                "in mkdocs.yml (mkdocs serve sets it by itself)"
            )
            return
        specs = plan_feeds(
            plan,
            posts,
            names,
            feeds.limit,
            feeds.per_tag and self.options.tags,
            feeds.per_category and self.options.categories,
        )
        self.specs = [spec for spec in specs if spec.page in built]
        if feeds.content == "full":
            self._full_content = {post.source for spec in self.specs for post in spec.posts}
        series = {page.src_uri: page.series for page in plan.pages if isinstance(page, ListingPage)}
        for spec in self.specs:
            for uri in spec.files.values():
                # Written straight into site_dir as it is made (MkDocs then leaves the file
                # alone): at 10,000 posts the feeds are some 60 MB a build would hold otherwise.
                path = os.path.join(self.config.site_dir, *uri.split("/"))
                self._files[uri] = File.generated(self.config, uri, abs_src_path=path)
                files.append(self._files[uri])
            if spec.label is not None:
                self._of_page.update(dict.fromkeys(series.get(spec.page, ()), spec))

    def wants_body(self, source: str) -> bool:
        """Whether a feed shows the whole post: only those bodies are kept for `fill`."""
        return source in self._full_content

    def fill(self, views: ViewMaker, bodies: dict[str, str]) -> None:
        """Write every feed's content; `bodies` holds the rendered HTML `wants_body` asked for."""
        entries: dict[str, FeedEntry] = {}
        zone = load_zone(self.options.timezone)
        for spec in self.specs:
            for post in spec.posts:
                if post.source not in entries:
                    body = bodies.get(post.source)
                    entries[post.source] = self._entry(post, views, body, zone)
        feeds = [(spec, self._feed(spec, views, entries)) for spec in self.specs]
        # A post is in several feeds (the blog's, its tags', its categories'): each format
        # serializes it once, one format at a time.
        for fmt in self.specs[0].files if self.specs else {}:
            write, serialize = WRITERS[fmt]
            serialized = Serialized(serialize, list(entries.values()))
            for spec, feed in feeds:
                if fmt in spec.files:
                    _write(self._files[spec.files[fmt]].abs_src_path, write(feed, serialized))

    def _feed(self, spec: FeedSpec, views: ViewMaker, entries: dict[str, FeedEntry]) -> Feed:
        return Feed(
            title=self._title(spec),
            subtitle=self.config.site_description,
            home_url=self.site_url + views.urls.get(spec.page, ""),
            language=self.language,
            author=FeedAuthor(self.config.site_author) if self.config.site_author else None,
            atom_url=self._absolute(spec.files.get("atom")),
            rss_url=self._absolute(spec.files.get("rss")),
            json_url=self._absolute(spec.files.get("json")),
            entries=tuple(entries[post.source] for post in spec.posts),
        )

    def _entry(self, post: Post, views: ViewMaker, body: str | None, zone: ZoneInfo) -> FeedEntry:
        page_url = views.urls[post.source]
        url = self.site_url + page_url
        excerpt = views.excerpts.get(post.source)
        excerpt_html = excerpt.on_page(page_url) if excerpt else ""
        content = excerpt_html if self.options.feeds.content == "excerpt" else body
        return feed_entry(
            post,
            url,
            absolute_html(content, url) if content else None,
            excerpt_html,
            [views.authors.resolve(name) for name in post.authors],
            self.site_url,
            zone,
        )

    def head_links(self, html: str, src_uri: str | None) -> str:
        """`html` with the blog's feed links in its head, and the feeds of the tag or category
        page `src_uri` (None for theme templates such as 404.html)."""
        head_end = html.find("</head>")
        if not self.specs or head_end < 0:
            return html
        links = self._link_tags(self.specs[0])
        spec = self._of_page.get(src_uri) if src_uri else None
        if spec is not None:
            links += self._link_tags(spec)
        return f"{html[:head_end]}{links}\n{html[head_end:]}"

    def _link_tags(self, spec: FeedSpec) -> str:
        links = self._links.get(spec.page)
        if links is None:
            title = self._title(spec)
            several = len(spec.files) > 1
            links = self._links[spec.page] = self.templates.feed_links(
                [
                    FeedLink(
                        MEDIA_TYPES[fmt],
                        f"{title} ({FORMAT_NAMES[fmt]})" if several else title,
                        self.site_url + uri,
                    )
                    for fmt, uri in spec.files.items()
                ]
            )
        return links

    def _title(self, spec: FeedSpec) -> str:
        return self.config.site_name + (f" | {spec.label}" if spec.label else "")

    def _absolute(self, uri: str | None) -> str | None:
        return None if uri is None else self.site_url + uri

    def blog_atom(self) -> bytes | None:
        """The blog's own Atom feed, once written."""
        uri = self.specs[0].files.get("atom") if self.specs else None
        return self._files[uri].content_bytes if uri else None

    @property
    def language(self) -> str | None:
        """The theme's language as a language tag (`pt_BR` → `pt-BR`)."""
        theme = self.config.theme
        language = theme.get("language") or theme.get("locale")
        return str(language).replace("_", "-") if language else None


def _write(path: str | None, content: bytes) -> None:
    assert path is not None
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(content)
