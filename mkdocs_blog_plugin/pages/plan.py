"""Every page the blog adds to the site, decided once per build from the posts and the options."""

from __future__ import annotations

import posixpath
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace

from ..i18n.labels import ENGLISH, Labels
from ..i18n.local_dates import ENGLISH_DATES, LocalDates
from ..model.authors import NO_AUTHORS, AuthorsData
from ..model.posts import Blog, Post
from .archives import archive_index, date_pages, date_uri
from .author_pages import author_terms
from .kinds import BlogPage, ListingKind, ListingPage, ListingStyle, Term, TermKind, paginated
from .series import series_terms
from .terms import group_terms, term_folder, term_pages, term_slug, terms_index


@dataclass(frozen=True)
class PlanOptions:
    blog_dir: str
    paginate: int
    tags: bool
    categories: bool
    archives: Collection[str]
    slugify: str
    authors: bool = True
    series: bool = True
    styles: Mapping[ListingKind, ListingStyle] = field(default_factory=dict)
    labels: Labels = ENGLISH  # the pages' titles in the blog's language
    dates: LocalDates = ENGLISH_DATES
    title: str | None = None  # the blog index's (and nav section's), else the label's "Blog"

    def style(self, kind: ListingKind) -> ListingStyle:
        """How lists of `kind` show their posts; `full` unless the options say otherwise."""
        return self.styles.get(kind, "full")


@dataclass
class BlogPlan:
    blog_dir: str = ""
    title: str = ""  # the blog's: its index's and its nav section's
    pages: list[BlogPage] = field(default_factory=list)
    nav: list[str] = field(default_factory=list)  # src_uris of the Blog section, in order
    terms: dict[TermKind, dict[str, Term]] = field(default_factory=dict)  # name → term
    # kind → name → the src_uri of the term's first page
    term_uris: dict[TermKind, dict[str, str]] = field(default_factory=dict)

    @property
    def index(self) -> str:
        return self.nav[0]

    def term_page(self, kind: TermKind, name: str) -> str | None:
        """The src_uri of the first page of the term `name` (any of its spellings)."""
        return self.term_uris.get(kind, {}).get(name)

    def series_of(self, post: Post) -> Term | None:
        """The series `post` is a part of, with its parts in order; None for an unlisted post."""
        found = self.terms.get("series", {}).get(post.series) if post.series else None
        if found is None or all(part.source != post.source for part in found.posts):
            return None
        return found

    def date_page(self, year: int, month: int | None = None) -> str:
        """The src_uri a year's or a month's page has, whether or not that level is built."""
        return date_uri(self.blog_dir, year, month)


def plan_pages(blog: Blog, options: PlanOptions, authors: AuthorsData = NO_AUTHORS) -> BlogPlan:
    """The index first, then tags, categories, authors and date archives as the options ask:
    of the listed posts."""
    plan = BlogPlan(options.blog_dir, options.title or options.labels["blog"])
    plan.pages += _index_pages(blog.listed, options)
    plan.nav.append(plan.pages[0].src_uri)
    posts = blog.listed

    def slug(name: str) -> str:
        return term_slug(name, options.slugify)

    if options.tags:
        _add_terms(plan, "tag", *group_terms(posts, lambda p: p.tags, slug), options)
    if options.categories:
        _add_terms(plan, "category", *group_terms(posts, lambda p: p.categories, slug), options)
    if options.authors and any(post.authors for post in posts):  # no index of no one
        _add_terms(plan, "author", *author_terms(posts, authors, options.slugify), options)
    if options.series and any(post.series for post in posts):
        _add_terms(plan, "series", *series_terms(posts, options.slugify), options)
    plan.pages += date_pages(
        options.blog_dir, blog.listed, options.archives, options.style, options.dates
    )
    archive = archive_index(options.blog_dir, blog.listed, options.labels["archive"])
    plan.pages.append(archive)
    plan.nav.append(archive.src_uri)
    return plan


def _index_pages(posts: list[Post], options: PlanOptions) -> list[ListingPage]:
    """The blog index: pinned posts first (newest first among them), then the others; each
    page told how many of its first posts are pinned."""
    ordered = [post for post in posts if post.pinned] + [p for p in posts if not p.pinned]
    style = options.style("index")
    title = options.title or options.labels["blog"]
    pages = paginated(
        options.blog_dir, title, "index", ordered, options.paginate, None, style, options.labels
    )
    return [replace(page, pinned=sum(post.pinned for post in page.posts)) for page in pages]


def _add_terms(
    plan: BlogPlan,
    kind: TermKind,
    terms: list[Term],
    by_name: dict[str, Term],
    options: PlanOptions,
) -> None:
    style = options.style(kind)
    plan.pages += term_pages(options.blog_dir, kind, terms, options.paginate, style, options.labels)
    overview = terms_index(options.blog_dir, kind, terms, options.labels)
    plan.pages.append(overview)
    plan.nav.append(overview.src_uri)
    plan.terms[kind] = by_name
    first_pages = {
        term.slug: posixpath.join(term_folder(options.blog_dir, kind, term.slug), "index.md")
        for term in terms
    }
    plan.term_uris[kind] = {name: first_pages[term.slug] for name, term in by_name.items()}
