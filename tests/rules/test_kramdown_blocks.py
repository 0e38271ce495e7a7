"""The block comparison the corpora figures rest on, as a table: what makes two renderings
of a post the same, the same with typography, and their heading ids."""

from __future__ import annotations

import pytest
from kramdown_blocks import Block, blocks, compare

BLOCKS = [
    ("<p>a\n  b</p>", [Block("p", 0, "a b")]),
    ("<ul><li>a<ul><li>b</li></ul></li></ul>", [Block("li", 1, "a"), Block("li", 2, "b")]),
    ("<ul><li><p>a</p><p>b</p></li></ul>", [Block("li", 1, "a b")]),
    ("<h2 id='x'>T <code>c</code></h2>", [Block("h2", 0, "T c")]),
    ("<pre><code>x = 1\n</code></pre>", [Block("pre", 0, "x = 1")]),
    ("<table><tr><th>h</th><td>d</td></tr></table>", [Block("th", 0, "h"), Block("td", 0, "d")]),
    ("<dl><dt>t</dt><dd>d</dd></dl>", [Block("dt", 1, "t"), Block("dd", 1, "d")]),
    ("<blockquote><p>q</p></blockquote>", [Block("p", 0, "q")]),
]


@pytest.mark.parametrize(("html", "expected"), BLOCKS)
def test_blocks(html: str, expected: list[Block]) -> None:
    assert blocks(html) == expected


def test_typography_is_folded_only_in_the_first_figure() -> None:
    found = compare("<p>It\u2019s \u201cso\u201d \u2013 ok\u2026</p>", '<p>It\'s "so" -- ok...</p>')
    assert found.same and not found.same_typography
    assert "block 0" in found.first_difference


def test_tight_and_loose_items_are_the_same_blocks() -> None:
    assert compare("<ul><li>a</li></ul>", "<ul><li><p>a</p></li></ul>").same_typography


def test_every_heading_id_must_be_there() -> None:
    found = compare('<h2 id="a">A</h2><h2 id="b">B</h2>', '<h2 id="a">A</h2><h2 id="c">B</h2>')
    assert (found.ids_expected, found.ids_kept, found.all_ids_kept) == (2, 1, False)
    assert found.same_typography


def test_a_missing_block_is_named() -> None:
    found = compare("<p>a</p><p>b</p>", "<p>a</p>")
    assert not found.same and found.first_difference.startswith("block 1: missing")
