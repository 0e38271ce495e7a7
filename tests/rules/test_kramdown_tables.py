"""The dialect's tables, as a table: Markdown in, kramdown's HTML out (tables as kramdown reads
them; the HTML as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "| a | b |\n|---|---|\n| 1 | 2 |\n",
        {},
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><t"
        "r><td>1</td><td>2</td></tr></tbody></table>",
    ),
    (
        "a | b\n--|--\n1 | 2\n",
        {},
        "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><t"
        "r><td>1</td><td>2</td></tr></tbody></table>",
    ),
    (
        "| 1 | 2 |\n| 3 | 4 |\n",
        {},
        "<table><tbody><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></tbody></table>",
    ),
    (
        "| h |\n|---|\n| b |\n|===|\n| f |\n",
        {},
        "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>b</t"
        "d></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>",
    ),
    (
        "| l | c | r |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n",
        {},
        '<table><thead><tr><th style="text-align: left">l</th><th sty'
        'le="text-align: center">c</th><th style="text-align: right">'
        'r</th></tr></thead><tbody><tr><td style="text-align: left">1'
        '</td><td style="text-align: center">2</td><td style="text-al'
        'ign: right">3</td></tr></tbody></table>',
    ),
    (
        "| a | b |\n| 1 |\n",
        {},
        "<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>1</td><td></td></tr></tbody></table>",
    ),
    (
        "| `a|b` | c |\n",
        {},
        "<table><tbody><tr><td><code>a|b</code></td><td>c</td></tr></tbody></table>",
    ),
    (
        "| a \\| b | c |\n",
        {},
        "<table><tbody><tr><td>a | b</td><td>c</td></tr></tbody></table>",
    ),
    (
        "text | with a pipe\nand a line without\n",
        {},
        "<p>text | with a pipe\nand a line without</p>",
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_tables(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
