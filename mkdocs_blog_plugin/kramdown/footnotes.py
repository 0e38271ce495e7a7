"""kramdown's footnotes: Python-Markdown's `footnotes` reads them (the instance's own when it
has it), and their markup is made kramdown's: `sup` with `role="doc-noteref"`, a
`div.footnotes` with `role="doc-endnotes"` and no rule, a `reversefootnote` back link."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions.footnotes import NBSP_PLACEHOLDER, FootnoteExtension
from markdown.treeprocessors import Treeprocessor

from .options import KramdownOptions


def ensure(md: Markdown) -> None:
    """Read footnotes with the instance's `footnotes`, added when it has none."""
    if "footnote" not in md.parser.blockprocessors:
        FootnoteExtension().extendMarkdown(md)


class KramdownFootnotesTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, options: KramdownOptions) -> None:
        super().__init__(md)
        self.options = options

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            classes = element.get("class", "").split()
            if (
                element.tag == "sup"
                and len(element)
                and "footnote-ref" in element[0].get("class", "")
            ):
                element.set("role", "doc-noteref")
                link = element[0]
                link.set("class", "footnote")
                link.set("rel", "footnote")
            elif element.tag == "div" and "footnote" in classes:
                self._list(element)

    def _list(self, div: etree.Element) -> None:
        div.set("class", "footnotes")
        div.set("role", "doc-endnotes")
        for rule in div.findall("hr"):
            div.remove(rule)
        for item in div.iter("li"):
            if item.get("id", "").startswith("fn:"):
                item.set("role", "doc-endnote")
        for link in div.iter("a"):
            if "footnote-backref" in link.get("class", ""):
                link.set("class", "reversefootnote")
                link.set("role", "doc-backlink")
                link.attrib.pop("title", None)
        for element in div.iter():
            for attribute in ("text", "tail"):
                value = getattr(element, attribute)
                if value and NBSP_PLACEHOLDER in value:
                    setattr(element, attribute, value.replace(NBSP_PLACEHOLDER, " "))
