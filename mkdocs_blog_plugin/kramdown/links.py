"""kramdown's link definitions: `[id]: url "title"`, the URL anything up to the title (a
`{{ site.url }}/x` too), or in angle brackets; read by Python-Markdown's own processor."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.blockprocessors import ReferenceProcessor

# The groups Python-Markdown's processor reads: 1 id, 2 URL, 5 or 6 title.
DEFINITION = re.compile(
    r"^[ ]{0,3}\[([^\[\]\n]+)\]:[ \t]*(?:\n[ \t]*)?(<[^>\n]*>|[^\n]*?\S)"
    r"(?:(?:[ \t]*\n[ \t]*|[ \t]+)(([\"'])(.+?)\4|\((.+?)\)))?[ \t]*$",
    re.MULTILINE,
)


class LinkDefinitionProcessor(ReferenceProcessor):
    """Only where a block starts: a definition within a paragraph is its text."""

    RE = DEFINITION

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        if not DEFINITION.match(blocks[0]):
            return False
        return bool(super().run(parent, blocks))
