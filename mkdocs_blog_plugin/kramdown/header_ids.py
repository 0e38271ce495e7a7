"""The ids kramdown gives headings, so that every old `#anchor` of a post still lands.

kramdown's GFM parser (Jekyll's default) lower-cases the heading's text, drops what is neither
a word character, a hyphen, a space nor a tab, turns spaces and tabs into hyphens and numbers
repeats (`-1`, `-2`). kramdown's own rule (its parser, or transliterated ids) keeps ASCII
letters, digits, spaces and hyphens from the first letter on, and calls an empty id `section`.
"""

from __future__ import annotations

import html
import re
import unicodedata
import xml.etree.ElementTree as etree
from collections import Counter
from collections.abc import Callable

from markdown import Markdown
from markdown.extensions.toc import render_inner_html
from markdown.treeprocessors import Treeprocessor

from .options import KramdownOptions
from .transliteration import transliterate

TAG = re.compile(r"<[^>]*>")
ESCAPED = re.compile("\x02(\\d+)\x03")
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
WORD_CATEGORIES = ("L", "M", "Nd", "Pc")  # Ruby's \p{Word}


def _is_word(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LM" or category in WORD_CATEGORIES


class GfmIds:
    """kramdown-parser-gfm's heading ids for one document."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.seen: Counter[str] = Counter()

    def __call__(self, text: str) -> str:
        kept = "".join(c for c in text.lower() if c in "- \t" or _is_word(c))
        result = kept.replace(" ", "-").replace("\t", "-")
        count = self.seen[result]
        self.seen[result] += 1
        return self.prefix + (f"{result}-{count}" if count else result)


class KramdownIds:
    """kramdown's own heading ids (its converter's rule) for one document."""

    def __init__(self, prefix: str = "", transliterated: bool = False) -> None:
        self.prefix = prefix
        self.transliterated = transliterated
        self.used: dict[str, int] = {}

    def __call__(self, text: str) -> str:
        if self.transliterated:
            text = transliterate(text)
        result = re.sub(r"^[^a-zA-Z]+", "", text)
        result = re.sub(r"[^a-zA-Z0-9 -]", "", result).replace(" ", "-").lower() or "section"
        if result in self.used:
            self.used[result] += 1
            result = f"{result}-{self.used[result]}"
        else:
            self.used[result] = 0
        return self.prefix + result


def id_maker(options: KramdownOptions) -> Callable[[str], str]:
    if options.gfm and not options.transliterated_header_ids:
        return GfmIds(options.auto_id_prefix)
    return KramdownIds(options.auto_id_prefix, options.transliterated_header_ids)


def heading_text(element: etree.Element, md: Markdown) -> str:
    """The heading's text as kramdown sees it: characters, not markup or entities."""
    text = ESCAPED.sub(lambda m: chr(int(m[1])), render_inner_html(element, md))
    return html.unescape(TAG.sub("", text))


class HeadingIdTreeprocessor(Treeprocessor):
    """Gives each heading without an id the one kramdown gives it (before `toc` makes its own)."""

    def __init__(self, md: Markdown, options: KramdownOptions) -> None:
        super().__init__(md)
        self.options = options

    def run(self, root: etree.Element) -> None:
        if not self.options.auto_ids:
            return
        make = id_maker(self.options)
        # Footnotes are kept apart from kramdown's tree: its own rule names their headings.
        in_footnotes = KramdownIds(self.options.auto_id_prefix)
        notes = {
            id(e)
            for div in root.iter("div")
            if "footnotes" in div.get("class", "").split()
            for e in div.iter()
        }
        for element in root.iter():
            if element.tag in HEADINGS and "id" not in element.attrib:
                maker = in_footnotes if id(element) in notes else make
                made = maker(heading_text(element, self.md))
                if made:
                    element.set("id", made)
