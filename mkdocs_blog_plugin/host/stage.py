"""One blog's build between two MkDocs events. Each event goes to the stage the build is in; an
event that ends a stage returns the next one, made of what that event decided:

    BlogBuild (on_config) --on_files--> Placed --on_nav--> Linked --on_env--> Finished

This base is also the stage of a blog that builds nothing: every event passes its value on."""

from __future__ import annotations

from collections.abc import Sequence

from jinja2 import Environment
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from ..model.posts import Post
from .timing import Timings


class Stage:
    timings: Timings | None = None  # where this build's time went (read by the benchmark)

    # --- what the site's other blogs ask of this one ---------------------------------------

    @property
    def posts(self) -> Sequence[Post]:
        """Its posts, once its files are placed."""
        return ()

    @property
    def redirected(self) -> frozenset[str]:
        """The files its redirect pages take, once planned (on_nav)."""
        return frozenset()

    def owns(self, page: Page) -> bool:
        """Whether `page` is one of its posts or generated pages."""
        return False

    def own_source(self, page: Page) -> str | None:
        """The text of `page` if it is one of its posts."""
        return None

    # --- the events -------------------------------------------------------------------------

    def on_files(self, files: Files) -> Stage:
        return self

    def on_nav(self, nav: Navigation, files: Files) -> Stage:
        return self

    def page_source(self, page: Page) -> str | None:
        return None

    def page_markdown(self, markdown: str, page: Page) -> str:
        return markdown

    def rewrite_link(self, url: str, source: str | None) -> str:
        return url

    def page_content(self, html: str, page: Page, files: Files) -> str:
        return html

    def on_env(self, files: Files, env: Environment) -> Stage:
        return self

    def page_context(self, page: Page) -> None:
        return None

    def render(self, context: TemplateContext, page: Page) -> None:
        return None

    def post_page(self, html: str, page: Page | None) -> str:
        return html

    def before_search_index(self) -> None:
        return None

    def post_build(self) -> None:
        return None
