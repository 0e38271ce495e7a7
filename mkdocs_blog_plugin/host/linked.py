"""From on_nav to on_env: every blog's files are in the site, so links may lead from one blog to
another and redirects go where no page (nor another blog's redirect) is. MkDocs reads and
renders every page now; each page gets what its role says (roles/page_roles.py)."""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from .finished import finish
from .links.nav import add_blog_section
from .links.page_links import PageLinks
from .output.redirect_pages import plan_redirects
from .placed import AfterLinking, AfterPlacing, LinkedPages, PlacedFiles
from .roles.docs_pages import DocsPages
from .roles.latest_lists import LatestLists
from .roles.listing_pages import ListingPages
from .roles.page_roles import PageRoles
from .roles.post_pages import PostPages
from .stage import Stage


class Placed(AfterPlacing):
    """From on_files to on_nav."""

    def on_nav(self, nav: Navigation, files: Files) -> Stage:
        with self.context.timings.phase("nav"):
            return Linked(self.placed, link(self.placed, nav, files))


def link(placed: PlacedFiles, nav: Navigation, files: Files) -> LinkedPages:
    context, site, blog_files = placed.context, placed.site, placed.blog_files
    options = context.options
    every_post = [post for stage in site.stages() for post in stage.posts]
    own = blog_files.blog.posts
    links = PageLinks(every_post, files, context.site.base_path, own)
    dirs = [blog.blog_dir for blog in site.blogs]
    docs = DocsPages(links, LatestLists(), options.blog_dir, dirs, site.first)
    posts = PostPages(context, blog_files, links, placed.feeds.wants_body, placed.dialect)
    redirected = {path for stage in site.earlier() for path in stage.redirected}
    taken = frozenset(file.dest_uri for file in files) | redirected
    redirects = plan_redirects(context, blog_files, taken)
    pages = [blog_files.files[uri].page for uri in blog_files.plan.nav]
    shown = [page for page in pages if page is not None]
    if shown:
        add_blog_section(nav, shown, blog_files.plan.title)
    roles = PageRoles(posts, ListingPages(blog_files), docs, site.another_owns)
    return LinkedPages(roles, docs, taken, redirects)


class Linked(AfterLinking):
    """From on_nav to on_env."""

    def on_env(self, files: Files, env: Environment) -> Stage:
        """Every page is rendered by now: the views and the feeds can be made."""
        placed = self.placed
        if placed.elsewhere:  # the pages' links and nav are made: they are not written again
            for file in [*placed.blog_files.files.values(), *placed.feeds.files()]:
                files.remove(file)
            return self
        with self.context.timings.phase("posts"):
            self.linked.roles.posts.render_skipped(files)
        return finish(placed, self.linked, env)

    def post_page(self, html: str, page: Page | None) -> str:
        """In another language's build, the blog's feed links."""
        with self.context.timings.phase("feeds"):
            return self.placed.feeds.head_links(html, page.file.src_uri if page else None)
