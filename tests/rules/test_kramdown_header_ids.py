"""The dialect's header_ids, as a table: Markdown in, kramdown's HTML out (heading ids as
kramdown makes them; the HTML as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "# Hello World\n\n# Hello World\n",
        {},
        '<h1 id="hello-world">Hello World</h1><h1 id="hello-world-1">Hello World</h1>',
    ),
    (
        "## What's *new* in 4.0?\n",
        {},
        '<h2 id="whats-new-in-40">What&rsquo;s <em>new</em> in 4.0?</h2>',
    ),
    (
        "## C++ & `code`\n",
        {},
        '<h2 id="c--code">C++ &amp; <code>code</code></h2>',
    ),
    (
        "## Ünïcödé 日本\n",
        {},
        '<h2 id="&uuml;n&iuml;c&ouml;d&eacute;-\u65e5\u672c">&Uuml;n&iuml;c&oum'
        "l;d&eacute; \u65e5\u672c</h2>",
    ),
    (
        "## ;;\n\n## ;;\n",
        {},
        '<h2>;;</h2><h2 id="-1">;;</h2>',
    ),
    (
        "## Named {#my-id}\n",
        {},
        '<h2 id="my-id">Named</h2>',
    ),
    (
        "## Prefixed\n",
        {"auto_id_prefix": "p-"},
        '<h2 id="p-prefixed">Prefixed</h2>',
    ),
    (
        "## No ids\n",
        {"auto_ids": False},
        "<h2>No ids</h2>",
    ),
    (
        "## 1. Numbered\n",
        {"input": "kramdown"},
        '<h2 id="numbered">1. Numbered</h2>',
    ),
    (
        "#no space\n",
        {},
        "<p>#no space</p>",
    ),
    (
        "## Closing hashes ##\n",
        {},
        '<h2 id="closing-hashes">Closing hashes</h2>',
    ),
    (
        "Setext\n======\n",
        {},
        '<h1 id="setext">Setext</h1>',
    ),
    (
        "## Offset\n",
        {"header_offset": 1},
        '<h3 id="offset">Offset</h3>',
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_header_ids(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)


# kramdown's own rule with transliteration (Debian's kramdown lacks stringex, so these rows are
# kramdown's documented rule: ASCII letters, digits, spaces and hyphens from the first letter).
TRANSLITERATED = [
    ("### abc def öúß\n", '<h3 id="abc-def-ouss">abc def öúß</h3>'),
    ("### 192 abc\n\n### ;;\n\n### ;;\n", '<h3 id="abc">192 abc</h3><h3 id="section">;;</h3>'
     '<h3 id="section-1">;;</h3>'),
]  # fmt: skip


@pytest.mark.parametrize(("markdown", "html"), TRANSLITERATED)
def test_transliterated_header_ids(markdown: str, html: str) -> None:
    same_html(markdown, {"transliterated_header_ids": True}, html)
