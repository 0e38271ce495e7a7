"""Latest-posts markers in docs pages (pages/latest_posts.py): read with the page's Markdown,
each replaced by its list once search has indexed the page, links relative to the page."""

from __future__ import annotations

from mkdocs.structure.pages import Page

from ...jekyll.problems import Problem
from ...model.authors import AuthorsData
from ...model.posts import Post
from ...pages.latest_posts import Marker, find_markers, select
from ...views.maker import ViewMaker
from ...views.templates import Templates
from ...views.types import ListHead, Pager, PostGroup
from ..report import report


class LatestLists:
    def __init__(self) -> None:
        self._markers: dict[str, list[Marker]] = {}  # docs page src_uri → its markers

    def read(
        self, markdown: str, src_uri: str, blog_dir: str, blog_dirs: list[str], first: bool
    ) -> None:
        """Keep the markers that ask for this blog (at `blog_dir`; the first of `blog_dirs`
        takes those that name none); the first blog reports what is wrong with any."""
        if "jekyll-blog:posts" not in markdown:
            return
        markers, problems = find_markers(markdown)
        if first:
            for problem in problems:
                report(src_uri, problem)
            for marker in markers:
                if marker.wants.blog is not None and marker.wants.blog not in blog_dirs:
                    known = ", ".join(blog_dirs)
                    message = f"jekyll-blog:posts marker: no blog {marker.wants.blog!r} ({known})"
                    report(src_uri, Problem(message, marker.line))
        own = blog_dir.strip("/")
        mine = [m for m in markers if m.wants.blog == own or (m.wants.blog is None and first)]
        if mine:
            self._markers[src_uri] = mine

    def fill(
        self,
        page: Page,
        posts: list[Post],
        authors: AuthorsData,
        views: ViewMaker,
        templates: Templates,
    ) -> None:
        markers = self._markers.pop(page.file.src_uri, None)
        if not markers or page.content is None:
            return

        def names(written: str) -> set[str]:
            author = authors.resolve(written)
            return {written, author.key, author.name}

        content = page.content
        for marker in markers:
            chosen = select(posts, marker.wants, names)
            if marker.wants.style == "compact":
                group = PostGroup(None, tuple(views.post(post) for post in chosen))
                html = templates.compact(ListHead("latest", None), [group])
            else:
                shown = [views.listed(post) for post in chosen]
                html = templates.listing(ListHead("latest", None), shown, Pager(1, 1, None, None))
            content = content.replace(marker.text, views.on_page(html, page.file.url), 1)
        page.content = content
