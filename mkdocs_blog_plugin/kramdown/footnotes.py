"""kramdown's footnotes: Python-Markdown's `footnotes` reads them (the instance's own when it
has it), and their markup is made kramdown's: `sup` with `role="doc-noteref"`, a
`div.footnotes` with `role="doc-endnotes"` and no rule, a `reversefootnote` back link."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions.footnotes import (
    NBSP_PLACEHOLDER,
    FootnoteExtension,
    FootnoteReorderingProcessor,
)
from markdown.treeprocessors import Treeprocessor

from .options import KramdownOptions


def ensure(md: Markdown) -> None:
    """Read footnotes with the instance's `footnotes` (added when it has none), numbered in
    the order of their first reference, as kramdown numbers them."""
    found = [e for e in md.registeredExtensions if isinstance(e, FootnoteExtension)]
    if found and "footnote" in md.parser.blockprocessors:
        extension = found[-1]
    else:
        extension = FootnoteExtension()
        extension.extendMarkdown(md)
    extension.setConfig("USE_DEFINITION_ORDER", False)
    md.treeprocessors.register(ReferenceOrder(extension), "footnote-reorder", 19)


class ReferenceOrder(FootnoteReorderingProcessor):
    """Footnotes in the order of their first reference; an empty footnote (which has no back
    link) does not stop it."""

    def reorder_footnotes(self, parent: etree.Element) -> None:
        listed = parent.find("ol")
        if listed is None:
            return
        parent.remove(listed)
        order = self.footnotes.footnote_order
        separator = self.footnotes.get_separator()

        def position(item: etree.Element) -> int:
            name = item.get("id", "").split(separator, 1)[-1]
            return order.index(name) if name in order else len(order)

        reordered = etree.SubElement(parent, "ol")
        reordered.extend(sorted(listed.findall("li"), key=position))


PYTHON_MARKDOWN_DUPLICATE = re.compile(r"^fnref(\d+):(.*)$")
DUPLICATE = re.compile(r"^fnref:.*:(\d+)$")


def kramdown_ref(ref: str) -> str:
    """kramdown's id of a footnote's nth reference (`fnref:name:1`), from Python-Markdown's."""
    found = PYTHON_MARKDOWN_DUPLICATE.match(ref)
    return f"fnref:{found[2]}:{int(found[1]) - 1}" if found else ref


class KramdownFootnotesTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, options: KramdownOptions) -> None:
        super().__init__(md)
        self.options = options

    def run(self, root: etree.Element) -> None:
        referenced = {
            link.get("href", "")[1:]
            for link in root.iter("a")
            if "footnote-ref" in link.get("class", "")
        }
        for parent in list(root.iter()):
            for div in list(parent):
                if div.tag == "div" and "footnote" in div.get("class", "").split():
                    self._list(div, referenced)
                    if not len(div.findall("ol/li")):
                        parent.remove(div)
        for element in root.iter():
            if (
                element.tag == "sup"
                and len(element)
                and "footnote-ref" in element[0].get("class", "")
            ):
                element.set("role", "doc-noteref")
                element.set("id", kramdown_ref(element.get("id", "")))
                link = element[0]
                link.set("class", "footnote")
                link.set("rel", "footnote")

    def _list(self, div: etree.Element, referenced: set[str]) -> None:
        listed = div.find("ol")
        for item in list(listed if listed is not None else []):
            if item.get("id") not in referenced:  # kramdown lists referenced footnotes only
                listed.remove(item)  # type: ignore[union-attr]
        div.set("class", "footnotes")
        div.set("role", "doc-endnotes")
        for rule in div.findall("hr"):
            div.remove(rule)
        for item in div.iter("li"):
            if item.get("id", "").startswith("fn:"):
                item.set("role", "doc-endnote")
        for parent in list(div.iter()):
            previous: etree.Element | None = None
            for link in parent:
                if link.tag != "a" or "footnote-backref" not in link.get("class", ""):
                    continue
                link.set("class", "reversefootnote")
                link.set("role", "doc-backlink")
                link.attrib.pop("title", None)
                href = kramdown_ref(link.get("href", "")[1:])
                link.set("href", f"#{href}")
                count = DUPLICATE.match(href)
                if count and previous is not None:
                    for child in list(link):
                        link.remove(child)
                    etree.SubElement(link, "sup").text = str(int(count[1]) + 1)
                    previous.tail = " " + (previous.tail or "").lstrip(" ")
                previous = link
        for element in div.iter():
            for attribute in ("text", "tail"):
                value = getattr(element, attribute)
                if value and NBSP_PLACEHOLDER in value:
                    setattr(element, attribute, value.replace(NBSP_PLACEHOLDER, "\u00a0"))
