"""Where kramdown's paragraphs end: with its GFM parser, a line starting a list, a heading, a
quote or a fence ends the paragraph before it, blank line or not (the `paragraph_end` quirk)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.blockparser import BlockParser
from markdown.blockprocessors import (
    BlockProcessor,
    BlockQuoteProcessor,
    EmptyBlockProcessor,
    ParagraphProcessor,
)

from .attributes import EOB, Adjacent
from .syntax import (
    BLOCKQUOTE_START,
    EOB_MARKER,
    IAL_BLOCK_START,
    ends_paragraph,
    starts_block_html,
)

# A block Python-Markdown stashed (a fenced code block, raw HTML), alone on its line.
PLACEHOLDER = re.compile(r"^\x02wzxhzdk:\d+\x03$")


class ParagraphEndProcessor(BlockProcessor):
    """Cuts a block where kramdown's paragraph ends, so each part is read on its own."""

    def __init__(self, parser: BlockParser, gfm_quirk: bool) -> None:
        super().__init__(parser)
        self.gfm_quirk = gfm_quirk

    def cut(self, block: str) -> int:
        lines = block.split("\n")
        for index, line in enumerate(lines):
            if PLACEHOLDER.match(line.strip()):
                return index if index else (1 if len(lines) > 1 else 0)
            if index and ends_paragraph(line, self.gfm_quirk):
                return index
        return 0

    def test(self, parent: etree.Element, block: str) -> bool:
        return self.cut(block) > 0

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        lines = blocks[0].split("\n")
        index = self.cut(blocks[0])
        blocks[0:1] = ["\n".join(lines[:index]), Adjacent("\n".join(lines[index:]))]


class QuoteEndProcessor(BlockProcessor):
    """A quote ends at an attribute list or an end-of-block marker, which Python-Markdown's
    quote would take as lazy lines: cut there, so the attribute list is the quote's."""

    @staticmethod
    def cut(block: str) -> int:
        lines = block.split("\n")
        if not BLOCKQUOTE_START.match(lines[0]):
            return 0
        for index, line in enumerate(lines[1:], 1):
            if IAL_BLOCK_START.match(line) or EOB_MARKER.match(line):
                return index
        return 0

    def test(self, parent: etree.Element, block: str) -> bool:
        return self.cut(block) > 0

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        lines = blocks[0].split("\n")
        index = self.cut(blocks[0])
        blocks[0:1] = ["\n".join(lines[:index]), Adjacent("\n".join(lines[index:]))]
        return False  # the quote's own processor reads the quote


class LazyCodeProcessor(BlockProcessor):
    """An indented code block takes the unindented lines right after it (kramdown's lazy
    lines), each joined to the line before it by a space, as kramdown joins them, and ends at
    an attribute list or an end-of-block marker, which then follow it (adjacent); the code
    block's own processor reads it."""

    @staticmethod
    def scan(block: str) -> tuple[list[int], int]:
        """The lazy lines of the code block `block` starts with, and where it ends."""
        lines = block.split("\n")
        if not lines[0].startswith("    ") or not lines[0].strip():
            return [], len(lines)
        found: list[int] = []
        for index, line in enumerate(lines[1:], 1):
            if IAL_BLOCK_START.match(line) or EOB_MARKER.match(line):
                return found, index
            if starts_block_html(line):
                break
            if line.strip() and not line.startswith("    "):
                found.append(index)
        return found, len(lines)

    def test(self, parent: etree.Element, block: str) -> bool:
        lazy, end = self.scan(block)
        return bool(lazy) or end < block.count("\n") + 1

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        lazy, end = self.scan(blocks[0])
        lines: list[str] = []
        split = blocks[0].split("\n")
        for index, line in enumerate(split[:end]):
            if index in lazy:
                lines[-1] += " " + line
            else:
                lines.append(line)
        rest = split[end:]
        blocks[0:1] = ["\n".join(lines), *([Adjacent("\n".join(rest))] if rest else [])]
        return False  # the code block's own processor reads it


class QuoteProcessor(BlockQuoteProcessor):
    """A quote after a blank line is a new quote (Python-Markdown's continues the last)."""

    def lastChild(self, parent: etree.Element) -> etree.Element | None:
        return None


class BlankLinesProcessor(EmptyBlockProcessor):
    """More than one blank line after a paragraph: no definition list takes it for terms."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        several = blocks[0].startswith("\n")
        super().run(parent, blocks)
        if several and len(parent) and parent[-1].tag == "p":
            etree.SubElement(parent, EOB)


class KramdownParagraphProcessor(ParagraphProcessor):
    """A paragraph's text cut off by a line that then started no block continues the
    paragraph before it, as in kramdown."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks[0]
        if not block.strip():
            blocks.pop(0)
            return
        if isinstance(block, Adjacent) and len(parent) and parent[-1].tag == "p":
            blocks.pop(0)
            previous = parent[-1]
            if block.strip():
                if len(previous):
                    previous[-1].tail = f"{previous[-1].tail or ''}\n{block.lstrip()}"
                else:
                    previous.text = f"{previous.text or ''}\n{block.lstrip()}"
            return
        super().run(parent, blocks)
