"""Where a post's excerpt ends, and the text it is rendered from (J: lib/jekyll/excerpt.rb).

Jekyll never changes the post to find its excerpt: it renders, on its own, the text before the
first `excerpt_separator`, with the link reference definitions of the rest that this text uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)
# Jekyll's MKDWN_LINK_REF_REGEX: `[label]: target`, at most three spaces in (footnotes too).
_LINK_DEFINITION = re.compile(r"^ {0,3}(\[[^\]]+\])(:.+)$", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


@dataclass(frozen=True)
class ExcerptSource:
    head: str  # the text up to and including the separator
    definitions: tuple[str, ...]  # link reference definitions of the rest that `head` uses

    @property
    def markdown(self) -> str:
        """What the excerpt is rendered from, as Jekyll puts it together."""
        if not self.definitions:
            return self.head
        return self.head + "\n\n" + "\n".join(self.definitions)


def excerpt_source(text: str, separator: str) -> ExcerptSource | None:
    """The excerpt of a post whose text (after Liquid) is `text`; None when the separator does
    not occur, where the whole post is its excerpt. An empty separator means no excerpt at all:
    the caller does not ask.

    Two deliberate differences from Jekyll, which would cut a block in two: a separator inside a
    fenced code block moves the cut to the end of that block, and a separator inside an HTML
    comment, or one that only a comment stands before, is passed over for the next one."""
    start = scanned = 0
    # What the text before the separator holds so far, read once: comments, anything else.
    has_comment, has_text = False, False
    while (at := text.find(separator, start)) >= 0:
        comment_end = _end_of_comment_around(text, at)
        if comment_end is not None:
            start = comment_end
            continue
        before = text[scanned:at]  # begins outside a comment: it holds whole comments only
        has_comment = has_comment or "<!--" in before
        has_text = has_text or bool(_COMMENT.sub("", before).strip())
        if has_comment and not has_text:
            start = scanned = at + len(separator)
            continue
        cut = _after_open_fence(text, at + len(separator))
        return ExcerptSource(text[:cut], _definitions(text[:cut], text[cut:]))
    return None


def _definitions(head: str, tail: str) -> tuple[str, ...]:
    if "[" not in head:  # it names no label: nothing to look for in the rest
        return ()
    return tuple(label + rest for label, rest in _LINK_DEFINITION.findall(tail) if label in head)


def _end_of_comment_around(text: str, at: int) -> int | None:
    """Where the HTML comment that `at` falls into ends, None when `at` is in none."""
    opened = text.rfind("<!--", 0, at)
    if opened < 0:
        return None
    closed = text.find("-->", opened + len("<!--"))
    if 0 <= closed < at:
        return None
    return len(text) if closed < 0 else closed + len("-->")


def _after_open_fence(text: str, cut: int) -> int:
    """`cut`, or the end of the fenced code block that `cut` falls into."""
    open_fence: str | None = None
    for match in _FENCE.finditer(text, 0, cut):
        fence = match.group(1)
        if open_fence is None:
            open_fence = fence
        elif fence[0] == open_fence[0] and len(fence) >= len(open_fence):
            open_fence = None
    if open_fence is None:
        return cut
    closing = re.compile(rf"^ {{0,3}}{re.escape(open_fence[0])}{{{len(open_fence)},}}[ \t]*$", re.M)
    end = closing.search(text, cut)
    return len(text) if end is None else end.end()
