"""Views of posts and blog pages for the templates.

A post's view is made once a build and shown on many pages, so its links to the site are
tokens; `on_page` makes them relative to the page that shows the rendered HTML.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from markupsafe import Markup
from mkdocs.utils import get_relative_url

from .authors import AuthorsData
from .pages.model import ArchivePage, ListingKind, TermsPage
from .portable_html import LinkRecorder, PortableHtml
from .posts import Post
from .rendering import AuthorView, Link, MonthView, PostView, YearView

Linker = Callable[[str], str]  # a site path → the URL written in the HTML


@dataclass
class ViewMaker:
    urls: Mapping[str, str]  # src_uri → MkDocs URL of every page the blog links to
    terms: Mapping[ListingKind, Mapping[str, str]]  # kind → term name → src_uri of its page
    date_format: str
    authors: AuthorsData
    excerpts: dict[str, PortableHtml]  # post source → excerpt, filled as posts are rendered
    reading_minutes: dict[str, int]  # post source → minutes, likewise
    _record: LinkRecorder = field(default_factory=LinkRecorder)
    _posts: dict[str, PostView] = field(default_factory=dict)

    def relative(self, src_uri: str | None, base: str) -> str | None:
        """The URL of the page made from `src_uri`, relative to the page at URL `base`."""
        url = self.urls.get(src_uri) if src_uri is not None else None
        return None if url is None else get_relative_url(url, base)

    def post(self, post: Post) -> PostView:
        """The post, excerpt included: ask only once every post is rendered."""
        view = self._posts.get(post.source)
        if view is None:
            view = self._posts[post.source] = self._post(post, self._record)
        return view

    def on_page(self, html: str, base: str) -> str:
        """`html`, rendered from views, with their links relative to the page at URL `base`."""
        return self._record.portable(html).on_page(base)

    def _post(self, post: Post, link: Linker) -> PostView:
        return PostView(
            title=post.display_title,
            url=self._link(post.source, link) or "",
            iso_date=post.date.isoformat(),
            display_date=post.date.strftime(self.date_format),
            authors=tuple(self._author(name, link) for name in post.authors),
            tags=tuple(self._term("tag", name, link) for name in post.tags),
            categories=tuple(self._term("category", name, link) for name in post.categories),
            excerpt=Markup(self._excerpt(post, link)),
            reading_minutes=self.reading_minutes.get(post.source),
        )

    def _link(self, src_uri: str | None, link: Linker) -> str | None:
        url = self.urls.get(src_uri) if src_uri is not None else None
        return None if url is None else link(url)

    def _excerpt(self, post: Post, link: Linker) -> str:
        found = self.excerpts.get(post.source)
        return "" if found is None else found.linked(link)

    def _author(self, written: str, link: Linker) -> AuthorView:
        author = self.authors.resolve(written)
        return AuthorView(
            author.name, self._site_url(author.url, link), self._site_url(author.avatar, link)
        )

    @staticmethod
    def _site_url(url: str | None, link: Linker) -> str | None:
        """A URL from a data file: absolute ones as they are, others as paths in the site."""
        if url is None or urlsplit(url).scheme or url.startswith("/"):
            return url
        return link(url)

    def _term(self, kind: ListingKind, name: str, link: Linker) -> Link:
        return Link(name, self._link(self.terms.get(kind, {}).get(name), link))

    def terms_index(self, page: TermsPage, base: str) -> list[Link]:
        kind: ListingKind = "tag" if page.kind == "tags" else "category"
        return [
            Link(term.name, self.relative(self.terms[kind].get(term.name), base), len(term.posts))
            for term in page.terms
        ]

    def archive(self, page: ArchivePage, folder: str, base: str) -> list[YearView]:
        """`folder` is the blog's folder, where year and month pages live."""
        years = []
        for year, months in page.years:
            month_views = tuple(
                MonthView(
                    f"{month:02d}",
                    f"{calendar.month_name[month]} {year}",
                    self.relative(f"{folder}/{year}/{month:02d}/index.md", base),
                    tuple(self.post(post) for post in posts),
                )
                for month, posts in months
            )
            years.append(
                YearView(str(year), self.relative(f"{folder}/{year}/index.md", base), month_views)
            )
        return years
