"""The latest-posts marker a docs page may hold,
`<!-- jekyll-blog:posts limit=5 tag=release category=news author=tom style=compact -->`
(every argument optional; `blog=releases` names a blog by its blog_dir where the site has
several, else the first): which posts it asks for."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import get_args

from ..jekyll.problems import Problem
from ..model.posts import Post
from .kinds import ListingStyle

MARKER = re.compile(r"<!--\s*jekyll-blog:posts\b(?P<args>.*?)-->", re.DOTALL)
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


@dataclass(frozen=True)
class LatestPosts:
    limit: int = 5
    tag: str | None = None
    category: str | None = None
    author: str | None = None
    style: ListingStyle = "compact"
    blog: str | None = None  # the blog_dir of the blog whose posts, None for the first blog


@dataclass(frozen=True)
class Marker:
    text: str  # the comment as written, which the page's HTML holds as it is
    wants: LatestPosts
    line: int = 0  # where it is in the page's Markdown


def find_markers(markdown: str) -> tuple[list[Marker], list[Problem]]:
    """The markers of `markdown` outside fenced code, and a problem (with its line) for each
    argument that cannot be read; such a marker still lists what its other arguments ask."""
    markers: list[Marker] = []
    problems: list[Problem] = []
    fenced = _fenced_spans(markdown)
    for match in MARKER.finditer(markdown):
        if any(start <= match.start() < end for start, end in fenced):
            continue
        line = markdown.count("\n", 0, match.start()) + 1
        wants, found = _arguments(match.group("args"))
        problems += [Problem(message, line) for message in found]
        markers.append(Marker(match.group(0), wants, line))
    return markers, problems


def _arguments(text: str) -> tuple[LatestPosts, list[str]]:
    values: dict[str, object] = {}
    problems: list[str] = []
    try:
        words = shlex.split(text)
    except ValueError as e:
        return LatestPosts(), [f"jekyll-blog:posts marker not read ({e}): the latest posts shown"]
    for word in words:
        key, equals, value = word.partition("=")
        if not equals or key not in ("limit", "tag", "category", "author", "style", "blog"):
            problems.append(f"jekyll-blog:posts marker: unknown argument {word!r}, left out")
        elif key == "limit" and not (value.isdigit() and int(value) > 0):
            problems.append(f"jekyll-blog:posts marker: limit={value!r} is not a count, 5 used")
        elif key == "style" and value not in get_args(ListingStyle):
            problems.append(f"jekyll-blog:posts marker: style={value!r} is not full or compact")
        elif key == "blog":
            values[key] = value.strip("/")
        else:
            values[key] = int(value) if key == "limit" else value
    return LatestPosts(**values), problems  # type: ignore[arg-type]


def _fenced_spans(markdown: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    offset = 0
    for line in markdown.splitlines(keepends=True):
        fence = _FENCE.match(line)
        if fence and opened is None:
            opened = (offset, fence.group(1)[0])
        elif fence and opened is not None and fence.group(1)[0] == opened[1]:
            spans.append((opened[0], offset + len(line)))
            opened = None
        offset += len(line)
    if opened is not None:
        spans.append((opened[0], len(markdown)))
    return spans


def select(
    posts: Sequence[Post], wants: LatestPosts, author_names: Callable[[str], set[str]]
) -> list[Post]:
    """The newest `limit` of `posts` (the listed ones, newest first) that match; names match
    without regard to case, an author by key or by name (`author_names`)."""

    def has(names: Sequence[str], wanted: str | None) -> bool:
        return wanted is None or wanted.casefold() in {n.casefold() for n in names}

    found = [
        post
        for post in posts
        if has(post.tags, wants.tag)
        and has(post.categories, wants.category)
        and (
            wants.author is None
            or any(has(sorted(author_names(a)), wants.author) for a in post.authors)
        )
    ]
    return found[: wants.limit]
