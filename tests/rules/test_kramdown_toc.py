"""The dialect's toc, as a table: Markdown in, kramdown's HTML out ({:toc}; the HTML as
kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "* toc\n{:toc}\n\n# One\n\n## Two\n\n# Three\n",
        {},
        '<ul id="markdown-toc"><li><a href="#one" id="markdown-toc-on'
        'e">One</a><ul><li><a href="#two" id="markdown-toc-two">Two</'
        'a></li></ul></li><li><a href="#three" id="markdown-toc-three'
        '">Three</a></li></ul><h1 id="one">One</h1><h2 id="two">Two</'
        'h2><h1 id="three">Three</h1>',
    ),
    (
        "1. toc\n{:toc}\n\n# One\n\n## Two {#two}\n",
        {},
        '<ol id="markdown-toc"><li><a href="#one" id="markdown-toc-on'
        'e">One</a><ol><li><a href="#two" id="markdown-toc-two">Two</'
        'a></li></ol></li></ol><h1 id="one">One</h1><h2 id="two">Two<'
        "/h2>",
    ),
    (
        "* toc\n{:toc}\n\n# Skipped\n{: .no_toc}\n\n## Kept\n",
        {},
        '<ul id="markdown-toc"><li><a href="#kept" id="markdown-toc-k'
        'ept">Kept</a></li></ul><h1 class="no_toc" id="skipped">Skipp'
        'ed</h1><h2 id="kept">Kept</h2>',
    ),
    (
        "* toc\n{:toc}\n\n# One\n\n## Two\n\n### Three\n",
        {"toc_levels": "2..2"},
        '<ul id="markdown-toc"><li><a href="#two" id="markdown-toc-tw'
        'o">Two</a></li></ul><h1 id="one">One</h1><h2 id="two">Two</h'
        '2><h3 id="three">Three</h3>',
    ),
    (
        "* toc\n{:toc}\n\n# A [link](x) here\n",
        {},
        '<ul id="markdown-toc"><li><a href="#a-link-here" id="markdow'
        'n-toc-a-link-here">A link here</a></li></ul><h1 id="a-link-h'
        'ere">A <a href="x">link</a> here</h1>',
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_toc(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
