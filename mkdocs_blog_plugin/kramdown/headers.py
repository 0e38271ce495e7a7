"""kramdown's headings and rules: ATX headings need a space after the hashes (GFM), a
trailing `{#id}` names the heading, a setext underline makes a heading only of a block's first
line, and a rule is read only where a block starts."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor

from .attributes import Adjacent
from .syntax import ATX_HEADER_START, HR_LINE

HEADER_ID = re.compile(r"[\t ]\{#([A-Za-z][\w:-]*)\}$")
CLOSING_HASHES = re.compile(r"[\t ]#+$")
# kramdown's own parser (`input: kramdown`): no space needed after the hashes or before the end.
KRAMDOWN_ATX_START = re.compile(r"^(#{1,6})[\t ]*([^ \t].*)$")
KRAMDOWN_CLOSING_HASHES = re.compile(r"(?<!\\)#+$")
SETEXT = re.compile(r"^ {0,3}([^ \t].*)\n([-=])[-=]*[ \t]*(?:\n|$)")


def split_id(text: str) -> tuple[str, str | None]:
    """The heading's text and the id it names, from what follows the hashes."""
    text = text.rstrip()
    found = HEADER_ID.search(text)
    header_id = None
    if found:
        header_id, text = found[1], text[: found.start()].rstrip()
    return text, header_id


class AtxHeadingProcessor(BlockProcessor):
    def __init__(self, parser: BlockParser, offset: int, gfm: bool = True) -> None:
        super().__init__(parser)
        self.offset = offset
        self.start = ATX_HEADER_START if gfm else KRAMDOWN_ATX_START
        self.closing = CLOSING_HASHES if gfm else KRAMDOWN_CLOSING_HASHES

    def test(self, parent: etree.Element, block: str) -> bool:
        found = self.start.match(block.split("\n", 1)[0])
        return bool(found and self._text(found[2])[0])

    def _text(self, contents: str) -> tuple[str, str | None]:
        text, header_id = split_id(contents)
        return self.closing.sub("", text).rstrip(), header_id

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        line, _, rest = blocks.pop(0).partition("\n")
        found = self.start.match(line)
        assert found is not None
        text, header_id = self._text(found[2])
        add_heading(parent, len(found[1]) + self.offset, text, header_id)
        if rest:
            blocks.insert(0, Adjacent(rest))


class SetextHeadingProcessor(BlockProcessor):
    def __init__(self, parser: BlockParser, offset: int) -> None:
        super().__init__(parser)
        self.offset = offset

    def test(self, parent: etree.Element, block: str) -> bool:
        return bool(SETEXT.match(block))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        found = SETEXT.match(block)
        assert found is not None
        text, header_id = split_id(found[1])
        add_heading(parent, (1 if found[2] == "=" else 2) + self.offset, text, header_id)
        rest = block[found.end() :]
        if rest:
            blocks.insert(0, Adjacent(rest))


# A trailing `{…}` kramdown leaves as text (attr_list would read it): its brace escaped.
TRAILING_BRACES = re.compile(r"(\s)\{([^}\n]*\}\s*)$")


def add_heading(parent: etree.Element, level: int, text: str, header_id: str | None) -> None:
    heading = etree.SubElement(parent, f"h{min(max(level, 1), 6)}")
    heading.text = TRAILING_BRACES.sub(lambda m: f"{m[1]}\x02{ord('{')}\x03{m[2]}", text.strip())
    if header_id:
        heading.set("id", header_id)


class RuleProcessor(BlockProcessor):
    """A horizontal rule, only where a block starts (kramdown's order: a list comes first)."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return bool(HR_LINE.match(block.split("\n", 1)[0]))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        _, _, rest = blocks.pop(0).partition("\n")
        etree.SubElement(parent, "hr")
        if rest:
            blocks.insert(0, Adjacent(rest))
