"""The dialect's abbreviations, as a table: Markdown in, kramdown's HTML out (abbreviations;
the HTML as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "The HTML spec.\n\n*[HTML]: Hyper Text Markup Language\n",
        {},
        '<p>The <abbr title="Hyper Text Markup Language">HTML</abbr> spec.</p>',
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_abbreviations(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
