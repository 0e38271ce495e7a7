"""Views of posts and blog pages for the templates, with URLs relative to the page shown."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from markupsafe import Markup
from mkdocs.utils import get_relative_url

from .authors import AuthorsData
from .excerpt_html import PortableHtml
from .pages.model import ArchivePage, ListingKind, TermsPage
from .posts import Post
from .rendering import AuthorView, Link, MonthView, PostView, YearView

_relative_url = lru_cache(maxsize=65536)(get_relative_url)  # the same pairs recur on every page


@dataclass
class ViewMaker:
    urls: Mapping[str, str]  # src_uri → MkDocs URL of every page the blog links to
    terms: Mapping[ListingKind, Mapping[str, str]]  # kind → term name → src_uri of its page
    date_format: str
    authors: AuthorsData
    excerpts: dict[str, PortableHtml]  # post source → excerpt, filled as posts are rendered
    reading_minutes: dict[str, int]  # post source → minutes, likewise

    def relative(self, src_uri: str | None, base: str) -> str | None:
        """The URL of the page made from `src_uri`, relative to the page at URL `base`."""
        url = self.urls.get(src_uri) if src_uri is not None else None
        return None if url is None else _relative_url(url, base)

    def post(self, post: Post, base: str, *, excerpt: bool = False) -> PostView:
        return PostView(
            title=post.display_title,
            url=self.relative(post.source, base) or "",
            iso_date=post.date.isoformat(),
            display_date=post.date.strftime(self.date_format),
            authors=tuple(self._author(name, base) for name in post.authors),
            tags=tuple(self._term("tag", name, base) for name in post.tags),
            categories=tuple(self._term("category", name, base) for name in post.categories),
            excerpt=Markup(self._excerpt(post, base)) if excerpt else None,
            reading_minutes=self.reading_minutes.get(post.source),
        )

    def _excerpt(self, post: Post, base: str) -> str:
        found = self.excerpts.get(post.source)
        return "" if found is None else found.on_page(base)

    def _author(self, written: str, base: str) -> AuthorView:
        author = self.authors.resolve(written)
        return AuthorView(
            author.name, self._site_url(author.url, base), self._site_url(author.avatar, base)
        )

    @staticmethod
    def _site_url(url: str | None, base: str) -> str | None:
        """A URL from a data file: absolute ones as they are, others as paths in the site."""
        if url is None or urlsplit(url).scheme or url.startswith("/"):
            return url
        return get_relative_url(url, base)

    def _term(self, kind: ListingKind, name: str, base: str) -> Link:
        return Link(name, self.relative(self.terms.get(kind, {}).get(name), base))

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
                    tuple(self.post(post, base) for post in posts),
                )
                for month, posts in months
            )
            years.append(
                YearView(str(year), self.relative(f"{folder}/{year}/index.md", base), month_views)
            )
        return years
