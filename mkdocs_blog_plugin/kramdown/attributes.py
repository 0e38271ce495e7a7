"""kramdown's attribute lists: `{: .class #id key="value" ref}` on blocks, list items and
spans, and attribute list definitions `{:ref: .class}` that other lists name."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from html import escape
from typing import Any

from markdown.blockprocessors import BlockProcessor
from markdown.treeprocessors import Treeprocessor

from .syntax import EOB_MARKER

ID_NAME = r"\w[\w-]*"
_KEY_VALUE = rf"({ID_NAME})=(\"|')((?:\\\}}|\\\2|[^\}}\2])*?)\2"
_ID_OR_CLASS = r"#([A-Za-z][\w:-]*)|\.(-?\w[\w-]*)"
ANY = re.compile(
    rf"(?:\A|\s)(?:{_KEY_VALUE}|({ID_NAME})|((?:#[A-Za-z][\w:-]*|\.-?\w[\w-]*)+))(?=\s|\Z)"
)
ID_OR_CLASS = re.compile(_ID_OR_CLASS)
LIST_ITEM_IAL = re.compile(r"^\s*\{:(?!(?:\w[\w-]*)?:|/)((?:\\\}|[^}])+)\}\s*")
BLOCK_IAL = re.compile(r"^ {0,3}\{:(?!:|/)((?:\\\}|[^}])*)\}\s*$")
ALD = re.compile(rf"^ {{0,3}}\{{:({ID_NAME}):((?:\\\}}|[^}}])+)\}}\s*$")


EOB = "kramdown-end-of-block"  # a mark between blocks, as kramdown's :eob; never written


class Adjacent(str):
    """A block that a rule cut from the one before it, with no blank line between them."""


def rest_blocks(lines: list[str], index: int) -> list[str]:
    """The blocks of `lines[index:]`, the first `Adjacent` when no blank line precedes it."""
    rest = "\n".join(lines[index:]).lstrip("\n")
    if not rest:
        return []
    blocks = rest.split("\n\n")
    if index and lines[index - 1].strip() and lines[index].strip():
        blocks[0] = Adjacent(blocks[0])
    return blocks


def definitions(md: Any) -> dict[str, dict[str, Any]]:
    """The attribute list definitions of the document being converted."""
    found: dict[str, dict[str, Any]] = md.__dict__.setdefault("kramdown_alds", {})
    return found


def parse(text: str) -> dict[str, Any]:
    """An attribute list's attributes; the ALDs it names under "refs"."""
    found: dict[str, Any] = {}
    for key, _, value, ref, id_and_class in ANY.findall(text):
        if ref:
            found.setdefault("refs", []).append(ref)
        elif id_and_class:
            for id_name, class_name in ID_OR_CLASS.findall(id_and_class):
                if class_name:
                    found["class"] = f"{found.get('class', '')} {class_name}".lstrip()
                else:
                    found["id"] = id_name
        elif key:
            found[key] = re.sub(r"\\([}\"'])", r"\1", value)
    return found


def resolve(
    attributes: dict[str, Any], md: Any, seen: frozenset[str] = frozenset()
) -> dict[str, str]:
    """The attributes with the definitions they name merged in (theirs first)."""
    merged: dict[str, str] = {}
    for ref in attributes.get("refs", []):
        if ref in seen or ref not in definitions(md):
            continue
        for key, value in resolve(definitions(md)[ref], md, seen | {ref}).items():
            merged[key] = f"{merged[key]} {value}" if key == "class" and key in merged else value
    for key, value in attributes.items():
        if key != "refs":
            merged[key] = f"{merged[key]} {value}" if key == "class" and key in merged else value
    return merged


def apply_attributes(element: etree.Element, text: str, md: Any, index: int = -1) -> None:
    """Give `element` the attributes of `text` (or its child at `index` once there is one),
    when the document's definitions are all known."""
    targets: list[tuple[etree.Element, int, str]] = md.__dict__.setdefault("kramdown_ials", [])
    targets.append((element, index, text))


def set_attributes(element: etree.Element, attributes: dict[str, str]) -> None:
    for key, value in attributes.items():
        if key == "class" and element.get("class"):
            value = f"{element.get('class')} {value}"
        element.set(key, value)


# attr_list's lists, less what Liquid writes (`{% endraw %}`, `{{ page.title }}`), which
# kramdown leaves as text: attr_list would take a `{% … %}` ending a paragraph for attributes.
ATTR_LIST_BASE = r"\{\:?[ ]*([^\}\n %{][^\n]*)\}"


