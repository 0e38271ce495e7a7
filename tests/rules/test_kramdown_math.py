"""The dialect's math, as a table: Markdown in, kramdown's HTML out (math for MathJax; the HTML
as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "$$x < 1$$\n",
        {},
        "\\[x &lt; 1\\]",
    ),
    (
        "Inline $$a & b$$ math\n",
        {},
        "<p>Inline \\(a &amp; b\\) math</p>",
    ),
    (
        "$$\nx = 1\n$$\n",
        {},
        "\\[x = 1\\]",
    ),
    (
        "$$x$$\n{: .eq}\n",
        {},
        '<div class="eq">\\[x\\]\n</div>',
    ),
    (
        "$5 and $10\n",
        {},
        "<p>$5 and $10</p>",
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_math(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
