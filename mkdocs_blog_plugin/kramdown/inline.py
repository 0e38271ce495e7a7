"""kramdown's span rules Python-Markdown reads otherwise: GFM's escapable characters, its line
breaks (a backslash at a line's end, or every newline with `hard_wrap`), and `<<`/`>>`, which
are guillemets and never the start of an HTML tag."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.inlinepatterns import InlineProcessor

# kramdown-parser-gfm's escapable characters, beyond Python-Markdown's own.
GFM_ESCAPABLE = ("\\", ".", "*", "_", "+", "`", "<", ">", "(", ")", "[", "]", "{", "}", "#")
GFM_ESCAPABLE += ("!", ":", "|", '"', "'", "$", "=", "-", "~")


class LineBreakProcessor(InlineProcessor):
    def handleMatch(  # noqa: N802 - Python-Markdown's name
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element, int, int]:
        element = etree.Element("br")
        element.tail = "\n"
        return element, m.start(0), m.end(0)


class GuillemetProcessor(InlineProcessor):
    def handleMatch(  # noqa: N802 - Python-Markdown's name
        self, m: re.Match[str], data: str
    ) -> tuple[str, int, int]:
        return m[0], m.start(0), m.end(0)


def register(md: Markdown, hard_wrap: bool, gfm: bool) -> None:
    if gfm:
        md.ESCAPED_CHARS = sorted({*md.ESCAPED_CHARS, *GFM_ESCAPABLE})
        if hard_wrap:
            md.inlinePatterns.register(LineBreakProcessor(r"\n(?!\Z)"), "kramdown_hard_wrap", 5)
        else:
            md.inlinePatterns.register(LineBreakProcessor(r"\\\n"), "kramdown_break", 185)
    md.inlinePatterns.register(GuillemetProcessor(r"<<|>>"), "kramdown_guillemets", 95)
