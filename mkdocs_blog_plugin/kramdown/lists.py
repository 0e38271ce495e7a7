"""kramdown's lists: items at their content column, nesting at two or three spaces, lazy lines.

An item's content column is its marker's width plus the spaces after it; lines indented that
far (not four spaces) continue the item, so nested lists and code blocks sit under the item as
kramdown reads them. Python-Markdown's own list and list-indent processors are replaced.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor

from .attributes import LIST_ITEM_IAL, apply_attributes, rest_blocks
from .syntax import (
    EOB_MARKER,
    HR_LINE,
    IAL_BLOCK_START,
    LIST_START_OL,
    LIST_START_UL,
    ends_paragraph,
    is_list_start,
    starts_block_html,
)

TASK = re.compile(r"\A\s*\[([ xX])\]\s+")
CHECKBOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled"{} />'


@dataclass
class Item:
    indentation: int
    chunks: list[str]
    attributes: str = ""


@dataclass
class Gathered:
    """A list as kramdown gathers it: its items' text, and how much of the input it took."""

    ordered: bool
    items: list[Item] = field(default_factory=list)
    consumed: int = 0  # lines
    eob: bool = False


def item_pattern(ordered: bool, indentation: int) -> re.Pattern[str]:
    """A further item of the list: at most its content column less one space, and three."""
    spaces = min(max(indentation - 1, 0), 3)
    marker = r"\d+\." if ordered else r"[+*-]"
    return re.compile(rf"^( {{0,{spaces}}}{marker})([\t| ].*)$")


def first_line(marker: str, rest: str) -> tuple[str, int, str]:
    """The item's text, its content column, and its attribute list from its first line."""
    ial = ""
    indentation = len(marker) + len(rest) - len(rest.lstrip(" "))
    found = LIST_ITEM_IAL.match(rest)
    if found:
        ial, rest = found[1], rest[found.end() :]
    if not rest.strip():
        indentation = 4
    return rest.strip(" \t"), indentation, ial


def is_lazy(line: str, indentation: int) -> bool:
    """Whether `line`, not indented to the content column, still continues the item (kramdown's
    lazy line): anything but a blank line, an attribute list or a block-level HTML tag."""
    spaces = min(indentation, 3)
    if not line.strip():
        return False
    if IAL_BLOCK_START.match(line) and len(line) - len(line.lstrip()) <= spaces:
        return False
    return not starts_block_html(line, spaces)


def gather(lines: list[str]) -> Gathered:
    """kramdown's list parse over `lines` (their first starts the list)."""
    ordered = not LIST_START_UL.match(lines[0])
    found = Gathered(ordered)
    start = LIST_START_OL if ordered else LIST_START_UL
    item: Item | None = None
    nested = last_blank = False
    index = 0
    for index, line in enumerate(lines):
        marker = start.match(line)
        if last_blank and HR_LINE.match(line):
            break
        if EOB_MARKER.match(line):
            found.eob = True
            index += 1
            break
        if marker:
            text, indentation, ial = first_line(marker[1], marker[2])
            item = Item(indentation, [text + "\n"], ial)
            found.items.append(item)
            start = item_pattern(ordered, indentation)
            nested = is_list_start(text)
            last_blank = False
            continue
        assert item is not None
        indent = " " * item.indentation
        if line.strip() and (
            line.startswith(indent) or (not last_blank and is_lazy(line, item.indentation))
        ):
            indented = line.startswith(indent)
            if indented:
                line = line[item.indentation :]
            if not nested and indented and is_list_start(line):
                item.chunks.append("")
                nested = True
            elif nested and not indented and is_list_start(line):
                line = " " * (item.indentation + 4) + line
            item.chunks[-1] += line + "\n"
            last_blank = False
        elif not line.strip():
            nested = last_blank = True
            item.chunks[-1] += "\n"
        else:
            break
    else:
        index = len(lines)
    found.consumed = index
    return found


class ListProcessor(BlockProcessor):
    """Reads a list, and its items' blocks, as kramdown does."""

    def __init__(self, parser: BlockParser, gfm: bool, gfm_quirk: bool) -> None:
        super().__init__(parser)
        self.gfm = gfm
        self.gfm_quirk = gfm_quirk

    def test(self, parent: etree.Element, block: str) -> bool:
        return is_list_start(block.split("\n", 1)[0])

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        lines = "\n\n".join(blocks).split("\n")
        found = gather(lines)
        blocks[:] = rest_blocks(lines, found.consumed)
        element = etree.SubElement(parent, "ol" if found.ordered else "ul")
        transparent: list[bool] = []
        for position, item in enumerate(found.items):
            li = etree.SubElement(element, "li")
            if item.attributes:
                apply_attributes(li, item.attributes, self.parser.md)
            for chunk in item.chunks:
                self.parser.parseChunk(li, chunk)
            last = position == len(found.items) - 1
            if len(li) and li[0].tag == "p":
                blank_after, only_blank_after = _after_first_paragraph(item, self.gfm_quirk)
                transparent.append(
                    (not blank_after or (last and only_blank_after and not found.eob))
                    and (not last or len(found.items) == 1 or any(transparent))
                )
            else:
                transparent.append(True)
            if self.gfm:
                _task(li, self.parser.md)
        for li, tight in zip(element, transparent, strict=True):
            if tight and len(li) and li[0].tag == "p":
                _unwrap_first(li)
        if self.gfm and any("task-list-item" in li.get("class", "") for li in element):
            element.set("class", "task-list")


def _after_first_paragraph(item: Item, gfm_quirk: bool) -> tuple[bool, bool]:
    """Whether a blank line follows the item's first paragraph, and only blank lines do."""
    text = item.chunks[0]
    lines = (text[:-1] if text.endswith("\n") else text).split("\n")
    for index, line in enumerate(lines):
        if not line.strip():
            rest = "\n".join(lines[index:]) + "".join(item.chunks[1:])
            return True, not rest.strip()
        if index and ends_paragraph(line, gfm_quirk):
            return False, False
    return False, False


def _task(li: etree.Element, md: object) -> None:
    if not len(li) or li[0].tag != "p" or not li[0].text:
        return
    found = TASK.match(li[0].text)
    if not found:
        return
    checked = ' checked="checked"' if found[1] in "xX" else ""
    box = md.htmlStash.store(CHECKBOX.format(checked))  # type: ignore[attr-defined]
    li[0].text = box + li[0].text[found.end() :]
    li.set("class", "task-list-item")


def _unwrap_first(li: etree.Element) -> None:
    paragraph = li[0]
    li.remove(paragraph)
    unwrap_into(li, paragraph)


def unwrap_into(item: etree.Element, paragraph: etree.Element) -> None:
    """Put the (removed, first) `paragraph`'s content at the start of `item`, a newline after
    it when more follows, as kramdown writes a transparent paragraph."""
    more = len(item) > 0
    item.text = (paragraph.text or "") + ("\n" if more and not len(paragraph) else "")
    for index, child in enumerate(list(paragraph)):
        item.insert(index, child)
    if len(paragraph):
        last = item[len(paragraph) - 1]
        last.tail = (last.tail or "") + ("\n" if more else "")
