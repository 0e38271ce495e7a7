"""kramdown's `{:toc}`: a list given that attribute list becomes the table of contents, a
nested list of links to the headings within `toc_levels` that have an id and no `no_toc`."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor

from .options import KramdownOptions

MARK = "data-kramdown-toc"
HEADINGS = {f"h{level}": level for level in range(1, 7)}


def _entry(heading: etree.Element) -> list[etree.Element | str]:
    """The heading's content for its entry: links become their text, footnote marks go."""
    holder = copy.deepcopy(heading)
    for parent in list(holder.iter()):
        for index, child in reversed(list(enumerate(parent))):
            if child.tag == "sup" and child.get("role") == "doc-noteref":
                _drop(parent, index)
            elif child.tag == "a":
                _unwrap(parent, index)
    return [holder.text or "", *list(holder)]


def _drop(parent: etree.Element, index: int) -> None:
    child = parent[index]
    _append_text(parent, index - 1, child.tail or "")
    parent.remove(child)


def _unwrap(parent: etree.Element, index: int) -> None:
    child = parent[index]
    _append_text(parent, index - 1, child.text or "")
    inner = list(child)
    parent.remove(child)
    for offset, grandchild in enumerate(inner):
        parent.insert(index + offset, grandchild)
    _append_text(parent, index + len(inner) - 1, child.tail or "")


def _append_text(parent: etree.Element, index: int, text: str) -> None:
    if index < 0:
        parent.text = (parent.text or "") + text
    else:
        parent[index].tail = (parent[index].tail or "") + text


class TocTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, options: KramdownOptions) -> None:
        super().__init__(md)
        self.levels = set(options.toc_levels)

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for index, element in reversed(list(enumerate(parent))):
                if MARK in element.attrib:
                    made = self.toc(root, element)
                    if len(made):
                        parent[index] = made
                    else:  # kramdown writes nothing for a table of no headings
                        _drop(parent, index)

    def toc(self, root: etree.Element, marked: etree.Element) -> etree.Element:
        attributes = {k: v for k, v in marked.attrib.items() if k != MARK}
        sections = etree.Element(marked.tag, attributes)
        sections.set("id", sections.get("id", "markdown-toc"))
        sections.tail = marked.tail
        stack: list[tuple[int, etree.Element]] = []
        for heading in root.iter():
            level = HEADINGS.get(str(heading.tag))
            if not level or level not in self.levels or not heading.get("id"):
                continue
            if "no_toc" in heading.get("class", "").split():
                continue
            li = etree.Element("li")
            link = etree.SubElement(li, "a", href=f"#{heading.get('id')}")
            link.set("id", f"{sections.get('id')}-{heading.get('id')}")
            text, *children = _entry(heading)
            link.text = str(text)
            link.extend(c for c in children if isinstance(c, etree.Element))
            while stack and stack[-1][0] >= level:
                stack.pop()
            if stack:
                holder = stack[-1][1].find(marked.tag)
                if holder is None:
                    holder = etree.SubElement(stack[-1][1], str(marked.tag))
                holder.append(li)
            else:
                sections.append(li)
            stack.append((level, li))
        return sections
