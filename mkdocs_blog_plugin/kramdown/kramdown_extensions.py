"""kramdown's own extensions: `{::comment}` (an HTML comment), `{::nomarkdown}` (its text as
it is; nothing for another output format) and `{::options … /}` (nothing written), as blocks
ending at `{:/}` or `{:/name}`, or within a line."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor

from . import bare
from .bare import store_bare

NAMES = "comment|nomarkdown|options"
START = re.compile(rf"^ {{0,3}}\{{::({NAMES})((?:\s[^}}]*?)?)(/)?\}}\s*$")
INLINE = rf"\{{::({NAMES})((?:\s[^}}]*?)?)(?:/\}}|\}}(.*?)\{{:/\1?\}})"
TYPE = re.compile(r"""type=(["'])(.*?)\1""")


def written(md: Markdown, name: str, attributes: str, text: str, block: bool = False) -> str | None:
    """What kramdown writes for the extension, stashed; None when it writes nothing."""
    if name == "comment":
        return md.htmlStash.store(f"<!-- {html.escape(text.strip(), quote=False)} -->")
    if name == "nomarkdown":
        kind = TYPE.search(attributes)
        if kind and kind[2] != "html":
            return None
        return store_bare(md, text) if block else md.htmlStash.store(text)
    return None


class ExtensionBlockPreprocessor(Preprocessor):
    """Block extensions, read before raw HTML blocks (and after fences, which keep theirs)."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        index = 0
        while index < len(lines):
            found = START.match(lines[index])
            if not found:
                out.append(lines[index])
                index += 1
                continue
            name, attributes, closed = found[1], found[2], found[3]
            if closed:
                index += 1
                continue
            end = self._end(lines, index + 1, name)
            if end is None:
                out.append(lines[index])
                index += 1
                continue
            text = "\n".join(lines[index + 1 : end]) + "\n"
            stashed = written(self.md, name, attributes, text, block=True)
            if stashed:
                out.extend(["", stashed, ""])
            index = end + 1
        return out

    @staticmethod
    def _end(lines: list[str], start: int, name: str) -> int | None:
        closing = re.compile(rf"^ {{0,3}}\{{:/(?:{name})?\}}\s*$")
        for index in range(start, len(lines)):
            if closing.match(lines[index]):
                return index
        return None


class ExtensionInlineProcessor(InlineProcessor):
    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | str, int, int]:
        assert self.md is not None
        return written(self.md, m[1], m[2], m[3] or "") or "", m.start(0), m.end(0)


def register(md: Markdown) -> None:
    bare.register(md)
    md.preprocessors.register(ExtensionBlockPreprocessor(md), "kramdown_extensions", 22)
    md.inlinePatterns.register(ExtensionInlineProcessor(INLINE, md), "kramdown_extensions", 187)
