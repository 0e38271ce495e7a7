"""The dialect's definitions, as a table: Markdown in, kramdown's HTML out (definition lists;
the HTML as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "Term\n: Definition\n",
        {},
        "<dl><dt>Term</dt><dd>Definition</dd></dl>",
    ),
    (
        "Term one\nTerm two\n: Definition\n",
        {},
        "<dl><dt>Term one</dt><dt>Term two</dt><dd>Definition</dd></dl>",
    ),
    (
        "Term\n\n: Definition as a paragraph\n",
        {},
        "<dl><dt>Term</dt><dd><p>Definition as a paragraph</p></dd></dl>",
    ),
    (
        "Term\n: One\n: Two\n\nOther\n: Three\n",
        {},
        "<dl><dt>Term</dt><dd>One</dd><dd>Two</dd><dt>Other</dt><dd>Three</dd></dl>",
    ),
    (
        "Term\n: Definition\n  continued\n",
        {},
        "<dl><dt>Term</dt><dd>Definition\ncontinued</dd></dl>",
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_definitions(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
