"""One normal form for comparing HTML: parsed with lxml, then each element as its tag, its
attributes (in any order) and its text with whitespace collapsed; entities are characters."""

from __future__ import annotations

import re

import lxml.html
from lxml.etree import ParserError

WHITESPACE = re.compile(r"\s+")
Node = tuple[str, tuple[tuple[str, str], ...], tuple["Node | str", ...]]


def _text(value: str | None) -> str:
    return WHITESPACE.sub(" ", value or "").strip()


def _node(element: lxml.html.HtmlElement) -> Node:
    children: list[Node | str] = []
    if _text(element.text):
        children.append(_text(element.text))
    for child in element:
        if isinstance(child.tag, str):
            children.append(_node(child))
        elif child.tag is lxml.html.HtmlComment:
            children.append(f"<!--{_text(child.text)}-->")
        if _text(child.tail):
            children.append(_text(child.tail))
    attributes = tuple(sorted((k, _text(v)) for k, v in element.attrib.items()))
    return (str(element.tag), attributes, tuple(children))


def normal(html: str) -> Node:
    """`html` (a fragment) in the normal form."""
    if not html.strip():
        return ("div", (), ())
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return ("div", (), (_text(html),))
    return _node(root)


def pretty(node: Node | str, depth: int = 0) -> str:
    """The normal form, one element a line, for a readable difference."""
    pad = "  " * depth
    if isinstance(node, str):
        return f"{pad}{node!r}"
    tag, attributes, children = node
    shown = "".join(f' {k}="{v}"' for k, v in attributes)
    inner = "\n".join(pretty(child, depth + 1) for child in children)
    return f"{pad}<{tag}{shown}>" + (f"\n{inner}" if inner else "")


def same_html(markdown: str, settings: dict[str, object], expected: str) -> None:
    """Assert that the dialect reads `markdown` (with kramdown `settings`) as `expected`."""
    from mkdocs_blog_plugin.kramdown import KramdownOptions, kramdown_html

    options, ignored = KramdownOptions.from_mapping(settings)
    assert not ignored
    assert pretty(normal(kramdown_html(markdown, options))) == pretty(normal(expected))
