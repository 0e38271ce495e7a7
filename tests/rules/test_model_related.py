"""Related posts: ranked by tags in common, then in the blog's order; exact, and fast at scale."""

from __future__ import annotations

import posixpath
import random
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from blogparts import make_post

from mkdocs_blog_plugin.model.posts import Blog, Post
from mkdocs_blog_plugin.model.related import related_posts

BASE = datetime(2014, 2, 11, 13, 40, tzinfo=timezone.utc)


def post(name: str, day: int, *tags: str) -> Post:
    """A post named `name` dated `day` days after BASE."""
    return make_post(name, BASE + timedelta(days=day), title=name, tags=tags)


def names(result: dict[str, tuple[Post, ...]]) -> dict[str, list[str]]:
    return {
        posixpath.basename(source)[len("2014-02-11-") : -len(".md")]: [p.slug for p in found]
        for source, found in result.items()
    }


@pytest.mark.parametrize(
    ("posts", "limit", "expected"),
    [
        ([], 3, {}),
        ([post("a", 0)], 3, {"a": []}),
        ([post("a", 0, "x"), post("b", 1, "y")], 3, {"a": [], "b": []}),
        ([post("a", 0, "x"), post("b", 1)], 3, {"a": [], "b": []}),
        # more tags in common beats newer
        (
            [post("a", 0, "x", "y"), post("b", 1, "x", "y"), post("c", 9, "x")],
            3,
            {"a": ["b", "c"], "b": ["a", "c"], "c": ["b", "a"]},
        ),
        # same count: the newer first, whatever the input order
        (
            [post("old", 0, "x"), post("me", 5, "x"), post("new", 9, "x")],
            3,
            {"old": ["new", "me"], "me": ["new", "old"], "new": ["me", "old"]},
        ),
        # same count and date: in the blog's order (Jekyll's: the later path first)
        (
            [post("c", 1, "x"), post("b", 1, "x"), post("me", 0, "x"), post("a", 1, "x")],
            3,
            {
                "me": ["c", "b", "a"],
                "a": ["c", "b", "me"],
                "b": ["c", "a", "me"],
                "c": ["b", "a", "me"],
            },
        ),
        # tags compared case-insensitively; a tag written twice counts once
        (
            [post("a", 0, "Python", "python", "PYTHON"), post("b", 1, "pYthon", "web")],
            3,
            {"a": ["b"], "b": ["a"]},
        ),
        (
            [post("a", 0, "Straße"), post("b", 1, "STRASSE")],  # casefold, not lower
            3,
            {"a": ["b"], "b": ["a"]},
        ),
        (
            [
                post("a", 0, "x", "y", "z"),
                post("b", 1, "x"),
                post("c", 2, "x", "y"),
                post("d", 3, "x", "y", "z"),
                post("e", 4, "q"),
            ],
            2,
            {"a": ["d", "c"], "b": ["d", "c"], "c": ["d", "a"], "d": ["a", "c"], "e": []},
        ),
        ([post("a", 0, "x"), post("b", 1, "x")], 0, {"a": [], "b": []}),
        (
            [post("a", 0, "x"), post("b", 1, "x"), post("c", 2, "x")],
            1,
            {"a": ["c"], "b": ["c"], "c": ["b"]},
        ),
    ],
)
def test_related_posts(posts: list[Post], limit: int, expected: dict[str, list[str]]) -> None:
    assert names(related_posts(posts, limit)) == expected
    assert names(related_posts(posts[::-1], limit)) == expected


def test_dates_in_other_zones_compare_as_instants() -> None:
    later_in_utc = post("later", 0, "x")
    # 13:40 at +02:00 is 11:40 UTC: the wall-clock times tie, the instants do not
    earlier = replace(
        post("earlier", 0, "x"), date=BASE.replace(tzinfo=timezone(timedelta(hours=2)))
    )
    me = post("me", -5, "x")
    assert names(related_posts([me, earlier, later_in_utc]))["me"] == ["later", "earlier"]


def expected_related(
    posts: Sequence[Post], limit: int, of: Sequence[Post] | None = None
) -> dict[str, list[str]]:
    """The definition, pair by pair, for the posts `of` (all by default)."""
    result = {}
    for p in posts if of is None else of:
        mine = {t.casefold() for t in p.tags}
        scored = [
            (len(mine & {t.casefold() for t in q.tags}), q) for q in posts if q.source != p.source
        ]
        scored = [(n, q) for n, q in scored if n]
        scored.sort(key=lambda nq: (nq[0], nq[1].sort_key()), reverse=True)
        result[p.slug] = [q.slug for _, q in scored[:limit]]
    return result


def random_posts(rnd: random.Random, n: int, n_tags: int, max_tags: int) -> list[Post]:
    """Posts with Zipf-like tags, one on ~30% of them, and many dates shared."""
    weights = [1 / k for k in range(1, n_tags)]
    posts = []
    for i in range(n):
        tags = [f"T{t}" for t in rnd.choices(range(1, n_tags), weights, k=rnd.randint(0, max_tags))]
        if rnd.random() < 0.3:
            tags.append(rnd.choice(["common", "Common"]))
        posts.append(post(f"p{i:05}", rnd.randrange(n // 3 + 1), *tags))
    return posts


@pytest.mark.parametrize("seed", range(8))
def test_same_as_counting_pair_by_pair(seed: int) -> None:
    rnd = random.Random(seed)
    posts = random_posts(rnd, n=rnd.randint(2, 120), n_tags=rnd.randint(2, 30), max_tags=6)
    limit = rnd.randint(1, 6)
    assert names(related_posts(posts, limit)) == expected_related(posts, limit)


def test_ten_thousand_posts_with_a_tag_on_thirty_percent() -> None:
    posts = random_posts(random.Random(2014), n=10_000, n_tags=200, max_tags=5)
    start = time.perf_counter()
    result = related_posts(posts)
    elapsed = time.perf_counter() - start
    assert elapsed < 5, f"{elapsed:.2f} s"  # a guard only: about 0.1 s where measured
    assert len(result) == len(posts)
    got = names(result)
    sample = posts[::250]
    assert {p.slug: got[p.slug] for p in sample} == expected_related(posts, 3, of=sample)


def test_posts_of_one_date_are_related_in_the_order_the_blog_lists_them() -> None:
    same_day = [post(name, 3, "x") for name in ("b", "d", "a", "c")]
    me = post("me", 0, "x")
    listed = [p.slug for p in Blog.of([*same_day, me]).posts if p is not me]
    assert [p.slug for p in related_posts([*same_day, me], limit=4)[me.source]] == listed
