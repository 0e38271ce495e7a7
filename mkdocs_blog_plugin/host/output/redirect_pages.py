"""Redirect pages that keep old URLs working: `redirect_from`, every post's URL under the old
site's permalink, the old index pages and the old feed address. They are written straight into
site_dir after the build, so they stay out of `sitemap.xml`, and never over a file the site
itself writes. A post with `redirect_to` is itself a redirect page."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from mkdocs.utils import get_relative_url

from ...html.redirect_page import redirect_html
from ...jekyll.old_addresses import OldAddresses
from ...jekyll.problems import Problem
from ...jekyll.redirects import (
    legacy_paths,
    redirect_files,
    redirect_from_paths,
    redirect_to_target,
)
from ...model.posts import Post
from ...model.reading import url_under
from ...pages.kinds import ListingPage, TermKind
from ...pages.plan import BlogPlan
from ..context import BuildContext
from ..placing.blog_files import BlogFiles
from ..report import log, report
from ..site import SiteFacts
from .write import write_output


def plan_redirects(
    context: BuildContext, blog_files: BlogFiles, taken: Collection[str]
) -> SiteRedirects:
    """Old URLs: `redirect_from`, the old permalink's, the old index pages', and with the old
    `_config.yml` its archive pages' and every post's under its `baseurl`. `taken`: every file
    the build writes itself (they win over redirects)."""
    options, imported = context.options, context.imported
    base_path = context.site.base_path  # where the site is served
    redirects = SiteRedirects()
    if not options.redirects:
        return redirects
    legacy = options.legacy_permalink or (imported.legacy_permalink if imported else None)
    redirects.plan(blog_files.blog.posts, taken, legacy)
    index = blog_files.plan.pages[0]
    if imported is not None and isinstance(index, ListingPage):
        paginate_path = imported.jekyll.paginate_path
        redirects.plan_pagination(paginate_path, index.page_uris, taken)
    if imported is not None:
        old = imported.jekyll.old
        for path, target in old_pages(blog_files, old):
            new_path = old.in_new_site(path, base_path)
            if new_path is not None:
                redirects.plan_quietly(new_path, target, taken)
    return redirects


def old_pages(blog_files: BlogFiles, old: OldAddresses) -> Iterator[tuple[str, str]]:
    """(old path, the src_uri now there): jekyll-archives' tag, category and date pages, and,
    under a baseurl, every post."""
    plan = blog_files.plan
    kinds: tuple[TermKind, ...] = ("tag", "category")
    for kind in kinds:
        for name in plan.terms.get(kind, {}):
            path = old.archive_path(kind, name=name)
            target = plan.term_page(kind, name)
            if path is not None and target is not None:
                yield path, target
    for page in plan.pages:
        if isinstance(page, ListingPage) and page.kind in ("year", "month", "day") and page.posts:
            date = page.posts[0].date
            month = date.month if page.kind != "year" else None
            day = date.day if page.kind == "day" else None
            path = old.archive_path(page.kind, year=date.year, month=month, day=day)
            if path is not None:
                yield path, page.src_uri
    if old.baseurl:
        for post in blog_files.blog.posts:
            for path in legacy_paths(post.url):
                yield path, post.source


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
        self, paginate_path: str | None, index_pages: Sequence[str], taken: Collection[str]
    ) -> None:
        """jekyll-paginate's old index pages (`/page2/`) to the blog index's pages."""
        if not paginate_path or ":num" not in paginate_path:
            return
        for number, target in enumerate(index_pages[1:], start=2):
            path = "/" + paginate_path.replace(":num", str(number)).lstrip("/")
            for file in redirect_files(path):
                if file not in taken and file not in self.planned:
                    self.planned[file] = target

    def plan_quietly(self, path: str, target: str, taken: Collection[str]) -> None:
        """`path` to the page made from `target`, unless a file is there (often the page
        itself: then no redirect is needed, and none is said)."""
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

    def write(self, site_dir: str, site: SiteFacts, urls: Mapping[str, str]) -> None:
        """`urls`: each target's src_uri → its MkDocs URL."""
        for file, source in sorted(self.planned.items()):
            url = urls[source]
            target = site.url + url if site.has_url else get_relative_url(url, file)
            page = redirect_html(target, site.language).encode("utf-8")
            write_output(os.path.join(site_dir, file), page)


def write_old_feed(site_dir: str, old: str, atom: bytes | None, taken: Collection[str]) -> None:
    """An Atom feed also at jekyll-feed's old address `old` (site-relative; if the blog writes
    that feed), unless the site has a file there."""
    if atom is None:
        return
    if old in taken:
        log.warning(f"jekyll-blog: the old feed address {old} is a page of this site")
        return
    write_output(os.path.join(site_dir, old), atom)


def old_feeds(plan: BlogPlan, old: OldAddresses) -> Iterator[tuple[str, str]]:
    """(old site-relative path, the src_uri of the page whose feed it was): jekyll-feed's
    category feeds (`feed/news.xml`) and tag feeds (`feed/by_tag/python.xml`)."""
    for category in old.category_feeds:
        path, page = old.category_feed_path(category), plan.term_page("category", category)
        if path is not None and page is not None:
            yield path, page
    if old.tag_feeds is not None:
        for name in plan.terms.get("tag", {}):
            path, page = old.tag_feeds.path_of(name), plan.term_page("tag", name)
            if path is not None and page is not None:
                yield path, page


def redirect_to_page(post: Post, site: SiteFacts) -> str | None:
    """The redirect page a post with `redirect_to` becomes, None for any other post."""
    target = redirect_to_target(post.data.get("redirect_to"))
    if target is None:
        return None
    try:
        return redirect_html(site.absolute(target), site.language)
    except ValueError as e:
        report(post.source, Problem(f"redirect_to {target!r} is not used: {e}"))
        return None
