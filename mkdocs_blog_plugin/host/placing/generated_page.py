"""The MkDocs page of a generated blog page. Its HTML is the plugin's, filled in after search has
indexed the page, so its source is a marker that Markdown has nothing to do with; until then its
content is its title, for search to find it by."""

from __future__ import annotations

from html import escape

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

LISTING_MARKER = "<!-- jekyll-blog-listing -->"


class GeneratedPage(Page):
    def __init__(self, file: File, config: MkDocsConfig, heading: str) -> None:
        super().__init__(None, file, config)
        self.heading = heading

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown != LISTING_MARKER:  # another plugin wrote into it: Markdown as usual
            super().render(config, files)
            return
        self.content = f"<h1>{escape(self.heading)}</h1>"
        self.toc = get_toc([])
        self.present_anchor_ids = set()
        self.links_to_anchors = {}
