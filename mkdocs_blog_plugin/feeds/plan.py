"""Which feeds the blog writes: the blog's own, and one per tag and category page."""

from __future__ import annotations

import posixpath
from collections.abc import Collection
from dataclasses import dataclass

from ..model.posts import Post
from ..pages.model import ListingPage
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
) -> list[FeedSpec]:
    """`names`: format → file name (None = off); `limit` 0 = every post; a tag's or category's
    feed is written in the `term_formats` that are on."""
    on = {fmt: name for fmt, name in names.items() if name}
    if not on:
        return []

    def spec(page: str, label: str | None, members: tuple[Post, ...] | list[Post]) -> FeedSpec:
        folder = posixpath.dirname(page)
        chosen = tuple(members[:limit] if limit > 0 else members)
        formats = on if label is None else {f: n for f, n in on.items() if f in term_formats}
        files = {fmt: posixpath.join(folder, name) for fmt, name in formats.items()}
        return FeedSpec(folder, page, label, chosen, files)

    specs = [spec(plan.index, None, posts)]
    wanted = {"tag": per_tag, "category": per_category}
    for page in plan.pages:
        if (
            isinstance(page, ListingPage)
            and page.term is not None
            and wanted.get(page.kind)
            and page.number == 1
        ):
            specs.append(spec(page.src_uri, page.title, page.term.posts))
    return [spec for spec in specs if spec.files]
