"""The dialect's paragraphs, as a table: Markdown in, kramdown's HTML out (where kramdown's GFM
paragraphs end; the HTML as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "para\n> quote\n",
        {},
        "<p>para</p><blockquote><p>quote</p></blockquote>",
    ),
    (
        "para\n# heading\n",
        {},
        '<p>para</p><h1 id="heading">heading</h1>',
    ),
    (
        "para\n```\ncode\n```\n",
        {},
        "<p>para</p><pre><code>code\n</code></pre>",
    ),
    (
        "para\n<https://example.org> goes on\n",
        {},
        '<p>para\n<a href="https://example.org">https://example.org</a> goes on</p>',
    ),
    (
        "para\n<div>block</div>\n",
        {},
        "<p>para</p><div>block</div>",
    ),
    (
        "para\n- item\n",
        {"gfm_quirks": []},
        "<p>para\n- item</p>",
    ),
    (
        "line one  \nline two\n",
        {},
        "<p>line one<br />\nline two</p>",
    ),
    (
        "line one\\\nline two\n",
        {},
        "<p>line one<br />\nline two</p>",
    ),
    (
        "line one\nline two\n",
        {"hard_wrap": True},
        "<p>line one<br />\nline two</p>",
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_paragraphs(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
