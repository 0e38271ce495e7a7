"""kramdown's math for MathJax: a block of its own `$$…$$` is `\\[…\\]`, `$$…$$` in text is
`\\(…\\)`, their content HTML-escaped. With `pymdownx.arithmatex` in the instance they are
wrapped as it wraps its own (class `arithmatex`), so the site's MathJax set-up finds them."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from . import bare
from .attributes import BLOCK_IAL, Adjacent
from .bare import store_bare
from .syntax import EOB_MARKER

BLOCK_MATH = re.compile(r"^ {0,3}\$\$((?:(?!\$\$).)*?)\$\$[ \t]*(?:\n|\Z)", re.DOTALL)
MARK = "data-kramdown-math"


def _arithmatex(md: Markdown) -> bool:
    return any(type(e).__name__ == "ArithmatexExtension" for e in md.registeredExtensions)


class BlockMathProcessor(BlockProcessor):
    def test(self, parent: etree.Element, block: str) -> bool:
        found = BLOCK_MATH.match(block)
        if not found:
            return False
        rest = block[found.end() :]
        first = rest.lstrip("\n").split("\n", 1)[0]
        return not rest.strip() or bool(BLOCK_IAL.match(first) or EOB_MARKER.match(first))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        found = BLOCK_MATH.match(block)
        assert found is not None
        element = etree.SubElement(parent, "div")
        element.set(MARK, "")
        element.text = AtomicString(found[1].strip())
        rest = block[found.end() :]
        if rest.strip():
            blocks.insert(0, Adjacent(rest))


class BlockMathTreeprocessor(Treeprocessor):
    """Block math as kramdown writes it: bare, or in a `div` when it has attributes."""

    def run(self, root: etree.Element) -> None:
        wrap = _arithmatex(self.md)
        for parent in list(root.iter()):
            for index, element in enumerate(parent):
                if element.tag != "div" or MARK not in element.attrib:
                    continue
                del element.attrib[MARK]
                tex = f"\\[{html.escape(element.text or '', quote=False)}\\]"
                if wrap:
                    element.set("class", f"arithmatex {element.get('class', '')}".strip())
                if element.attrib:
                    element.text = self.md.htmlStash.store(tex + "\n")
                    continue
                paragraph = etree.Element("p")
                paragraph.text = store_bare(self.md, tex)
                paragraph.tail = element.tail
                parent[index] = paragraph


class InlineMathProcessor(InlineProcessor):
    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[str, int, int]:
        tex = f"\\({html.escape(m[1].strip(), quote=False)}\\)"
        if _arithmatex(self.md):
            tex = f'<span class="arithmatex">{tex}</span>'
        return self.md.htmlStash.store(tex), m.start(0), m.end(0)


def register(md: Markdown, parser: BlockParser) -> None:
    parser.blockprocessors.register(BlockMathProcessor(parser), "kramdown_math", 29)
    md.treeprocessors.register(BlockMathTreeprocessor(md), "kramdown_math", 1)
    bare.register(md)
    inline = InlineMathProcessor(r"(?s)\\?\$\$(.+?)\$\$", md)
    md.inlinePatterns.register(inline, "kramdown_math", 186)
