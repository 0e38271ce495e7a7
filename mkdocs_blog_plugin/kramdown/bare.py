"""Raw output that stands bare between blocks (kramdown writes block math and `nomarkdown`
text without a paragraph): stashed, and its paragraph dropped after Python-Markdown's own."""

from __future__ import annotations

from markdown import Markdown
from markdown.postprocessors import Postprocessor

KEY = "kramdown_bare"


def store_bare(md: Markdown, html: str) -> str:
    """The placeholder of `html`, which no paragraph will wrap."""
    placeholder = md.htmlStash.store(html)
    md.__dict__.setdefault(KEY, set()).add(placeholder)
    return placeholder


class BarePostprocessor(Postprocessor):
    def run(self, text: str) -> str:
        for placeholder in self.md.__dict__.pop(KEY, ()):
            text = text.replace(f"<p>{placeholder}</p>", placeholder)
        return text


def register(md: Markdown) -> None:
    md.postprocessors.register(BarePostprocessor(md), "kramdown_bare", 31)
