"""What a blog does in the site's docs pages (pages no blog builds): its latest-posts markers,
and, done by the site's first blog for every blog, `post_url` and `link` tags and the mending
of links MkDocs would crash on."""

from __future__ import annotations

from ..links.page_links import PageLinks
from ..report import report
from .latest_lists import LatestLists


class DocsPages:
    def __init__(
        self,
        links: PageLinks,
        latest: LatestLists,
        blog_dir: str,
        blog_dirs: list[str],
        first: bool,
    ) -> None:
        """`blog_dirs`: every blog's of the site, the first first; `first`: this is that one."""
        self._links = links
        self.latest = latest
        self._blog_dir = blog_dir
        self._blog_dirs = blog_dirs
        self._first = first

    def markdown(self, markdown: str, src_uri: str) -> str:
        self.latest.read(markdown, src_uri, self._blog_dir, self._blog_dirs, self._first)
        if not self._first:
            return markdown
        text, missing = self._links.in_docs_page(markdown, src_uri)
        for problem in missing:
            report(src_uri, problem)
        return text

    def mend(self, url: str, source: str | None) -> str:
        """A link of a page MkDocs renders: this blog's posts', and (the first blog) those of
        the pages no blog builds (see PageLinks.mend)."""
        fixed, problems = self._links.mend(url, source, others=self._first)
        for problem in problems:
            report(source or "jekyll-blog", problem)
        return fixed
