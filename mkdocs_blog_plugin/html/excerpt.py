"""A post's excerpt taken from its rendered body when its Markdown says the two are the same:
the text before the separator is one plain paragraph, which renders to the body's first
paragraph. Any other excerpt is rendered on its own (see `host/roles/excerpt_renders.py`)."""

from __future__ import annotations

import re

# A line that may start something other than a plain paragraph, or change the one it is in: a
# heading, quote, list, rule, table, fence, HTML, admonition, details, tab, definition,
# reference, attribute list, indented code, math. Text that only might be one still counts.
_BLOCK_LINE = re.compile(r"^(?: {4}|\t| {0,3}(?:[#>*+\-=_|:~`<!?\[{$%@\\]|\d+[.)]))", re.M)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def leading_paragraph(body: str, head: str) -> str | None:
    """The first paragraph of the rendered `body` when `head`, the excerpt's Markdown, is one
    plain paragraph; None when that is not certain."""
    text = head.strip("\n").rstrip()
    if not text.strip() or _BLANK_LINE.search(text) or _BLOCK_LINE.search(text):
        return None
    if not body.startswith("<p>"):
        return None
    end = body.find("</p>")
    return None if end < 0 else body[: end + len("</p>")]
