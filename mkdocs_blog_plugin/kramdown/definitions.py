"""kramdown's definition lists: the paragraph before a `: definition` line gives the terms, one
a line; a definition continues at its content column; a blank line before a definition makes
its first paragraph a paragraph; a list right after another continues it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.blockprocessors import BlockProcessor

from .attributes import LIST_ITEM_IAL, Adjacent, apply_attributes, rest_blocks
from .lists import first_line, is_lazy, unwrap_into
from .syntax import EOB_MARKER

DEFINITION = re.compile(r"^( {0,3}:)([\t| ].*)$")


def definition_pattern(indentation: int) -> re.Pattern[str]:
    spaces = min(max(indentation - 1, 0), 3)
    return re.compile(rf"^( {{0,{spaces}}}:)([\t| ].*)$")


def gather(lines: list[str], first_as_para: bool) -> tuple[list[tuple[list[str], str, bool]], int]:
    """The definitions starting at `lines[0]`: each one's lines, attribute list and whether
    its first paragraph stays a paragraph; and how many lines they take."""
    found: list[tuple[list[str], str, bool]] = []
    start = DEFINITION
    indentation = 0
    last_blank = False
    for index, line in enumerate(lines):
        marker = start.match(line)
        if marker:
            text, indentation, ial = first_line(marker[1], marker[2])
            found.append(([text], ial, first_as_para))
            start = definition_pattern(indentation)
            first_as_para = last_blank = False
        elif EOB_MARKER.match(line):
            return found, index
        elif line.strip() and (
            line.startswith(" " * indentation) or (not last_blank and is_lazy(line, indentation))
        ):
            found[-1][0].append(line[indentation:] if line.startswith(" " * indentation) else line)
            first_as_para = last_blank = False
        elif not line.strip():
            found[-1][0].append("")
            first_as_para = last_blank = True
        else:
            return found, index
    return found, len(lines)


class DefinitionListProcessor(BlockProcessor):
    """Replaces the `def_list` extension's processors while the dialect is on."""

    def test(self, parent: etree.Element, block: str) -> bool:
        if not DEFINITION.match(block.split("\n", 1)[0]) or block.startswith("\n"):
            return False
        return bool(len(parent) and parent[-1].tag == "p" and not len(parent[-1]))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        first_as_para = not isinstance(blocks[0], Adjacent)
        lines = "\n\n".join(blocks).split("\n")
        paragraph = parent[-1]
        parent.remove(paragraph)
        if len(parent) and parent[-1].tag == "dl":
            dl = parent[-1]
        else:
            dl = etree.SubElement(parent, "dl")
            for key, value in paragraph.attrib.items():
                dl.set(key, value)
        items: list[tuple[etree.Element, list[str], bool]] = []
        for term in (paragraph.text or "").split("\n"):
            dt = etree.SubElement(dl, "dt")
            found = LIST_ITEM_IAL.match(term)
            if found:
                apply_attributes(dt, found[1], self.parser.md)
                term = term[found.end() :]
            dt.text = term.strip()
        definitions, index = gather(lines, first_as_para)
        for text, ial, as_para in definitions:
            dd = etree.SubElement(dl, "dd")
            if ial:
                apply_attributes(dd, ial, self.parser.md)
            items.append((dd, text, as_para))
        blocks[:] = rest_blocks(lines, index)
        for dd, content, as_para in items:
            self.parser.parseChunk(dd, "\n".join(content))
            if len(dd) and dd[0].tag == "p" and not as_para:
                paragraph = dd[0]
                dd.remove(paragraph)
                unwrap_into(dd, paragraph)
