"""kramdown's typography: smart quotes, dashes, ellipses and guillemets, as characters.

kramdown decides each quote from the character before it (when that character is still text
of the same span, not markup it already read) and from the source after it; here the source
after a quote is rebuilt from the tree (`*` for emphasis, `[` for a link, a backslash before an
escaped character) so that its rules apply as written.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator
from dataclasses import dataclass

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from .options import KramdownOptions

SPACE = r"[ \t\r\n\f\v]"
PUNCT = r"""[!"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"""
CLOSE = r"[^ \\\t\r\n\[{(\-]"
# (pattern, what each group becomes): an int keeps that group, a name is that quote, and
# "open"/"close" is the opening or closing quote of the kind of the group's quote character.
RULES: list[tuple[re.Pattern[str], tuple[int | str, ...]]] = [
    (re.compile(r"([\"'])(?=[_*]{1,2}\S)"), ("open1",)),
    (re.compile(rf"([\"'])(?={PUNCT}(?!\.\.)\B)"), ("close1",)),
    (re.compile(rf"({SPACE}?)\"'(?=\w)"), (1, "ldquo", "lsquo")),
    (re.compile(rf"({SPACE}?)'\"(?=\w)"), (1, "lsquo", "ldquo")),
    (re.compile(rf"({SPACE}?)'(?=\d\ds)"), (1, "rsquo")),
    (re.compile(rf"({SPACE})([\"'])(?=\w)"), (1, "open2")),
    (re.compile(rf"({CLOSE})([\"'])"), (1, "close2")),
    (re.compile(rf"([\"'])(?={SPACE}|s\b|$)"), ("close1",)),
    (re.compile(r"(.?)'", re.DOTALL), (1, "lsquo")),
    (re.compile(r"(.?)\"", re.DOTALL), (1, "ldquo")),
]
# A character that starts one of kramdown's span rules: when that rule does not match, it
# reads the character alone, so a quote after it has no character before it.
SPAN_STARTS = frozenset("*_[<&`~")
SYMBOLS = re.compile(r"---|--|\.\.\.|<< | >>|<<|>>")
SYMBOL_NAMES = {
    "---": "mdash", "--": "ndash", "...": "hellip", "<< ": "laquo_space",
    " >>": "raquo_space", "<<": "laquo", ">>": "raquo",
}  # fmt: skip
DEFAULT_SYMBOLS = {
    "mdash": "\u2014", "ndash": "\u2013", "hellip": "\u2026", "laquo_space": "\u00ab\u00a0",
    "raquo_space": "\u00a0\u00bb", "laquo": "\u00ab", "raquo": "\u00bb",
}  # fmt: skip
SKIPPED = frozenset({"code", "pre", "script", "style", "kbd", "samp", "math", "svg"})
MARKUP = {"em": ("*", "*"), "strong": ("**", "**"), "a": ("[", "]"), "code": ("`", "`")}
MARKUP |= {"del": ("~~", "~~"), "img": ("![", "]"), "br": ("\n", "")}
ESCAPED = re.compile(r"\x02(\d+)\x03")
PLACEHOLDER = re.compile(r"\x02(?:wzxhzdk:)?\d+\x03")
STASHED = re.compile(r"\x02wzxhzdk:\d+\x03")


def character(name: str) -> str:
    """An entity name (`lsquo`) or code point (`8216`) of kramdown's settings as a character."""
    if name.isdigit():
        return chr(int(name))
    found = html.unescape(f"&{name};")
    return found if found != f"&{name};" else name


class Typography:
    """kramdown's typography for one document's settings."""

    def __init__(self, options: KramdownOptions) -> None:
        lsquo, rsquo, ldquo, rdquo = (character(q) for q in options.smart_quotes)
        self.quotes = {"lsquo": lsquo, "rsquo": rsquo, "ldquo": ldquo, "rdquo": rdquo}
        self.symbols = dict(DEFAULT_SYMBOLS)
        self.automatic = not (options.gfm and "no_auto_typographic" in options.gfm_quirks)
        for name, value in options.typographic_symbols:
            self.symbols[name] = html.unescape(value)

    def symbols_in(self, text: str) -> tuple[str, set[int]]:
        """`text` with its symbols replaced, and the offsets of the replacements."""
        out: list[str] = []
        replaced: set[int] = set()
        if not self.automatic:
            return text, replaced
        last = 0
        for found in SYMBOLS.finditer(text):
            out.append(text[last : found.start()])
            start = sum(len(part) for part in out)
            value = self.symbols[SYMBOL_NAMES[found[0]]]
            out.append(value)
            replaced.update(range(start, start + len(value)))
            last = found.end()
        out.append(text[last:])
        return "".join(out), replaced

    def quote(self, action: str, char: str) -> str:
        if action in self.quotes:
            return self.quotes[action]
        single = char == "'"
        if action.startswith("open"):
            return self.quotes["lsquo" if single else "ldquo"]
        return self.quotes["rsquo" if single else "rdquo"]


def _segments(element: etree.Element) -> Iterator[tuple[etree.Element, str]]:
    """The element's own text holders: its text, then each child's tail."""
    yield element, "text"
    for child in element:
        yield child, "tail"


LOOKAHEAD = 8  # kramdown's rules look at most this far past a quote


def _source(element: etree.Element, limit: int = LOOKAHEAD) -> str:
    """The start of the Markdown `element` was read from (roughly), for looking ahead."""
    opening, closing = MARKUP.get(str(element.tag), ("", ""))
    if element.tag == "img":
        inner = element.get("alt", "")
    else:
        inner = _plain(element.text)
        for child in element:
            if len(inner) >= limit:
                break
            inner += _source(child, limit) + _plain(child.tail)
    if len(inner) > limit:  # cut: what follows is more text, not the end
        return opening + inner[:limit]
    return opening + inner + closing


def _plain(text: str | None) -> str:
    text = STASHED.sub("<", text or "")
    return ESCAPED.sub(lambda m: "\\" + chr(int(m[1])), text)


@dataclass
class Scan:
    """An element's text as kramdown's quote rules see it: `source`, and for each of its
    characters the text segment and offset it is from (segment -1: markup, or already read)."""

    source: str
    segment: list[int]
    offset: list[int]


def _scan(element: etree.Element, texts: list[str], consumed: list[set[int]]) -> Scan:
    parts: list[str] = []
    segment: list[int] = []
    offset: list[int] = []

    def markup(text: str) -> None:
        parts.append(text)
        segment.extend([-1] * len(text))
        offset.extend([0] * len(text))

    for index, text in enumerate(texts):
        if index:
            markup(_source(element[index - 1]))
        position = 0
        for found in PLACEHOLDER.finditer(text):
            _own(parts, segment, offset, text, index, position, found.start(), consumed[index])
            markup(_plain(found[0]))
            position = found.end()
        _own(parts, segment, offset, text, index, position, len(text), consumed[index])
    return Scan("".join(parts), segment, offset)


def _own(
    parts: list[str],
    segment: list[int],
    offset: list[int],
    text: str,
    index: int,
    start: int,
    end: int,
    consumed: set[int],
) -> None:
    parts.append(text[start:end])
    first = len(segment)
    segment.extend([index] * (end - start))
    offset.extend(range(start, end))
    for done in consumed:
        if start <= done < end:
            segment[first + done - start] = -1


class TypographyTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, options: KramdownOptions) -> None:
        super().__init__(md)
        self.rules = Typography(options)

    def run(self, root: etree.Element) -> None:
        self.apply(root)

    def apply(self, element: etree.Element) -> None:
        if element.tag in SKIPPED:
            return
        holders = list(_segments(element))
        texts: list[str] = []
        consumed: list[set[int]] = []
        for holder, attribute in holders:
            value = getattr(holder, attribute) or ""
            if isinstance(value, AtomicString) or (attribute == "text" and holder.tag in SKIPPED):
                texts.append(value)
                consumed.append(set(range(len(value))))
                continue
            replaced, done = self.rules.symbols_in(value)
            texts.append(replaced)
            consumed.append(done)
        if any("'" in text or '"' in text for text in texts):
            self._quotes(_scan(element, texts, consumed), texts)
        for (holder, attribute), text in zip(holders, texts, strict=True):
            value = getattr(holder, attribute)
            if value is not None and not isinstance(value, AtomicString) and value != text:
                setattr(holder, attribute, text)
        for child in element:
            self.apply(child)

    def _quotes(self, scan: Scan, texts: list[str]) -> None:
        source = scan.source
        chars = [list(text) for text in texts]
        read_to = -1
        for index in (i for i, c in enumerate(source) if c in "\"'"):
            if index <= read_to or scan.segment[index] < 0:
                continue
            after_text = (
                index
                and scan.segment[index - 1] == scan.segment[index]
                and source[index - 1] not in SPAN_STARTS
            )
            start = index - 1 if after_text and index - 1 > read_to else index
            for pattern, actions in RULES:
                found = pattern.match(source, start)
                if not found:
                    continue
                position = start
                for action in actions:
                    if isinstance(action, int):
                        position += len(found[action])
                        continue
                    if scan.segment[position] >= 0:
                        quote = self.rules.quote(action, source[position])
                        chars[scan.segment[position]][scan.offset[position]] = quote
                    position += 1
                read_to = found.end() - 1
                break
        for index, text in enumerate(chars):
            texts[index] = "".join(text)