def restrict_attr_list(md: Any) -> None:
    """Make the instance's attr_list leave Liquid's braces alone."""
    if "attr_list" not in md.treeprocessors:
        return
    processor = md.treeprocessors["attr_list"]
    processor.HEADER_RE = re.compile(rf"[ ]+{ATTR_LIST_BASE}[ ]*$")
    processor.BLOCK_RE = re.compile(rf"\n[ ]*{ATTR_LIST_BASE}[ ]*$")
    processor.INLINE_RE = re.compile(rf"^{ATTR_LIST_BASE}")


class AttributeListProcessor(BlockProcessor):
    """Block attribute lists (on the block before them, else the one after) and definitions."""

    def test(self, parent: etree.Element, block: str) -> bool:
        line = block.split("\n", 1)[0]
        return bool(BLOCK_IAL.match(line) or ALD.match(line) or EOB_MARKER.match(line))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        line, _, rest = block.partition("\n")
        if EOB_MARKER.match(line):  # the end of a block: what follows starts a new one
            etree.SubElement(parent, EOB)
            if rest:
                blocks.insert(0, rest)
            return
        if rest:  # another list right after it is for the same block; anything else is new
            follows = isinstance(block, Adjacent) and BLOCK_IAL.match(rest.split("\n", 1)[0])
            blocks.insert(0, Adjacent(rest) if follows else rest)
        ald = ALD.match(line)
        if ald:
            definitions(self.parser.md)[ald[1]] = parse(ald[2])
            return
        text = BLOCK_IAL.match(line)[1]  # type: ignore[index]
        if isinstance(block, Adjacent) and len(parent) and parent[-1].tag != EOB:
            apply_attributes(parent[-1], text, self.parser.md)
            if not (rest and BLOCK_IAL.match(rest.split("\n", 1)[0])):
                etree.SubElement(parent, EOB)  # the block ends here: nothing continues it
        else:
            apply_attributes(parent, text, self.parser.md, len(parent))


PLACEHOLDER = re.compile(r"^\x02wzxhzdk:(\d+)\x03$")
START_TAG = re.compile(r"^(\s*<[A-Za-z][\w-]*)((?:\s[^>]*)?)(/?>)")


def _stashed(element: etree.Element, md: Any) -> int | None:
    """The stashed block `element` holds the place of (a fenced code block), if it does."""
    found = PLACEHOLDER.match((element.text or "").strip())
    if element.tag != "p" or len(element) or not found:
        return None
    index = int(found[1])
    blocks = md.htmlStash.rawHtmlBlocks
    return index if index < len(blocks) and START_TAG.match(str(blocks[index])) else None


def _set_on_stashed(element: etree.Element, attributes: dict[str, str], md: Any) -> None:
    """Give the stashed block's first element the attributes (as kramdown gives them to a
    fenced code block's `pre`)."""
    index = _stashed(element, md)
    assert index is not None
    html = str(md.htmlStash.rawHtmlBlocks[index])
    found = START_TAG.match(html)
    assert found is not None
    holder = etree.Element("x")
    for key, value in re.findall(r'([\w:-]+)="([^"]*)"', found[2]):
        holder.set(key, value)
    set_attributes(holder, attributes)
    written = "".join(f' {k}="{escape(v, quote=True)}"' for k, v in holder.attrib.items())
    md.htmlStash.rawHtmlBlocks[index] = found[1] + written + found[3] + html[found.end() :]


def _drop_mark(parent: etree.Element, mark: etree.Element) -> None:
    index = list(parent).index(mark)
    if mark.tail:
        if index:
            parent[index - 1].tail = (parent[index - 1].tail or "") + mark.tail
        else:
            parent.text = (parent.text or "") + mark.tail
    parent.remove(mark)


class AttributeListTreeprocessor(Treeprocessor):
    """Sets the attributes the lists gave, once every definition is known."""

    def run(self, root: etree.Element) -> None:
        targets = self.md.__dict__.pop("kramdown_ials", [])
        for element, index, text in targets:
            while 0 <= index < len(element) and element[index].tag == EOB:
                index += 1  # a list for the next block: marks are no blocks
            target = element if index < 0 else (element[index] if index < len(element) else None)
            if target is not None and _stashed(target, self.md) is not None:
                _set_on_stashed(target, resolve(parse(text), self.md), self.md)
            elif target is not None:
                attributes = parse(text)
                if "toc" in attributes.get("refs", ()) and target.tag in {"ul", "ol"}:
                    target.set("data-kramdown-toc", "")
                set_attributes(target, resolve(attributes, self.md))
        self.md.__dict__.pop("kramdown_alds", None)
        for parent in list(root.iter()):
            for mark in parent.findall(EOB):
                _drop_mark(parent, mark)
