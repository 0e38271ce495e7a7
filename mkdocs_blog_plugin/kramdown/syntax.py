"""The line patterns several of kramdown's block rules share (its GFM parser's variants)."""

from __future__ import annotations

import re

# HTML elements kramdown reads as span-level: a line starting with one of them does not end a
# paragraph or a list item's lazy lines.
SPAN_ELEMENTS = frozenset(
    (
        *("a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del"),
        *("dfn", "em", "i", "img", "input", "ins", "kbd", "label", "mark", "option", "q", "rb"),
        *("rbc", "rp", "rt", "rtc", "ruby", "s", "samp", "select", "small", "span", "strike"),
        *("strong", "sub", "sup", "textarea", "tt", "u", "var"),
    )
)

LIST_START_UL = re.compile(r"^( {0,3}[+*-])([\t| ].*)$")
LIST_START_OL = re.compile(r"^( {0,3}\d+\.)([\t| ].*)$")
ATX_HEADER_START = re.compile(r"^(#{1,6})[\t ]+(.*)$")
FENCE_START = re.compile(r"^ {0,3}[~`]{3,}")
BLOCKQUOTE_START = re.compile(r"^ {0,3}>")
DEFINITION_START = re.compile(r"^ {0,3}:[\t| ]")
IAL_BLOCK_START = re.compile(r"^ {0,3}\{:(?!:|/)[^}]*\}\s*$")
HR_LINE = re.compile(r"^ {0,3}([*\-_])[ \t]*\1[ \t]*\1(?:\1|[ \t])*$")
EOB_MARKER = re.compile(r"^\^\s*$")
_HTML_TAG = re.compile(r"^ {0,3}</?([A-Za-z][\w:.-]*)")


def is_list_start(line: str) -> bool:
    return bool(LIST_START_UL.match(line) or LIST_START_OL.match(line))


def starts_block_html(line: str, spaces: int = 3) -> bool:
    """Whether `line` opens or closes a block-level HTML element (kramdown's lazy end)."""
    found = _HTML_TAG.match(line)
    if not found or len(line) - len(line.lstrip(" ")) > spaces:
        return False
    return found[1].lower() not in SPAN_ELEMENTS


def ends_paragraph(line: str, gfm_quirk: bool = True) -> bool:
    """Whether `line` ends the paragraph before it (PARAGRAPH_END_GFM, or kramdown's own)."""
    if not line.strip() or IAL_BLOCK_START.match(line) or EOB_MARKER.match(line):
        return True
    if DEFINITION_START.match(line):
        return True
    if not gfm_quirk:
        return False
    return bool(
        is_list_start(line)
        or ATX_HEADER_START.match(line)
        or BLOCKQUOTE_START.match(line)
        or FENCE_START.match(line)
    )
