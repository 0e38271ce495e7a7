"""The dialect's footnotes, as a table: Markdown in, kramdown's HTML out (footnotes with
kramdown's markup; the HTML as kramdown 2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "Text[^1].\n\n[^1]: The note.\n",
        {},
        '<p>Text<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" '
        'class="footnote" rel="footnote">1</a></sup>.</p><div class="'
        'footnotes" role="doc-endnotes"><ol><li id="fn:1" role="doc-e'
        'ndnote"><p>The note.&nbsp;<a href="#fnref:1" class="reversef'
        'ootnote" role="doc-backlink">&#8617;</a></p></li></ol></div>',
    ),
    (
        "One[^a] and two[^b].\n\n[^b]: Second.\n[^a]: First.\n",
        {},
        '<p>One<sup id="fnref:a" role="doc-noteref"><a href="#fn:a" c'
        'lass="footnote" rel="footnote">1</a></sup> and two<sup id="f'
        'nref:b" role="doc-noteref"><a href="#fn:b" class="footnote" '
        'rel="footnote">2</a></sup>.</p><div class="footnotes" role="'
        'doc-endnotes"><ol><li id="fn:a" role="doc-endnote"><p>First.'
        '&nbsp;<a href="#fnref:a" class="reversefootnote" role="doc-b'
        'acklink">&#8617;</a></p></li><li id="fn:b" role="doc-endnote'
        '"><p>Second.&nbsp;<a href="#fnref:b" class="reversefootnote"'
        ' role="doc-backlink">&#8617;</a></p></li></ol></div>',
    ),
    (
        "Twice[^n] and again[^n].\n\n[^n]: Note.\n",
        {},
        '<p>Twice<sup id="fnref:n" role="doc-noteref"><a href="#fn:n"'
        ' class="footnote" rel="footnote">1</a></sup> and again<sup i'
        'd="fnref:n:1" role="doc-noteref"><a href="#fn:n" class="foot'
        'note" rel="footnote">1</a></sup>.</p><div class="footnotes" '
        'role="doc-endnotes"><ol><li id="fn:n" role="doc-endnote"><p>'
        'Note.&nbsp;<a href="#fnref:n" class="reversefootnote" role="'
        'doc-backlink">&#8617;</a><a href="#fnref:n:1" class="reverse'
        'footnote" role="doc-backlink">&#8617;<sup>2</sup></a></p></l'
        "i></ol></div>",
    ),
    (
        "Note[^long].\n\n[^long]: First paragraph.\n\n    Second paragraph.\n",
        {},
        '<p>Note<sup id="fnref:long" role="doc-noteref"><a href="#fn:'
        'long" class="footnote" rel="footnote">1</a></sup>.</p><div c'
        'lass="footnotes" role="doc-endnotes"><ol><li id="fn:long" ro'
        'le="doc-endnote"><p>First paragraph.</p><p>Second paragraph.'
        '&nbsp;<a href="#fnref:long" class="reversefootnote" role="do'
        'c-backlink">&#8617;</a></p></li></ol></div>',
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_footnotes(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
