"""The dialect's inline, as a table: Markdown in, kramdown's HTML out (span rules: escapes,
strikethrough, block tags in text; the HTML as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "\\$5 and \\| and \\~\n",
        {},
        "<p>$5 and | and ~</p>",
    ),
    (
        "~~struck~~ and ~~ not ~~\n",
        {},
        "<p><del>struck</del> and ~~ not ~~</p>",
    ),
    (
        "a <div> in text\n",
        {},
        "<p>a &lt;div&gt; in text</p>",
    ),
    (
        "a <span>span</span> in text\n",
        {},
        "<p>a <span>span</span> in text</p>",
    ),
    (
        "*em* and **strong** and _em_\n",
        {},
        "<p><em>em</em> and <strong>strong</strong> and <em>em</em></p>",
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_inline(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
