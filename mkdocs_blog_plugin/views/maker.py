"""Views of posts and blog pages for the templates. A post's view is made once a build and shown
on many pages, so its links to the site are tokens, made relative per page after rendering."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from markupsafe import Markup

from ..html.portable import LinkRecorder
from ..i18n.local_dates import LocalDates
from ..model.authors import AuthorsData
from ..model.posts import Post
from ..model.rendered import RenderedPost
from ..pages.kinds import ArchivePage, Term, TermKind, TermsPage
from ..pages.plan import BlogPlan
from .templates import Templates
from .types import AuthorView, Link, MonthView, PostView, SeriesView, YearView


@dataclass
class _Made:
    plain: PostView
    listed: PostView | None = None  # with its `entry`, once a list has shown it


class ViewMaker:
    """Every link a view holds is a token (`link`); `on_page` makes the rendered HTML's tokens
    relative to the page that shows it. Made once every post is rendered."""

    def __init__(
        self,
        urls: Mapping[str, str],
        plan: BlogPlan,
        rendered: Mapping[str, RenderedPost],
        authors: AuthorsData,
        templates: Templates,
        dates: LocalDates,
    ) -> None:
        """`urls`: src_uri → MkDocs URL of every page the blog links to."""
        self._urls = urls
        self._plan = plan
        self._rendered = rendered
        self._authors = authors
        self._templates = templates
        self._dates = dates
        self._record = LinkRecorder()
        self._made: dict[str, _Made] = {}

    def link(self, src_uri: str | None) -> str | None:
        """A link to the page made from `src_uri`, None if the blog does not build it."""
        url = self._urls.get(src_uri) if src_uri is not None else None
        return None if url is None else self._record(url)

    def on_page(self, html: str, base: str) -> str:
        """`html`, rendered from views, with their links relative to the page at URL `base`."""
        return self._record.portable(html).on_page(base)

    def post(self, post: Post) -> PostView:
        return self._views(post).plain

    def listed(self, post: Post) -> PostView:
        """The post's view with its `entry`, as lists of posts show it."""
        made = self._views(post)
        if made.listed is None:
            made.listed = replace(made.plain, entry=Markup(self._templates.entry(made.plain)))
        return made.listed

    def _views(self, post: Post) -> _Made:
        made = self._made.get(post.source)
        if made is None:
            made = self._made[post.source] = _Made(self._post(post))
        return made

    def _post(self, post: Post) -> PostView:
        rendered = self._rendered.get(post.source)
        excerpt = "" if rendered is None else rendered.excerpt.linked(self._record)
        return PostView(
            title=post.display_title,
            url=self.link(post.source) or "",
            iso_date=post.date.isoformat(),
            display_date=self._dates.shown(post.date),
            authors=tuple(self._author(name) for name in post.authors),
            tags=tuple(self._term("tag", name) for name in post.tags),
            categories=tuple(self._term("category", name) for name in post.categories),
            excerpt=Markup(excerpt),
            reading_minutes=None if rendered is None else rendered.reading_minutes,
            updated_iso=post.updated.isoformat() if post.updated else None,
            updated_date=self._dates.shown(post.updated) if post.updated else None,
        )

    def _author(self, written: str, count: int = 0) -> AuthorView:
        author = self._authors.resolve(written)
        website = self._site_url(author.url)
        page = self.link(self._plan.term_page("author", written))
        avatar = self._site_url(author.avatar)
        return AuthorView(author.name, page or website, avatar, website, author.bio, count)

    def series(self, post: Post) -> SeriesView | None:
        """The series box of a post that is a part of one."""
        term = self._plan.series_of(post)
        if term is None:
            return None
        number = next(i for i, part in enumerate(term.posts, 1) if part.source == post.source)
        parts = tuple(self.post(part) for part in term.posts)
        return SeriesView(
            term.name, self.link(self._plan.term_page("series", term.name)), number, parts
        )

    def profile(self, term: Term) -> AuthorView:
        """The author of an author page, as its head shows them."""
        return self._author(term.key)

    def site_link(self, path: str) -> str:
        """A link to the file at `path` in the site (a feed), made relative per page."""
        return self._record(path)

    def _site_url(self, url: str | None) -> str | None:
        """A URL from a data file: absolute ones as they are, others as paths in the site."""
        if url is None or urlsplit(url).scheme or url.startswith("/"):
            return url
        return self._record(url)

    def _term(self, kind: TermKind, name: str) -> Link:
        return Link(name, self.link(self._plan.term_page(kind, name)))

    def terms_index(self, page: TermsPage) -> list[Link]:
        return [
            Link(term.name, self.link(self._plan.term_page(page.kind, term.name)), len(term.posts))
            for term in page.terms
        ]

    def authors_index(self, page: TermsPage) -> list[AuthorView]:
        return [self._author(term.key, len(term.posts)) for term in page.terms]

    def archive(self, page: ArchivePage) -> list[YearView]:
        years = []
        for year, months in page.years:
            month_views = tuple(
                MonthView(
                    f"{month:02d}",
                    self._dates.month(year, month),
                    self.link(self._plan.date_page(year, month)),
                    tuple(self.post(post) for post in posts),
                )
                for month, posts in months
            )
            years.append(YearView(str(year), self.link(self._plan.date_page(year)), month_views))
        return years
