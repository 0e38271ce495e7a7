"""Redirect pages that keep old URLs working: `redirect_from`, and every post's URL under the old
site's permalink. They are written straight into site_dir after the build, so they stay out of
`sitemap.xml`, and never over a file the site itself writes."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from mkdocs.utils import get_relative_url

from ..html.redirect_page import redirect_html
from ..jekyll.redirects import legacy_paths, redirect_files, redirect_from_paths
from ..model.posts import Post
from ..model.reading import url_under
from .report import log


@dataclass
class SiteRedirects:
    planned: dict[str, str] = field(default_factory=dict)  # file in site_dir → target src_uri

    def plan(
        self, posts: Iterable[Post], taken: Collection[str], legacy_permalink: str | None
    ) -> None:
        """`taken`: every file the build writes itself (they win over redirects)."""
        own_files = {post.dest_uri: post.source for post in posts}
        for post in posts:
            for path in redirect_from_paths(post.data.get("redirect_from")):
                self._add(post, path, "redirect_from", taken, own_files)
            old_url = url_under(post, legacy_permalink) if legacy_permalink else None
            for path in legacy_paths(old_url) if old_url else ():
                self._add(post, path, "old URL", taken, own_files)

    def plan_pagination(
        self, paginate_path: str | None, series: Sequence[str], taken: Collection[str]
    ) -> None:
        """jekyll-paginate's old index pages (`/page2/`) to the blog index's pages."""
        if not paginate_path or ":num" not in paginate_path:
            return
        for number, target in enumerate(series[1:], start=2):
            path = "/" + paginate_path.replace(":num", str(number)).lstrip("/")
            for file in redirect_files(path):
                if file not in taken and file not in self.planned:
                    self.planned[file] = target

    def _add(
        self, post: Post, path: str, why: str, taken: Collection[str], own: Mapping[str, str]
    ) -> None:
        for file in redirect_files(path):
            if own.get(file) == post.source:
                continue  # the post itself is there
            if file in taken or file in self.planned:
                if why == "redirect_from" or self.planned.get(file) != post.source:
                    log.warning(
                        f"{post.source}: {why} {path} is not written: {file} is already a page"
                    )
                continue
            self.planned[file] = post.source

    def write(
        self, site_dir: str, site_url: str | None, urls: Mapping[str, str], language: str | None
    ) -> None:
        """`urls`: each target's src_uri → its MkDocs URL."""
        for file, source in sorted(self.planned.items()):
            url = urls[source]
            target = site_url + url if site_url else get_relative_url(url, file)
            path = os.path.join(site_dir, file)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(redirect_html(target, language))
