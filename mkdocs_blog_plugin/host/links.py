"""`{% post_url %}` and `{% link %}` targets, resolved to links MkDocs itself checks and rewrites.

A target becomes the relative path from the linking post to the target's source file, so MkDocs
turns it into the right URL for `use_directory_urls` and validates it like any other link.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from urllib.parse import quote

from ..jekyll.filenames import split_collection_path
from ..model.posts import Post


class PostIndex:
    """Every published post under the names `post_url` accepts: `[dir/]DATE-SLUG` as written
    inside `_posts`, `<folder above>/DATE-SLUG`, and, as Jekyll's deprecated fallback, the bare
    `DATE-SLUG` of a post in any folder."""

    def __init__(self, posts: Iterable[Post], sources: Iterable[str]) -> None:
        self._by_name: dict[str, str] = {}
        fallback: dict[str, str] = {}
        for post in posts:
            parts = split_collection_path(post.source)
            if parts is None:
                continue
            above, _, inner = parts
            stem = posixpath.splitext(inner)[0]
            self._by_name.setdefault(stem, post.source)
            if above:
                self._by_name.setdefault(f"{above}/{stem}", post.source)
            fallback.setdefault(posixpath.basename(stem), post.source)
        for name, source in fallback.items():
            self._by_name.setdefault(name, source)
        self._sources = frozenset(sources)

    def post_source(self, name: str) -> str | None:
        return self._by_name.get(name.strip().lstrip("/"))

    def file_source(self, path: str) -> str | None:
        path = path.strip().lstrip("/")
        return path if path in self._sources else None


class PostResolver:
    """A `LinkResolver` for one post: targets as links relative to that post's source file."""

    def __init__(self, index: PostIndex, source: str) -> None:
        self._index = index
        self._folder = posixpath.dirname(source)

    def post_url(self, name: str) -> str | None:
        return self._relative(self._index.post_source(name))

    def link(self, path: str) -> str | None:
        return self._relative(self._index.file_source(path))

    def _relative(self, target: str | None) -> str | None:
        if target is None:
            return None
        return quote(posixpath.relpath(target, self._folder or "."))


_CODE_OR_TAG = re.compile(
    r"(?P<fence>^ {0,3}(?P<mark>`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}(?P=mark)[ \t]*$|\Z))"
    r"|(?P<span>(?P<ticks>`+).+?(?P=ticks))"
    r"|\{%-?\s*(?P<tag>post_url|link)\s+(?P<arg>[^%]*?)\s*-?%\}",
    re.MULTILINE | re.DOTALL,
)


def resolve_page_tags(markdown: str, resolver: PostResolver) -> tuple[str, list[str]]:
    """`{% post_url %}` and `{% link %}` in an ordinary docs page, outside code, as links;
    (the new text, the targets not found). Nothing else of Liquid is touched in docs pages."""
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        tag = match.group("tag")
        if tag is None:
            return match.group(0)
        arg = match.group("arg")
        found = resolver.post_url(arg) if tag == "post_url" else resolver.link(arg)
        if found is None:
            missing.append(f"{tag} target {arg!r} not found")
            return match.group(0)
        return found

    if "{%" not in markdown:
        return markdown, missing
    return _CODE_OR_TAG.sub(replace, markdown), missing
