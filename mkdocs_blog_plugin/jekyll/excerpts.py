"""Jekyll's excerpt source (lib/jekyll/excerpt.rb `extract_excerpt`, Jekyll 4.3).

The body is cut at the first separator. When something follows it, Jekyll closes the Liquid
blocks the cut left open, then appends the link reference and footnote definitions of the rest
that the head uses.

Jekyll looks for tags in the whole head, also inside `{% raw %}...{% endraw %}`, where Liquid
sees none; a tag there would make Jekyll append a closing tag outside the raw block (a Liquid
syntax error) or count a literal end tag as closing a real block. Here the body of a closed raw
block is skipped, which changes nothing else. A raw block left open by the cut is scanned as
Jekyll scans it: what Jekyll appends for it lands inside the raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Liquid 4's blocks and Jekyll's `highlight`; a plugin's blocks are known by their end tag.
_BLOCK_TAGS = frozenset((
    "capture", "case", "comment", "for", "highlight", "if", "ifchanged", "raw", "tablerow", "unless"
))  # fmt: skip
_LIQUID_TAG = re.compile(r"\{%-?\s*(\w+)\s*.*?-?%\}", re.DOTALL | re.ASCII)
_LINK_REFERENCE = re.compile(r"^ {0,3}(\[[^\]]+\])(:.+)$", re.MULTILINE)


@dataclass(frozen=True)
class ExcerptSplit:
    head: str
    """The body before the first separator; the whole body when it does not occur."""
    found: bool
    """Whether the separator occurs in the body."""
    closers: tuple[str, ...]
    """The `{% endNAME %}` tags Jekyll appends, each after a newline, in its order."""
    references: tuple[str, ...]
    """Definitions (`[label]: ...`, indent dropped) after the separator whose label the head
    holds literally."""

    def source(self) -> str:
        """What Jekyll renders as the excerpt."""
        text = self.head + "".join(f"\n{closer}" for closer in self.closers)
        if self.references:
            text += "\n\n" + "\n".join(self.references)
        return text


def split_excerpt(body: str, separator: str) -> ExcerptSplit | None:
    """Jekyll's excerpt of a post body (after its front matter); None for an empty separator,
    which turns excerpts off."""
    if separator == "":
        return None
    head, found, tail = body.partition(separator)
    if tail == "":
        return ExcerptSplit(head, bool(found), (), ())
    closers = _closers(head, body) if "{%" in head else ()
    references = tuple(
        label + rest for label, rest in _LINK_REFERENCE.findall(tail) if label in head
    )
    return ExcerptSplit(head, True, closers, references)


def _closers(head: str, body: str) -> tuple[str, ...]:
    """Jekyll's `sanctify_liquid_tags`: from the last tag back, each block tag without an end
    tag anywhere in the head outside closed raw blocks (or among those already appended) gets
    one."""
    blocks = _BLOCK_TAGS | {
        name[3:] for name in _LIQUID_TAG.findall(body) if name.startswith("end")
    }
    visible = _without_raw_bodies(head)
    closers: list[str] = []
    for name in reversed(_LIQUID_TAG.findall(visible)):
        if name not in blocks:
            continue
        end_tag = re.compile(rf"\{{%-?\s*end{name}.*?\s*-?%\}}", re.DOTALL | re.ASCII)
        if not end_tag.search(visible):
            closers.append(f"{{% end{name} %}}")
            visible += f"\n{closers[-1]}"
    return tuple(closers)


def _without_raw_bodies(text: str) -> str:
    """`text` without what lies between each `{% raw %}` and its `{% endraw %}`."""
    kept: list[str] = []
    start = 0
    raw_end: int | None = None
    for match in _LIQUID_TAG.finditer(text):
        if raw_end is None and match.group(1) == "raw":
            raw_end = match.end()
        elif raw_end is not None and match.group(1) == "endraw":
            kept.append(text[start:raw_end])
            start, raw_end = match.start(), None
    kept.append(text[start:])
    return "".join(kept)
