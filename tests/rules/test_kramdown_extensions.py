"""The dialect's reading of kramdown's own extensions, as a table: Markdown in, kramdown's HTML
out (the HTML as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "Text\n\n{::comment}\nhidden *text*\n{:/comment}\n\nMore\n",
        "<p>Text</p><!-- hidden *text* --><p>More</p>",
    ),
    ("Inline {::comment}gone{:/} here\n", "<p>Inline <!-- gone --> here</p>"),
    ("{::nomarkdown}\n<b>raw *x*</b>\n{:/}\n", "<b>raw *x*</b>"),
    ("{::nomarkdown type='latex'}\n\\LaTeX\n{:/}\n", ""),
    ('{::options auto_ids="false" /}\n\nPara\n', "<p>Para</p>"),
    (
        "```\n{::comment}\nkept in code\n{:/}\n```\n",
        "<pre><code>{::comment}\nkept in code\n{:/}\n</code></pre>",
    ),
]


@pytest.mark.parametrize(("markdown", "html"), ROWS)
def test_extensions(markdown: str, html: str) -> None:
    same_html(markdown, {}, html)
