"""KramdownExtension: a Markdown instance reads its text as kramdown, its other extensions kept.

Python-Markdown's list, list-indent and heading processors are replaced by kramdown's rules;
processors of its own extensions that do a job kramdown also does (attr_list, footnotes,
tables, def_list, abbr) are reused when the instance has them and added when it has not.
"""

from __future__ import annotations

from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.md_in_html import MarkdownInHtmlExtension

from . import extensions, footnotes, inline, math
from .attributes import AttributeListProcessor, AttributeListTreeprocessor
from .definitions import DefinitionListProcessor
from .fences import FencePreprocessor, NestedFenceProcessor
from .footnotes import KramdownFootnotesTreeprocessor
from .header_ids import HeadingIdTreeprocessor
from .headers import AtxHeadingProcessor, RuleProcessor, SetextHeadingProcessor
from .lists import ListProcessor
from .options import KramdownOptions
from .paragraphs import KramdownParagraphProcessor, ParagraphEndProcessor
from .tables import TableProcessor
from .toc import TocTreeprocessor
from .typography import TypographyTreeprocessor


class KramdownExtension(Extension):
    def __init__(self, options: KramdownOptions | None = None, **kwargs: Any) -> None:
        self.options = options or KramdownOptions()
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        options = self.options
        quirk = options.gfm and "paragraph_end" in options.gfm_quirks
        parser = md.parser
        blocks = parser.blockprocessors
        for name in ("olist", "indent"):
            if name in blocks:
                blocks.deregister(name)
        blocks.register(ListProcessor(parser, options.gfm, quirk), "ulist", 30)
        blocks.register(
            AtxHeadingProcessor(parser, options.header_offset, options.gfm), "hashheader", 70
        )
        blocks.register(SetextHeadingProcessor(parser, options.header_offset), "setextheader", 29.5)
        blocks.register(RuleProcessor(parser), "hr", 50)
        blocks.register(AttributeListProcessor(parser), "kramdown_ial", 95)
        blocks.register(ParagraphEndProcessor(parser, quirk), "kramdown_paragraph_end", 11)
        if "fenced_code_block" not in md.preprocessors:
            FencedCodeExtension().extendMarkdown(md)
        md.preprocessors.register(FencePreprocessor(md), "kramdown_fences", 29)
        blocks.register(NestedFenceProcessor(parser), "kramdown_fence", 85)
        blocks.register(TableProcessor(parser), "table", 28)
        if "defindent" in blocks:
            blocks.deregister("defindent")
        blocks.register(DefinitionListProcessor(parser), "deflist", 31)
        blocks.register(KramdownParagraphProcessor(parser), "paragraph", 10)
        footnotes.ensure(md)
        md.treeprocessors.register(
            KramdownFootnotesTreeprocessor(md, options), "kramdown_footnotes", 14
        )
        inline.register(md, options.hard_wrap, options.gfm)
        extensions.register(md)
        if options.math_engine:
            math.register(md, parser)
        if "md_in_html" not in md.treeprocessors:
            MarkdownInHtmlExtension().extendMarkdown(md)
        if "attr_list" not in md.treeprocessors:
            AttrListExtension().extendMarkdown(md)
        md.treeprocessors.register(AttributeListTreeprocessor(md), "kramdown_ial", 25)
        md.treeprocessors.register(TypographyTreeprocessor(md, options), "kramdown_typography", 15)
        md.treeprocessors.register(HeadingIdTreeprocessor(md, options), "kramdown_ids", 6)
        md.treeprocessors.register(TocTreeprocessor(md, options), "kramdown_toc", 5.5)
        if "abbr" not in md.treeprocessors:
            AbbrExtension().extendMarkdown(md)
        md.registerExtension(self)
