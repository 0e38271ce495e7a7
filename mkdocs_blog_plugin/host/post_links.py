"""Links inside a post, mended before MkDocs checks and rewrites them.

- An href `urlsplit` cannot parse is percent-escaped (with a warning) instead of crashing MkDocs.
- A site-absolute link (`{{ site.baseurl }}/guide/setup/`, as Jekyll posts write them) to a file
  of this site becomes a link to that file's source, so MkDocs validates it and writes the right
  relative URL wherever the site is served. Links to anything else are left as they are.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from mkdocs.structure.files import File

from ..jekyll.problems import Problem


class SiteLinks:
    def __init__(self, files: Iterable[File], base_path: str) -> None:
        """`base_path`: the path of `site_url` ("/docs/" or "/")."""
        self._base = base_path if base_path.endswith("/") else base_path + "/"
        self._by_url: dict[str, str] = {}
        for file in files:
            url = unquote(file.url)
            self._by_url.setdefault(url, file.src_uri)
            if url.endswith("/"):
                self._by_url.setdefault(url.rstrip("/"), file.src_uri)
                self._by_url.setdefault(url + "index.html", file.src_uri)

    def mend(self, url: str, source: str, problems: list[Problem], *, in_post: bool) -> str:
        """`url` as written in the page at `source`, mended (see the module's docstring);
        site-absolute links are only redirected in posts."""
        try:
            parts = urlsplit(url)
        except ValueError as e:
            fixed = quote(url, safe="/:?#@!$&'()*+,;=%~")
            problems.append(Problem(f"link {url!r} cannot be parsed ({e}); written as {fixed!r}"))
            return fixed
        if not in_post or parts.scheme or parts.netloc or not parts.path.startswith(self._base):
            return url
        target = self._by_url.get(unquote(parts.path[len(self._base) :]))
        if target is None:
            return url
        relative = posixpath.relpath(target, posixpath.dirname(source) or ".")
        return urlunsplit(("", "", quote(relative), parts.query, parts.fragment))
