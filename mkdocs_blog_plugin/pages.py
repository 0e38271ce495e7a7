"""The blog's own pages: the paginated index, as generated MkDocs files filled after every post
is rendered."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass

from .posts import Post

LISTING_MARKER = "<!-- jekyll-blog-listing -->"


@dataclass(frozen=True)
class ListingPage:
    src_uri: str
    title: str
    number: int  # 1-based
    total: int
    posts: tuple[Post, ...]

    @property
    def source(self) -> str:
        """Markdown of a generated listing page: its title and where the list goes."""
        return f"# {self.title}\n\n{LISTING_MARKER}\n"


def index_pages(blog_dir: str, posts: Sequence[Post], per_page: int) -> list[ListingPage]:
    """Page 1 at `<blog_dir>/index.md`, then `<blog_dir>/page/<n>/index.md` (`paginate`, 0 = one
    page), newest posts first."""
    size = per_page if per_page > 0 else max(len(posts), 1)
    chunks = [tuple(posts[i : i + size]) for i in range(0, len(posts), size)] or [()]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        if number == 1:
            src_uri, title = posixpath.join(blog_dir, "index.md"), "Blog"
        else:
            src_uri = posixpath.join(blog_dir, "page", str(number), "index.md")
            title = f"Blog, page {number}"
        pages.append(ListingPage(src_uri, title, number, len(chunks), chunk))
    return pages
