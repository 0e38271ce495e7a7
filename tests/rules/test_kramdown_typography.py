"""The dialect's typography, as a table: Markdown in, kramdown's HTML out (kramdown's smart
quotes and typographic symbols; the HTML as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "\"Double\" and 'single' quotes\n",
        {},
        "<p>&ldquo;Double&rdquo; and &lsquo;single&rsquo; quotes</p>",
    ),
    (
        "It's the '80s, Thomas' name\n",
        {},
        "<p>It&rsquo;s the &rsquo;80s, Thomas&rsquo; name</p>",
    ),
    (
        "Dashes -- and --- and dots...\n",
        {},
        "<p>Dashes &ndash; and &mdash; and dots&hellip;</p>",
    ),
    (
        "<< guillemets >> and <<tight>>\n",
        {},
        "<p>&laquo;&nbsp;guillemets&nbsp;&raquo; and &laquo;tight&raquo;</p>",
    ),
    (
        "\"*emphasis*\" and '**strong**'\n",
        {},
        "<p>&ldquo;<em>emphasis</em>&rdquo; and &lsquo;<strong>strong</strong>&rsquo;</p>",
    ),
    (
        "\"[a link](x)\" and 'quoted.'\n",
        {},
        '<p>&ldquo;<a href="x">a link</a>&rdquo; and &lsquo;quoted.&rsquo;</p>',
    ),
    (
        '`"code" -- kept`\n',
        {},
        '<p><code>"code" -- kept</code></p>',
    ),
    (
        "He said, \"'Nested' here.\"\n",
        {},
        "<p>He said, &ldquo;&lsquo;Nested&rsquo; here.&rdquo;</p>",
    ),
    (
        '"quoted"\n',
        {"smart_quotes": "apos,apos,quot,quot"},
        '<p>"quoted"</p>',
    ),
    (
        "Dots...\n",
        {"typographic_symbols": {"hellip": "..."}},
        "<p>Dots...</p>",
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_typography(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
