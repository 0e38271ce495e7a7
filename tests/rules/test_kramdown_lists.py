"""The dialect's lists, as a table: Markdown in, kramdown's HTML out (kramdown's lists: items
at their content column, tight and loose items, lazy lines, task lists; the HTML as kramdown
2.4.0 wrote it)."""

from __future__ import annotations

import pytest
from html_normal import same_html

ROWS = [
    (
        "Text\n- one\n- two\n",
        {},
        "<p>Text</p><ul><li>one</li><li>two</li></ul>",
    ),
    (
        "- one\n  - nested at two\n- two\n",
        {},
        "<ul><li>one\n    <ul><li>nested at two</li></ul></li><li>two</li></ul>",
    ),
    (
        "1. one\n   1. nested at three\n2. two\n",
        {},
        "<ol><li>one\n    <ol><li>nested at three</li></ol></li><li>two</li></ol>",
    ),
    (
        "- one\n    - nested at four\n",
        {},
        "<ul><li>one\n    <ul><li>nested at four</li></ul></li></ul>",
    ),
    (
        "- item\n\n      code under the item\n",
        {},
        "<ul><li><p>item</p><pre><code>code under the item\n</code></pre></li></ul>",
    ),
    (
        "- item\n\n    a paragraph, not code\n",
        {},
        "<ul><li><p>item</p><p>a paragraph, not code</p></li></ul>",
    ),
    (
        "- a\n\n- b\n",
        {},
        "<ul><li><p>a</p></li><li><p>b</p></li></ul>",
    ),
    (
        "- a\n- b\n\n- c\n",
        {},
        "<ul><li>a</li><li><p>b</p></li><li>c</li></ul>",
    ),
    (
        "- a\nlazy line\n- b\n",
        {},
        "<ul><li>a\nlazy line</li><li>b</li></ul>",
    ),
    (
        "- a\n\nafter the list\n",
        {},
        "<ul><li>a</li></ul><p>after the list</p>",
    ),
    (
        "- [ ] todo\n- [x] done\n",
        {},
        '<ul class="task-list"><li class="task-list-item"><input type'
        '="checkbox" class="task-list-item-checkbox" disabled="disabl'
        'ed" />todo</li><li class="task-list-item"><input type="check'
        'box" class="task-list-item-checkbox" disabled="disabled" che'
        'cked="checked" />done</li></ul>',
    ),
    (
        "* a\n+ b\n",
        {},
        "<ul><li>a</li><li>b</li></ul>",
    ),
    (
        "- a\n1. b\n",
        {},
        "<ul><li>a\n    <ol><li>b</li></ol></li></ul>",
    ),
    (
        "3. three\n4. four\n",
        {},
        "<ol><li>three</li><li>four</li></ol>",
    ),
    (
        "- a\n# heading in the item\n",
        {},
        '<ul><li>a\n    <h1 id="heading-in-the-item">heading in the item</h1></li></ul>',
    ),
]


@pytest.mark.parametrize(("markdown", "settings", "html"), ROWS)
def test_lists(markdown: str, settings: dict[str, object], html: str) -> None:
    same_html(markdown, settings, html)
