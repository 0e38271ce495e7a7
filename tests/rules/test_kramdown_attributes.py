"""The dialect's attributes, as a table: Markdown in, kramdown's HTML out (attribute lists and
their definitions; the HTML as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "A paragraph\n{: .right #here}\n",
        {},
        '<p class="right" id="here">A paragraph</p>',
    ),
    (
        "{: .before}\nA paragraph\n",
        {},
        '<p class="before">A paragraph</p>',
    ),
    (
        '{:ref: .one key="v"}\n\nA paragraph\n{: ref .two}\n',
        {},
        '<p class="one two" key="v">A paragraph</p>',
    ),
    (
        "- a\n- b\n{: .list}\n",
        {},
        '<ul class="list"><li>a</li><li>b</li></ul>',
    ),
    (
        "- {:.first} a\n- b\n",
        {},
        '<ul><li class="first">a</li><li>b</li></ul>',
    ),
    (
        "An *emphasis*{: .x} word\n",
        {},
        '<p>An <em class="x">emphasis</em> word</p>',
    ),
    (
        "![image](x.png){: .alignright}\n",
        {},
        '<p><img src="x.png" alt="image" class="alignright" /></p>',
    ),
    (
        "## Heading\n{: .h}\n",
        {},
        '<h2 class="h" id="heading">Heading</h2>',
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_attributes(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
