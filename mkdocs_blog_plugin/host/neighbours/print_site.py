"""mkdocs-print-site-plugin puts every page of the nav on one print page, with the HTML it
kept of each once Markdown was rendered (its own `html` attribute of the page). A blog page's
list is filled in later, so the print page is given the filled page too."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from .find import plugins_from


def print_filled_page(config: MkDocsConfig, page: Page) -> None:
    if hasattr(page, "html") and any(plugins_from(config, "mkdocs_print_site_plugin")):
        page.html = page.content
