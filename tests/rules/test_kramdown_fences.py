"""The dialect's fences, as a table: Markdown in, kramdown's HTML out (fenced code blocks; the
HTML as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "```ruby\nputs 1\n```\n",
        {},
        '<pre><code class="language-ruby">puts 1\n</code></pre>',
    ),
    (
        "~~~\nplain\n~~~\n",
        {},
        "<pre><code>plain\n</code></pre>",
    ),
    (
        "```\ncode\n`````\n",
        {},
        "<pre><code>code\n</code></pre>",
    ),
    (
        "- item\n\n  ```sh\n  make\n  ```\n",
        {},
        '<ul><li><p>item</p><pre><code class="language-sh">make\n</code></pre></li></ul>',
    ),
    (
        "   ```\n   indented fence\n   ```\n",
        {},
        "<pre><code>   indented fence\n</code></pre>",
    ),
    (
        "```\nno closing fence\n",
        {},
        "<p>```\nno closing fence</p>",
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_fences(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
