"""The `jekyll-blog` plugin: routes MkDocs events to the stage its blog's build is in
(host/stage.py); an event that ends a stage hands on the next. The plugin may be listed more
than once: a blog each."""

from __future__ import annotations

from typing import Any, Literal

from jinja2 import Environment
from mkdocs.config.base import ConfigErrors, ConfigWarnings, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .config import BlogConfig
from .host.blogs import check_blogs, site_blogs, take_page_reading
from .host.build import BlogBuild, build_context
from .host.links.page_links import LinkGuard
from .host.report import log
from .host.serve.memo import Memo
from .host.site import site_facts
from .host.stage import Stage
from .jekyll.problems import RuleError
from .jekyll_import import ImportedConfig, import_jekyll_config


class JekyllBlogPlugin(BasePlugin[BlogConfig]):
    supports_multiple_instances = True  # several blogs in one site (host/blogs.py)

    def __init__(self) -> None:
        self.serving = False
        self.memo = Memo()  # across the builds of `mkdocs serve`
        self.stage = Stage()  # the stage this blog's build is in: none before on_config
        self.imported: ImportedConfig | None = None

    def load_config(
        self, options: dict[str, Any], config_file_path: str | None = None
    ) -> tuple[ConfigErrors, ConfigWarnings]:
        """With `jekyll_config`, the old site's settings fill the options not set here."""
        self.imported = None
        if options.get("jekyll_config"):
            try:
                self.imported = import_jekyll_config(options, config_file_path)
            except RuleError as e:
                errors, warnings = super().load_config(options, config_file_path)
                return [*errors, ("jekyll_config", ValidationError(e.message))], warnings
            options = self.imported.options
        return super().load_config(options, config_file_path)

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        if self.imported is not None:
            log.info(self.imported.summary())
        blogs = site_blogs(config)
        check_blogs(blogs)
        take_page_reading(config, blogs, self, self._read_source)
        first = blogs[0].plugin is self
        site = site_facts(config, self.config, first)
        self.memo.new_build(keeping=self.serving)
        context = build_context(self.config, config, site, self.imported, self.serving, self.memo)
        self.stage = BlogBuild(context, blogs, self)
        # Through the plugin, not the build: `mkdocs serve` keeps its first config (and so this
        # extension) alive, and it must not keep that first build's posts alive with it.
        guard = LinkGuard(self._rewrite_link, self.config.blog_dir)
        config.markdown_extensions.append(guard)  # type: ignore[arg-type]
        return config

    def _rewrite_link(self, url: str, source: str | None) -> str:
        return self.stage.rewrite_link(url, source)

    # After plugins that add, move or localize files (mkdocs-static-i18n's runs at -100).
    @event_priority(-110)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        self.stage = self.stage.on_files(files)
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> None:
        self.stage = self.stage.on_nav(nav, files)

    def _read_source(self, *, page: Page, config: MkDocsConfig) -> str | None:
        return self.stage.page_source(page)

    @event_priority(100)  # first: a post's Liquid is rendered before other plugins read it
    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        return self.stage.page_markdown(markdown, page)

    def on_page_content(
        self, html: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        return self.stage.page_content(html, page, files)

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> None:
        self.stage = self.stage.on_env(files, env)

    @event_priority(-100)  # after search has indexed the page (see Finished.page_context)
    def _fill_page(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        self.stage.page_context(page)
        return context

    @event_priority(-10_000)  # after every plugin has made the context (see Finished.render)
    def _render_page(
        self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext | None:
        self.stage.render(context, page)
        return context

    on_page_context = CombinedEvent(_fill_page, _render_page)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        return self.stage.post_page(output, page)

    def on_post_template(
        self, output_content: str, *, template_name: str, config: MkDocsConfig
    ) -> str | None:
        return self.stage.post_page(output_content, None)

    def _write_pages(self, *, config: MkDocsConfig) -> None:
        self.stage.post_build()

    @event_priority(50)  # before MkDocs' search plugin writes its index
    def _before_search_index(self, *, config: MkDocsConfig) -> None:
        self.stage.before_search_index()

    on_post_build = CombinedEvent(_before_search_index, _write_pages)
