"""Comparing two renderings of a post's Markdown the way a reader would: block by block.

A block is a heading, a paragraph, a list item at its depth, a code block, a table cell, a
definition term or definition; its text is compared after collapsing whitespace, a code
block's as it is (its lines and indentation are what a reader sees). `plain` also
folds kramdown's typography (curly quotes, dashes, ellipses, guillemets) back to ASCII, so the
two figures tell apart "the same words" from "the same words, typography included".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

import lxml.html
from lxml.etree import ParserError

BLOCK_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "td", "th", "dt", "dd"}
)
# Inside these, a <p> is part of the enclosing block, not one of its own.
ABSORBING = frozenset({"li", "td", "th", "dd", "dt"})
LISTS = frozenset({"ul", "ol", "dl"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
        "\u2013": "--", "\u2014": "---", "\u2026": "...", "\u00ab": "<<", "\u00bb": ">>",
        "\u00a0": " ",
    }
)  # fmt: skip
WHITESPACE = re.compile(r"\s+")


class Block(NamedTuple):
    tag: str
    depth: int  # how many lists it is inside
    text: str

    def __str__(self) -> str:
        return f"<{self.tag}>{'  ' * self.depth}{self.text[:120]!r}"


def _fragment(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return None


def _own_text(element: lxml.html.HtmlElement) -> str:
    """The text of `element` without that of the blocks nested in it."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag == "p":  # a paragraph inside a list item or a cell: part of its text
            parts.append(f" {_own_text(child)} ")
        elif child.tag not in BLOCK_TAGS | LISTS | {"table"}:
            parts.append(_own_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def blocks(html: str) -> list[Block]:
    root = _fragment(html)
    if root is None:
        return []
    found: list[Block] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag not in BLOCK_TAGS:
            continue
        if element.tag == "p" and any(a.tag in ABSORBING for a in element.iterancestors()):
            continue
        depth = sum(1 for a in element.iterancestors() if a.tag in LISTS)
        if element.tag == "pre":  # code: its lines and indentation are what a reader sees
            text = element.text_content().strip("\n")
        else:
            text = WHITESPACE.sub(" ", _own_text(element)).strip()
        if text or element.tag != "p":
            found.append(Block(element.tag, depth, text))
    return found


def heading_ids(html: str) -> list[str]:
    root = _fragment(html)
    if root is None:
        return []
    return [e.get("id") for e in root.iter() if e.tag in HEADINGS and e.get("id")]


def all_ids(html: str) -> set[str]:
    root = _fragment(html)
    return set() if root is None else {e.get("id") for e in root.iter() if e.get("id")}


def plain(block: Block) -> Block:
    return block._replace(text=WHITESPACE.sub(" ", block.text.translate(TYPOGRAPHY)).strip())


@dataclass(frozen=True)
class Agreement:
    """How one rendering of a post compares with the expected one."""

    same: bool  # every block the same, typography folded
    same_typography: bool  # every block the same, typography included
    ids_expected: int
    ids_kept: int
    first_difference: str  # "" when same_typography

    @property
    def all_ids_kept(self) -> bool:
        return self.ids_kept == self.ids_expected


def _first_difference(expected: list[Block], actual: list[Block]) -> str:
    for index, (one, other) in enumerate(zip(expected, actual, strict=False)):
        if one != other:
            return f"block {index}: expected {one} got {other}"
    if len(expected) != len(actual):
        index = min(len(expected), len(actual))
        extra = expected[index] if len(expected) > index else actual[index]
        side = "missing" if len(expected) > index else "extra"
        return f"block {index}: {side} {extra}"
    return ""


def compare(expected_html: str, actual_html: str) -> Agreement:
    expected, actual = blocks(expected_html), blocks(actual_html)
    same_typography = expected == actual
    same = same_typography or [plain(b) for b in expected] == [plain(b) for b in actual]
    wanted = heading_ids(expected_html)
    present = all_ids(actual_html)
    return Agreement(
        same=same,
        same_typography=same_typography,
        ids_expected=len(wanted),
        ids_kept=sum(1 for i in wanted if i in present),
        first_difference="" if same_typography else _first_difference(expected, actual),
    )
