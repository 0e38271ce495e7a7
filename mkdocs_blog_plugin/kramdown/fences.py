"""Fenced code blocks (``` and ~~~, with a language) wherever kramdown reads them, list items
included: the instance's own fence reader (`fenced_code`, `pymdownx.superfences`) renders them,
so that highlighting is the site's."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.blockprocessors import BlockProcessor

FENCE = re.compile(r"^ {0,3}(([~`])\2{2,})[ \t]*([^\s`]*)[^\n`]*$")


def fence_end(lines: list[str], start: int) -> int | None:
    """The index of the line closing the fence opened at `lines[start]`, if any."""
    found = FENCE.match(lines[start])
    assert found is not None
    closing = re.compile(rf"^ {{0,3}}{re.escape(found[2])}{{{len(found[1])},}}\s*$")
    for index in range(start + 1, len(lines)):
        if closing.match(lines[index]):
            return index
    return None


class NestedFenceProcessor(BlockProcessor):
    """A fence inside a list item or a quote: the preprocessor that reads fences never saw it."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return bool(FENCE.match(block.split("\n", 1)[0]))

    def run(self, parent: etree.Element, blocks: list[str]) -> bool | None:
        lines = "\n\n".join(blocks).split("\n")
        end = fence_end(lines, 0)
        reader = self.parser.md.preprocessors["fenced_code_block"]
        if end is None:
            return False
        indent = len(lines[0]) - len(lines[0].lstrip(" "))
        fence = [
            line[indent:] if line[:indent].isspace() else line.lstrip(" ")
            for line in lines[: end + 1]
        ]
        read = reader.run(fence)
        rest = "\n".join(lines[end + 1 :]).lstrip("\n")
        blocks[:] = ["\n".join(read).strip("\n"), *(rest.split("\n\n") if rest else [])]
        return None
