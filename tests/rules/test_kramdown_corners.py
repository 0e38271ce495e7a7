"""Corners real posts showed (the corpora's posts, kramdown's own cases, the differential test),
as a table: Markdown in, kramdown's HTML out (as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    ("> one\n\n> two\n", "<blockquote><p>one</p></blockquote><blockquote><p>two</p></blockquote>"),
    ("Text.\n\n[^unused]: Never referenced.\n", "<p>Text.</p>"),
    ("    code\nlazy line\n", "<pre><code>code lazy line\n</code></pre>"),
    ('[a][r]\n\n[r]: {{ site.url }}/x "T"\n', '<p><a href="{{ site.url }}/x" title="T">a</a></p>'),
    ("Text [r]: /x here\n", "<p>Text [r]: /x here</p>"),
    ('<img src="x.png"></img> text\n', '<p><img src="x.png" />&lt;/img&gt; text</p>'),
    ("Para\n{% endraw %}\n", "<p>Para\n{% endraw %}</p>"),
    (
        '[l](http://x.org){:target="_blank"}\n',
        '<p><a href="http://x.org" target="_blank">l</a></p>',
    ),
    (
        'a <iframe src="x?a=1&amp;b=2"> in text\n',
        '<p>a &lt;iframe src="x?a=1&amp;b=2"&gt; in text</p>',
    ),
    ('snake_case_"quoted"\n', "<p>snake_case_\u201cquoted\u201d</p>"),
    ("- --\n    - post\n- post\n", "<hr /><pre><code>- post - post\n</code></pre>"),
    ("> quote\n{: .q}\n", '<blockquote class="q"><p>quote</p></blockquote>'),
    ("```\ncode\n```\n{: .c}\n", '<pre class="c"><code>code\n</code></pre>'),
    ("text\n\n{: .next}\npara\n", '<p>text</p><p class="next">para</p>'),
    ("## Head {: #x}\n", '<h2 id="head--x">Head {: #x}</h2>'),
    ("a\n^\nb\n", "<p>a</p><p>b</p>"),
]


@pytest.mark.parametrize(("markdown", "html"), ROWS)
def test_corners(markdown: str, html: str) -> None:
    same_html(markdown, {}, html)
