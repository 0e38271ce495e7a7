"""kramdown's span rules Python-Markdown reads otherwise: GFM's escapable characters, its line
breaks (a backslash at a line's end, or every newline with `hard_wrap`), and `<<`/`>>`, which
are guillemets and never the start of an HTML tag."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.inlinepatterns import InlineProcessor

# kramdown's escapable characters (its GFM parser's add `~`), beyond Python-Markdown's own.
ESCAPABLE: tuple[str, ...] = (
    *("\\", ".", "*", "_", "+", "`", "<", ">", "(", ")", "[", "]", "{", "}", "#"),
    *("!", ":", "|", '"', "'", "$", "=", "-"),
)


# Block-level elements: in a paragraph's text kramdown writes their tags as text.
BLOCK_ELEMENTS = (
    *("address", "article", "aside", "applet", "body", "blockquote", "caption", "col"),
    *("colgroup", "dd", "div", "dl", "dt", "fieldset", "figcaption", "footer", "form", "h1"),
    *("h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "head", "iframe"),
    *("legend", "menu", "li", "main", "map", "nav", "ol", "optgroup", "p", "pre", "section"),
    *("summary", "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul"),
)
# The closing tag of an element without content (`</img>`): kramdown writes it as text.
VOID_CLOSING = r"(?i)</(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)\s*>"
BLOCK_TAG = rf"(?i)</?(?:{'|'.join(BLOCK_ELEMENTS)})(?:\s[^>]*)?/?>"


class LineBreakProcessor(InlineProcessor):
    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element, int, int]:
        element = etree.Element("br")
        element.tail = "\n"
        return element, m.start(0), m.end(0)


AMPERSAND = re.compile(r"&(?!#?\w+;)")  # not an entity's


class TagAsTextProcessor(InlineProcessor):
    """A block-level tag in a paragraph's text: written as text (escaped), and, as kramdown
    reads it whole, no later rule (typography) changes it."""

    def __init__(self, pattern: str, md: Markdown, anywhere: bool = False) -> None:
        super().__init__(pattern, md)
        self.anywhere = anywhere  # else not in a paragraph that starts with such a tag

    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[str | None, int | None, int | None]:
        if not self.anywhere and self.compiled_re.match(data.lstrip()):
            return None, None, None
        assert self.md is not None
        text = AMPERSAND.sub("&amp;", m[0]).replace("<", "&lt;").replace(">", "&gt;")
        return self.md.htmlStash.store(text), m.start(0), m.end(0)


class AsTextProcessor(InlineProcessor):
    """What it matches is text, read by no later rule."""

    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[str | None, int | None, int | None]:
        return m[0], m.start(0), m.end(0)


class StrikethroughProcessor(InlineProcessor):
    """GFM's `~~struck~~`: not after `~~` a space or a tilde, nor before the end one."""

    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element, int, int]:
        element = etree.Element("del")
        element.text = m[1]
        return element, m.start(0), m.end(0)


def register(md: Markdown, hard_wrap: bool, gfm: bool) -> None:
    md.ESCAPED_CHARS = sorted({*md.ESCAPED_CHARS, *ESCAPABLE, *(["~"] if gfm else [])})
    if gfm:
        pattern = StrikethroughProcessor(r"(?s)~~((?!\s|~).*?[^\s~])~~")
        md.inlinePatterns.register(pattern, "kramdown_strikethrough", 75)
        if hard_wrap:
            md.inlinePatterns.register(LineBreakProcessor(r"\n(?!\Z)"), "kramdown_hard_wrap", 5)
        else:
            md.inlinePatterns.register(LineBreakProcessor(r"\\\n"), "kramdown_break", 185)
    md.inlinePatterns.register(AsTextProcessor(r"<<|>>"), "kramdown_guillemets", 95)
    tags = TagAsTextProcessor(BLOCK_TAG, md)
    md.inlinePatterns.register(tags, "kramdown_block_tags_as_text", 94)
    void = TagAsTextProcessor(VOID_CLOSING, md, anywhere=True)
    md.inlinePatterns.register(void, "kramdown_void_closing_as_text", 93)
