"""Fenced code blocks (``` and ~~~, with a language) as kramdown's GFM parser reads them: up to
three spaces before the fence, a closing fence at least as long, the language the first word.
The instance's own fence reader (`fenced_code`, `pymdownx.superfences`) renders them, so that
highlighting is the site's: fences are given to it in the form it reads, in list items too."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.blockprocessors import BlockProcessor
from markdown.preprocessors import Preprocessor

from .attributes import BLOCK_IAL, rest_blocks

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


def normal_fence(lines: list[str]) -> list[str]:
    """The fence `lines` (opening to closing) as the fence readers read them: the opening line
    (with its info string, which MkDocs' fences read further) unindented, the closing line the
    opening fence itself."""
    found = FENCE.match(lines[0])
    assert found is not None
    return [lines[0].lstrip(" "), *lines[1:-1], found[1]]


class FencePreprocessor(Preprocessor):
    """Gives kramdown's fences at the margin to the fence reader (which runs after it) in its
    own form; indented ones may be in a list item, and are read with their block."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        index = 0
        while index < len(lines):
            if FENCE.match(lines[index]) and not lines[index].startswith(" "):
                end = fence_end(lines, index)
                if end is not None:
                    ial = end + 1 < len(lines) and BLOCK_IAL.match(lines[end + 1])
                    if ial:  # its attribute list: put first, where it is the next block's
                        out.extend(["", lines[end + 1]])
                    out.extend(normal_fence(lines[index : end + 1]))
                    index = end + (2 if ial else 1)
                    continue
            out.append(lines[index])
            index += 1
        return out


class NestedFenceProcessor(BlockProcessor):
    """A fence inside a list item or a quote: the preprocessor that reads fences never saw it."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return bool(FENCE.match(block.split("\n", 1)[0]))

    def run(self, parent: etree.Element, blocks: list[str]) -> bool | None:
        lines = "\n\n".join(blocks).split("\n")
        end = fence_end(lines, 0)
        if end is None:
            return False
        fence = normal_fence(lines[: end + 1])
        read = self.parser.md.preprocessors["fenced_code_block"].run(fence)
        if read == fence:
            return False
        blocks[:] = ["\n".join(read).strip("\n"), *rest_blocks(lines, end + 1)]
        return None
