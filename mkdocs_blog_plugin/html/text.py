"""User strings that may hold markup: as plain text, and escaped for themes."""

from __future__ import annotations

import contextlib
import re
from html import escape
from typing import Any

import lxml.etree
import lxml.html
from lxml.html.defs import tags as HTML_TAGS

from .xml_chars import xml_safe

_SPACE = re.compile(r"\s+")
_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")


def plain_text(value: str) -> str:
    """Markup stripped, entities decoded and whitespace normalised, as jekyll-feed's
    `strip_html | normalize_whitespace`: `Design &amp; <em>research</em>` → `Design & research`.

    Only real HTML tags count as markup: in `Fish & <Chips>` the `<Chips>` is text.
    """
    if "<" in value or "&" in value:
        value = _TAG_START.sub(_escape_unless_html, value)
        with contextlib.suppress(ValueError, lxml.etree.ParserError):
            value = lxml.html.fragment_fromstring(value, create_parent="div").text_content()
    return _SPACE.sub(" ", xml_safe(value)).strip()


def _escape_unless_html(match: re.Match[str]) -> str:
    return match.group(0) if match.group(2).lower() in HTML_TAGS else "&lt;" + match.group(0)[1:]


def escaped(value: Any) -> Any:
    """Every text inside `value` (lists and mappings too) HTML-escaped, quotes included: themes
    print `page.meta` values into HTML and attributes unescaped."""
    if isinstance(value, str):
        return escape(value, quote=True)
    if isinstance(value, list):
        return [escaped(item) for item in value]
    if isinstance(value, dict):
        return {key: escaped(item) for key, item in value.items()}
    return value
