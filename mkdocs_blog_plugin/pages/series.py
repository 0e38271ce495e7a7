"""Series: the posts that say `series: <name>`, in their order (`series_order` where given,
then by date, oldest first), a page for each at `blog/series/<slug>/` and an index of them.

Names whose slugs are equal are one series, as spellings of a tag are one tag.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from ..model.posts import Post
from .kinds import Term
from .terms import group_terms, term_slug


def series_terms(posts: Sequence[Post], mode: str) -> tuple[list[Term], dict[str, Term]]:
    """As `group_terms`, each series' posts in reading order: parts with a `series_order`
    first, by it; then the others by date."""
    terms, by_name = group_terms(
        posts,
        lambda post: () if post.series is None else (post.series,),
        lambda name: term_slug(name, mode),
    )
    ordered = {
        term.slug: replace(term, posts=tuple(sorted(term.posts, key=_order))) for term in terms
    }
    return list(ordered.values()), {name: ordered[t.slug] for name, t in by_name.items()}


def _order(post: Post) -> tuple[float, datetime, str]:
    order = math.inf if post.series_order is None else post.series_order
    return (order, post.date, post.source)
