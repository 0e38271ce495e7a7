"""Views of posts and blog pages for the templates. A post's view is made once a build and shown
on many pages, so its links to the site are tokens, made relative per page after rendering."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from markupsafe import Markup

from ..html.portable import LinkRecorder, PortableHtml
from ..model.authors import AuthorsData
from ..model.posts import Post
from ..pages.model import ArchivePage, ListingKind, TermsPage
from .templates import AuthorView, Link, MonthView, PostView, YearView


@dataclass
class ViewMaker:
    """Every link a view holds is a token (`link`); `on_page` makes the rendered HTML's tokens
    relative to the page that shows it."""

    urls: Mapping[str, str]  # src_uri → MkDocs URL of every page the blog links to
    terms: Mapping[ListingKind, Mapping[str, str]]  # kind → term name → src_uri of its page
    date_format: str
    authors: AuthorsData
    excerpts: dict[str, PortableHtml]  # post source → excerpt, filled as posts are rendered
    reading_minutes: dict[str, int]  # post source → minutes, likewise
    _record: LinkRecorder = field(default_factory=LinkRecorder)
    _posts: dict[str, PostView] = field(default_factory=dict)

    def link(self, src_uri: str | None) -> str | None:
        """A link to the page made from `src_uri`, None if the blog does not build it."""
        url = self.urls.get(src_uri) if src_uri is not None else None
        return None if url is None else self._record(url)

    def on_page(self, html: str, base: str) -> str:
        """`html`, rendered from views, with their links relative to the page at URL `base`."""
        return self._record.portable(html).on_page(base)

    def post(self, post: Post) -> PostView:
        """The post, excerpt included: ask only once every post is rendered."""
        view = self._posts.get(post.source)
        if view is None:
            view = self._posts[post.source] = self._post(post)
        return view

    def _post(self, post: Post) -> PostView:
        excerpt = self.excerpts.get(post.source)
        return PostView(
            title=post.display_title,
            url=self.link(post.source) or "",
            iso_date=post.date.isoformat(),
            display_date=post.date.strftime(self.date_format),
            authors=tuple(self._author(name) for name in post.authors),
            tags=tuple(self._term("tag", name) for name in post.tags),
            categories=tuple(self._term("category", name) for name in post.categories),
            excerpt=Markup("" if excerpt is None else excerpt.linked(self._record)),
            reading_minutes=self.reading_minutes.get(post.source),
        )

    def _author(self, written: str) -> AuthorView:
        author = self.authors.resolve(written)
        return AuthorView(author.name, self._site_url(author.url), self._site_url(author.avatar))

    def _site_url(self, url: str | None) -> str | None:
        """A URL from a data file: absolute ones as they are, others as paths in the site."""
        if url is None or urlsplit(url).scheme or url.startswith("/"):
            return url
        return self._record(url)

    def _term(self, kind: ListingKind, name: str) -> Link:
        return Link(name, self.link(self.terms.get(kind, {}).get(name)))

    def terms_index(self, page: TermsPage) -> list[Link]:
        kind: ListingKind = "tag" if page.kind == "tags" else "category"
        return [
            Link(term.name, self.link(self.terms[kind].get(term.name)), len(term.posts))
            for term in page.terms
        ]

    def archive(self, page: ArchivePage, folder: str) -> list[YearView]:
        """`folder` is the blog's folder, where year and month pages live."""
        years = []
        for year, months in page.years:
            month_views = tuple(
                MonthView(
                    f"{month:02d}",
                    f"{calendar.month_name[month]} {year}",
                    self.link(f"{folder}/{year}/{month:02d}/index.md"),
                    tuple(self.post(post) for post in posts),
                )
                for month, posts in months
            )
            years.append(YearView(str(year), self.link(f"{folder}/{year}/index.md"), month_views))
        return years
