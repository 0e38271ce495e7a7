"""Jekyll's `Utils.slugify` (lib/jekyll/utils.rb, Jekyll 4.3), mode by mode.

Ruby's `\\p{M}`, `\\p{L}` and `\\p{Nd}` are Unicode categories, which Python's `re` cannot name
(its `\\w` keeps `_` and all numerals but drops combining marks such as Tamil vowel signs), so the
default and pretty modes map characters through a `str.translate` table that `unicodedata` fills
as characters are first seen.
"""

from __future__ import annotations

import re
import unicodedata

from .ruby import ruby_downcase

SLUGIFY_MODES: tuple[str, ...] = ("raw", "default", "pretty", "ascii", "latin")

# Ruby's `\s` is ASCII-only.
_RAW_RUN = re.compile(r"[ \t\r\n\f\v]+")
_ASCII_RUN = re.compile(r"[^A-Za-z0-9]+")
_HYPHENS = re.compile(r"-{2,}")
_EDGE_HYPHEN = re.compile(r"\A-|-\Z")
_PRETTY_KEPT = frozenset("._~!$&'()+,;=@")


class _HyphenTable(dict[int, str]):
    """A `str.translate` table sending every character outside the kept classes to "-"."""

    def __init__(self, extra: frozenset[str]) -> None:
        super().__init__()
        self._extra = extra

    def __missing__(self, code: int) -> str:
        char = chr(code)
        category = unicodedata.category(char)
        kept = category[0] in "LM" or category == "Nd" or char in self._extra
        self[code] = char if kept else "-"
        return self[code]


_DEFAULT_TABLE = _HyphenTable(frozenset())
_PRETTY_TABLE = _HyphenTable(_PRETTY_KEPT)

# I18n's default approximations cover U+00C0..U+017E and U+1E9E. Letters there that decompose to
# an ASCII letter plus marks lose the marks; these are the ones that do not decompose.
_LATIN_SPECIAL = {
    "Æ": "AE", "æ": "ae", "Ð": "D", "ð": "d", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h",
    "\u0131": "i", "Ĳ": "IJ", "ĳ": "ij", "ĸ": "k", "Ŀ": "L", "ŀ": "l", "Ł": "L", "ł": "l",
    "ŉ": "'n", "Ŋ": "NG", "ŋ": "ng", "Ø": "O", "ø": "o", "Œ": "OE", "œ": "oe", "Þ": "Th",
    "þ": "th", "ß": "ss", "ẞ": "SS", "Ŧ": "T", "ŧ": "t", "\u00d7": "x",
}  # fmt: skip


def _latin_table() -> dict[int, str]:
    table = {ord(char): ascii_ for char, ascii_ in _LATIN_SPECIAL.items()}
    for code in range(0xC0, 0x17F):
        if code in table:
            continue
        decomposed = unicodedata.normalize("NFD", chr(code))
        if len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha():
            table[code] = decomposed[0]
    return table


_LATIN = _latin_table()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def transliterate(text: str) -> str:
    """Ruby I18n's `transliterate` with its default rules: known Latin letters lose their accents,
    any other non-ASCII character becomes "?"."""
    return _NON_ASCII.sub(lambda m: _LATIN.get(ord(m.group()), "?"), text)


def slugify(text: str, mode: str = "default", cased: bool = False) -> str:
    """Jekyll's slug of `text`; "" when nothing is left (Jekyll then warns "Empty `slug`")."""
    if mode not in SLUGIFY_MODES:
        return text if cased else ruby_downcase(text)
    if mode == "raw":
        slug = _RAW_RUN.sub("-", text)
    elif mode == "ascii":
        slug = _ASCII_RUN.sub("-", text)
    else:
        if mode == "latin":
            text = transliterate(text)
        table = _PRETTY_TABLE if mode == "pretty" else _DEFAULT_TABLE
        # A run of replaced characters becomes a run of "-", and no kept character is "-".
        slug = _HYPHENS.sub("-", text.translate(table))
    slug = _EDGE_HYPHEN.sub("", slug)
    return slug if cased else ruby_downcase(slug)
