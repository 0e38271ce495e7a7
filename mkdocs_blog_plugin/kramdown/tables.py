"""kramdown's tables: any block whose every line has an unescaped pipe; outer pipes optional,
a header only above a first separator line, `|=` lines start a footer, short rows padded."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.blockprocessors import BlockProcessor

from .attributes import BLOCK_IAL, Adjacent

SEPARATOR = re.compile(r"^([+|: \t-]*?-[+|: \t-]*?)[ \t]*$")
FOOTER_SEPARATOR = re.compile(r"^[+|: \t]*?=[+|: \t=]*?[ \t]*$")
ALIGN = re.compile(r"[ \t]?(:?)-+(:?)[ \t]?")
CODE = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)|<code.*?>.*?</code>")
PIPE = re.compile(r"(?<!\\)\|")


def _without_code(line: str) -> str:
    return CODE.sub(lambda m: "x" * len(m[0]), line)


def is_table_line(line: str) -> bool:
    return bool(line.strip()) and bool(PIPE.search(_without_code(line)))


def cells(line: str, leading_pipe: bool) -> list[str]:
    """A row's cells: split at unescaped pipes outside code spans."""
    masked = _without_code(line)
    found: list[str] = []
    start = 0
    for pipe in PIPE.finditer(masked):
        found.append(line[start : pipe.start()])
        start = pipe.end()
    found.append(line[start:])
    if leading_pipe and found and not found[0].strip():
        found.pop(0)
    if found and not found[-1].strip():
        found.pop()
    return [cell.strip().replace("\\|", "|") for cell in found]


def _alignment(separator: str) -> list[str | None]:
    styles: list[str | None] = []
    for left, right in ALIGN.findall(separator):
        if left and right:
            styles.append("center")
        elif left:
            styles.append("left")
        elif right:
            styles.append("right")
        else:
            styles.append(None)
    return styles


def sections(lines: list[str]) -> tuple[list[tuple[str, list[list[str]]]], list[str | None]]:
    """The table's head, bodies and foot, with their rows' cells; the columns' alignment."""
    leading_pipe = lines[0].lstrip().startswith("|")
    found: list[tuple[str, list[list[str]]]] = []
    rows: list[list[str]] = []
    alignment: list[str | None] | None = None
    footer = False
    for line in lines:
        separator = SEPARATOR.match(line)
        if separator:
            if not rows:
                continue
            if alignment is None and not footer:
                found.append(("thead", rows))
                alignment = _alignment(separator[1])
            elif not footer:
                found.append(("tbody", rows))
            else:
                continue
            rows = []
        elif FOOTER_SEPARATOR.match(line):
            if rows:
                found.append(("tbody", rows))
            rows, footer = [], True
        else:
            rows.append(cells(line, leading_pipe))
    if rows:
        found.append(("tfoot" if footer else "tbody", rows))
    return found, alignment or []


class TableProcessor(BlockProcessor):
    """A table as kramdown reads it (replaces the `tables` extension's processor)."""

    def test(self, parent: etree.Element, block: str) -> bool:
        if "|" not in block:
            return False
        lines = self._lines(block)
        if not lines or not all(is_table_line(line) for line in lines):
            return False
        return any(kind == "tbody" for kind, _ in sections(lines)[0])

    @staticmethod
    def _lines(block: str) -> list[str]:
        lines = block.split("\n")
        if len(lines) > 1 and BLOCK_IAL.match(lines[-1]):
            lines.pop()
        return lines if lines and not lines[0].startswith("    ") else []

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        lines = self._lines(block)
        rest = block.split("\n")[len(lines) :]
        if rest:
            blocks.insert(0, Adjacent("\n".join(rest)))
        found, alignment = sections(lines)
        self._build(parent, found, alignment)

    @staticmethod
    def _build(
        parent: etree.Element, sections: list[tuple[str, list[list[str]]]], align: list[str | None]
    ) -> None:
        columns = max((len(row) for _, rows in sections for row in rows), default=0)
        table = etree.SubElement(parent, "table")
        for kind, rows in sections:
            section = etree.SubElement(table, kind)
            for row in rows:
                tr = etree.SubElement(section, "tr")
                for index in range(columns):
                    cell = etree.SubElement(tr, "th" if kind == "thead" else "td")
                    cell.text = row[index] if index < len(row) else ""
                    if index < len(align) and align[index]:
                        cell.set("style", f"text-align: {align[index]}")
