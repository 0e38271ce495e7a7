"""Which feeds the blog writes: the blog's own, and one per tag, category and author page."""

from __future__ import annotations

import posixpath
from collections.abc import Collection
from dataclasses import dataclass

from ..model.posts import Post
from ..pages.kinds import ListingPage
from ..pages.plan import BlogPlan


@dataclass(frozen=True)
class FeedSpec:
    folder: str  # where its files go: "blog", "blog/tag/irmin"
    page: str  # src_uri of the HTML page it belongs to
    label: str | None  # "Tag: irmin", None for the blog's own feed
    posts: tuple[Post, ...]  # newest first, limited
    files: dict[str, str]  # format → src_uri of its file, for the formats switched on


def plan_feeds(
    plan: BlogPlan,
    posts: list[Post],
    names: dict[str, str | None],
    limit: int,
    per_tag: bool,
    per_category: bool,
    term_formats: Collection[str] = ("atom", "rss", "json"),
    per_author: bool = False,
) -> list[FeedSpec]:
    """`names`: format → file name (None = off); `limit` 0 = every post; a tag's or category's
    feed is written in the `term_formats` that are on, an author's in every format on."""
    on = {fmt: name for fmt, name in names.items() if name}
    if not on:
        return []

    def spec(
        page: str,
        label: str | None,
        members: tuple[Post, ...] | list[Post],
        formats: Collection[str] = tuple(on),
    ) -> FeedSpec:
        folder = posixpath.dirname(page)
        chosen = tuple(members[:limit] if limit > 0 else members)
        files = {fmt: posixpath.join(folder, on[fmt]) for fmt in on if fmt in formats}
        return FeedSpec(folder, page, label, chosen, files)

    specs = [spec(plan.index, None, posts)]
    asked: list[tuple[str, bool, Collection[str]]] = [
        ("tag", per_tag, term_formats),
        ("category", per_category, term_formats),
        ("author", per_author, tuple(on)),
    ]
    wanted = {kind: formats for kind, yes, formats in asked if yes}
    for page in plan.pages:
        if (
            isinstance(page, ListingPage)
            and page.term is not None
            and page.kind in wanted
            and page.number == 1
        ):
            specs.append(spec(page.src_uri, page.title, page.term.posts, wanted[page.kind]))
    return [spec for spec in specs if spec.files]
