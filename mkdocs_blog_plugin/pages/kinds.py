"""What a generated page is: a list of posts (paginated), or an overview of terms or dates."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..i18n.labels import ENGLISH, Labels
from ..model.posts import Post

TermKind = Literal["tag", "category", "author", "series"]
ListingKind = Literal["index", "tag", "category", "author", "series", "year", "month", "day"]
LISTING_KINDS: tuple[ListingKind, ...] = (
    "index",
    "tag",
    "category",
    "author",
    "series",
    "year",
    "month",
    "day",
)
# `full`: entries with excerpts, `paginate` a page; `compact`: every post on one page, its date
# and linked title (as jekyll-archives' usual layouts show a tag or a month).
ListingStyle = Literal["full", "compact"]


@dataclass(frozen=True)
class TermKindNames:
    page_label: str  # the label of a term's page title: "Tag: {name}"
    index_folder: str  # the index's folder in the blog, and its `kind` in the templates
    index_label: str  # the label of the index's title


TERM_KINDS: dict[TermKind, TermKindNames] = {
    "tag": TermKindNames("tag", "tags", "tags"),
    "category": TermKindNames("category", "categories", "categories"),
    "author": TermKindNames("posts_by", "authors", "authors"),
    "series": TermKindNames("series", "series", "series_index"),
}


@dataclass(frozen=True)
class Term:
    """A tag's, category's or author's page subject: every spelling whose slug is `slug`, on
    one page."""

    name: str  # the spelling shown (the most used one; an author's name)
    slug: str
    posts: tuple[Post, ...]  # newest first, each once
    key: str = ""  # an author's: how posts name them (their key in the authors data)


@dataclass(frozen=True)
class ListingPage:
    """One page of a list of posts; `page_uris` holds the src_uri of every page of the list."""

    src_uri: str
    title: str
    kind: ListingKind
    posts: tuple[Post, ...]
    page_uris: tuple[str, ...]
    term: Term | None = None
    style: ListingStyle = "full"
    # a date page's neighbours of its level that have posts: (src_uri, title), newer and older
    newer_period: tuple[str, str] | None = None
    older_period: tuple[str, str] | None = None
    pinned: int = 0  # how many of `posts`, first, are pinned (the blog index only)

    @property
    def number(self) -> int:
        return self.page_uris.index(self.src_uri) + 1


@dataclass(frozen=True)
class TermsPage:
    """The tag index or the category index."""

    src_uri: str
    title: str
    kind: TermKind
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class ArchivePage:
    """Every post grouped by year, then month (newest first)."""

    src_uri: str
    title: str
    years: tuple[tuple[int, tuple[tuple[int, tuple[Post, ...]], ...]], ...]


BlogPage = ListingPage | TermsPage | ArchivePage


def paginated(
    folder: str,
    title: str,
    kind: ListingKind,
    posts: Sequence[Post],
    per_page: int,
    term: Term | None = None,
    style: ListingStyle = "full",
    labels: Labels = ENGLISH,
) -> list[ListingPage]:
    """`folder/index.md`, then `folder/page/<n>/index.md` (`per_page` 0, or `compact`: one
    page), titled `title`, then "`title` (page n)" in the blog's words."""
    size = per_page if per_page > 0 and style == "full" else max(len(posts), 1)
    chunks = [tuple(posts[i : i + size]) for i in range(0, len(posts), size)] or [()]
    page_uris = tuple(
        posixpath.join(folder, "index.md")
        if n == 1
        else posixpath.join(folder, "page", str(n), "index.md")
        for n in range(1, len(chunks) + 1)
    )
    return [
        ListingPage(
            uri,
            title if n == 1 else labels.text("page_title", title=title, number=n),
            kind,
            chunk,
            page_uris,
            term,
            style,
        )
        for n, (uri, chunk) in enumerate(zip(page_uris, chunks, strict=True), start=1)
    ]
