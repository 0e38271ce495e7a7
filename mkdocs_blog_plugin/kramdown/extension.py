"""KramdownExtension: a Markdown instance reads its text as kramdown, its other extensions kept.

Python-Markdown's processors for lists, headings, rules, tables, definition lists and
paragraphs are replaced by kramdown's rules (under the same names, so that nothing reads a
block twice); its extensions that do a job kramdown also does (fenced_code or superfences,
footnotes, attr_list, md_in_html, abbr) are reused when the instance has them and added when
it has not. Added before another extension, that one could put its own processors back: add
it last.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.md_in_html import MarkdownInHtmlExtension

from . import footnotes, inline, kramdown_extensions, math
from .attributes import (
    AttributeListProcessor,
    AttributeListTreeprocessor,
    restrict_attr_list,
)
from .definitions import DefinitionListProcessor
from .fences import FencePreprocessor, NestedFenceProcessor
from .footnotes import KramdownFootnotesTreeprocessor
from .header_ids import HeadingIdTreeprocessor
from .headers import AtxHeadingProcessor, RuleProcessor, SetextHeadingProcessor
from .links import LinkDefinitionProcessor
from .lists import ListProcessor
from .options import KramdownOptions
from .paragraphs import (
    BlankLinesProcessor,
    KramdownParagraphProcessor,
    LazyCodeProcessor,
    ParagraphEndProcessor,
    QuoteEndProcessor,
    QuoteProcessor,
)
from .tables import TableProcessor
from .toc import TocTreeprocessor
from .typography import TypographyTreeprocessor

# `*[HTML]: Hyper Text Markup Language`, up to three spaces in (abbr's groups).
ABBREVIATION = re.compile(
    r"^[ ]{0,3}[*]\[(?P<abbr>[^\\\n]*?)\][ ]?:[ ]*\n?[ ]*(?P<title>.*)$", re.MULTILINE
)


class KramdownExtension(Extension):
    """Makes the instance read kramdown; add it after the instance's other extensions."""

    def __init__(self, options: KramdownOptions | None = None, **kwargs: Any) -> None:
        self.options = options or KramdownOptions()
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        self._reused(md)
        self._blocks(md)
        self._spans(md)
        self._tree(md)
        md.registerExtension(self)

    @staticmethod
    def _reused(md: Markdown) -> None:
        """Python-Markdown's extensions for jobs kramdown also does, added when missing."""
        if "fenced_code_block" not in md.preprocessors:
            FencedCodeExtension().extendMarkdown(md)
        if "markdown_block" not in md.parser.blockprocessors:
            MarkdownInHtmlExtension().extendMarkdown(md)
        if "attr_list" not in md.treeprocessors:
            AttrListExtension().extendMarkdown(md)
        restrict_attr_list(md)
        if "abbr" not in md.treeprocessors:
            AbbrExtension().extendMarkdown(md)
        if "abbr" in md.parser.blockprocessors:  # kramdown's definitions may be indented
            md.parser.blockprocessors["abbr"].RE = ABBREVIATION  # type: ignore[attr-defined]
        footnotes.ensure(md)

    def _blocks(self, md: Markdown) -> None:
        """kramdown's block rules, at the places of Python-Markdown's (kramdown's order)."""
        options, parser = self.options, md.parser
        quirk = options.gfm and "paragraph_end" in options.gfm_quirks
        blocks = parser.blockprocessors
        for name in ("olist", "indent", "defindent"):
            if name in blocks:
                blocks.deregister(name)
        md.preprocessors.register(FencePreprocessor(md), "kramdown_fences", 29)
        blocks.register(AttributeListProcessor(parser), "kramdown_ial", 95)
        blocks.register(NestedFenceProcessor(parser), "kramdown_fence", 85)
        blocks.register(LazyCodeProcessor(parser), "kramdown_lazy_code", 81)
        offset = options.header_offset
        blocks.register(AtxHeadingProcessor(parser, offset, options.gfm), "hashheader", 70)
        blocks.register(RuleProcessor(parser), "hr", 50)
        blocks.register(DefinitionListProcessor(parser), "deflist", 31)
        blocks.register(ListProcessor(parser, options.gfm, quirk), "ulist", 30)
        blocks.register(SetextHeadingProcessor(parser, offset), "setextheader", 29.5)
        if options.math_engine:
            math.register(md, parser)
        blocks.register(TableProcessor(parser), "table", 28)
        blocks.register(LinkDefinitionProcessor(parser), "reference", 15)
        blocks.register(BlankLinesProcessor(parser), "empty", 100)
        blocks.register(QuoteEndProcessor(parser), "kramdown_quote_end", 21)
        blocks.register(QuoteProcessor(parser), "quote", 20)
        blocks.register(ParagraphEndProcessor(parser, quirk), "kramdown_paragraph_end", 11)
        blocks.register(KramdownParagraphProcessor(parser), "paragraph", 10)

    def _spans(self, md: Markdown) -> None:
        inline.register(md, self.options.hard_wrap, self.options.gfm)
        kramdown_extensions.register(md)

    def _tree(self, md: Markdown) -> None:
        """What kramdown decides once a document is read, before `toc` (5) reads the ids."""
        options = self.options
        tree = md.treeprocessors
        tree.register(AttributeListTreeprocessor(md), "kramdown_ial", 25)
        # after attr_list (8), whose quotes stay straight; before the ids, which read it
        tree.register(TypographyTreeprocessor(md, options), "kramdown_typography", 7.5)
        tree.register(KramdownFootnotesTreeprocessor(md, options), "kramdown_footnotes", 14)
        tree.register(HeadingIdTreeprocessor(md, options), "kramdown_ids", 6)
        tree.register(TocTreeprocessor(md, options), "kramdown_toc", 5.5)
