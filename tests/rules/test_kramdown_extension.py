"""KramdownExtension inside a Markdown instance with MkDocs' usual extensions: a post written
in MkDocs' idioms renders as it does without the dialect, except for the syntax kramdown has
(its footnotes and task lists markup); the dialect's heading ids win over toc's; the dialect is
pure (nothing from MkDocs)."""

from __future__ import annotations

import ast
from pathlib import Path

import markdown
import pytest
from html_normal import normal, pretty

from mkdocs_blog_plugin.kramdown import KramdownExtension, KramdownOptions

MKDOCS_EXTENSIONS = [
    *("toc", "tables", "attr_list", "md_in_html", "admonition", "footnotes", "def_list", "abbr"),
    *("pymdownx.superfences", "pymdownx.tabbed", "pymdownx.details", "pymdownx.highlight"),
    *("pymdownx.tasklist", "pymdownx.tilde", "pymdownx.arithmatex", "pymdownx.snippets"),
]
CONFIGS = {"pymdownx.tabbed": {"alternate_style": True}, "pymdownx.arithmatex": {"generic": True}}

# (name, a post in MkDocs' idioms): each renders the same with the dialect.
IDIOMS = [
    ("admonition", '!!! note "A note"\n    Text with `code`.\n\n    - a list\n    - in it\n'),
    (
        "tabs",
        '=== "One"\n\n    Content one.\n\n'
        '=== "Two"\n\n    ```python title="x.py"\n    x = 1\n    ```\n',
    ),
    ("details", '??? tip "More"\n    Hidden text.\n'),
    ("superfences", '```python hl_lines="1" linenums="1"\ndef f():\n    return 1\n```\n'),
    ("nested fence", "- item\n\n    ```sh\n    make\n    ```\n"),
    ("tilde", "Some ~~struck~~ text and H~2~O.\n"),
    ("definition", "Term\n:   Definition here.\n"),
    ("attr_list", "![alt](x.png){ .center }\n\nText\n{: .note }\n"),
    ("md_in_html", '<div markdown="1">\n**bold** inside\n</div>\n'),
    ("table", "| a | b |\n|---|---|\n| 1 | 2 |\n"),
    ("abbr", "The HTML spec.\n\n*[HTML]: Hyper Text\n"),
    ("arithmatex", "Inline $x^2$ math.\n"),
]


def render(text: str, *extra: markdown.Extension) -> str:
    md = markdown.Markdown(extensions=[*MKDOCS_EXTENSIONS, *extra], extension_configs=CONFIGS)
    return md.convert(text)


@pytest.mark.parametrize(("name", "post"), IDIOMS, ids=[name for name, _ in IDIOMS])
def test_mkdocs_idioms_render_as_without_the_dialect(name: str, post: str) -> None:
    assert pretty(normal(render(post, KramdownExtension()))) == pretty(normal(render(post)))


def test_syntax_kramdown_has_reads_as_kramdown() -> None:
    html = render("Text\n- [x] done\n\nA note[^n].\n\n[^n]: The note.\n", KramdownExtension())
    assert '<ul class="task-list">' in html
    assert '<div class="footnotes" role="doc-endnotes">' in html
    assert "<p>Text</p>" in html


def test_a_heading_s_trailing_braces_stay_text_as_in_kramdown() -> None:
    """kramdown reads only `{#id}` at a heading's end: an old `#anchor` made from the rest."""
    html = render("## Second { #custom }\n\n## Third {#third}\n", KramdownExtension())
    assert '<h2 id="second--custom-">Second { #custom }</h2>' in html
    assert '<h2 id="third">Third</h2>' in html


def test_heading_ids_are_kramdowns_and_toc_keeps_them() -> None:
    md = markdown.Markdown(extensions=["toc", KramdownExtension()])
    html = md.convert("## C++ & you\n\n## C++ & you\n")
    assert 'id="c--you"' in html and 'id="c--you-1"' in html
    assert [token["id"] for token in md.toc_tokens] == ["c--you", "c--you-1"]  # type: ignore[attr-defined]


def test_math_wears_arithmatex_class_when_the_instance_has_it() -> None:
    html = render("$$x < 1$$\n\nInline $$y$$.\n", KramdownExtension())
    assert '<div class="arithmatex">\\[x &lt; 1\\]' in html
    assert '<span class="arithmatex">\\(y\\)</span>' in html


def test_one_instance_converts_many_posts_alike() -> None:
    md = markdown.Markdown(extensions=[KramdownExtension(KramdownOptions())])
    first = md.convert("# Same\n\n{:ref: .x}\n\nText[^1]\n{: ref}\n\n[^1]: Note.\n")
    md.reset()
    second = md.convert("# Same\n\n{:ref: .x}\n\nText[^1]\n{: ref}\n\n[^1]: Note.\n")
    assert first == second


def test_the_dialect_imports_nothing_from_mkdocs() -> None:
    package = Path(__file__).parents[1] / "mkdocs_blog_plugin" / "kramdown"
    for module in package.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom | ast.Import):
                names = (
                    [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else [alias.name for alias in node.names]
                )
                assert not any(n.startswith(("mkdocs", "properdocs")) for n in names), module
                assert not (isinstance(node, ast.ImportFrom) and node.level > 1), module


# Material's other recommended extensions, with posts in their idioms.
MORE_EXTENSIONS = [
    *("toc", "attr_list", "md_in_html", "pymdownx.superfences", "pymdownx.highlight"),
    *("pymdownx.inlinehilite", "pymdownx.keys", "pymdownx.mark", "pymdownx.caret"),
    *("pymdownx.emoji", "pymdownx.critic", "pymdownx.blocks.admonition"),
    *("pymdownx.magiclink", "pymdownx.betterem", "pymdownx.smartsymbols"),
]
MORE_IDIOMS = [
    "/// note | Title\nText in it.\n///\n",
    "Press ++ctrl+alt+del++ now.\n",
    "Some ==marked== and ^^inserted^^ text.\n",
    "A :smile: face.\n",
    "Critic {++added++} and {--removed--}.\n",
    "Inline `#!python x = 1` code.\n",
    "See https://example.org now.\n",
    "Marks (c) and 1/2.\n",
]


@pytest.mark.parametrize("post", MORE_IDIOMS)
def test_more_mkdocs_idioms_render_as_without_the_dialect(post: str) -> None:
    def convert(*extra: markdown.Extension) -> str:
        return markdown.Markdown(extensions=[*MORE_EXTENSIONS, *extra]).convert(post)

    assert pretty(normal(convert(KramdownExtension()))) == pretty(normal(convert()))


def test_kramdown_s_dashes_come_before_smartsymbols_arrows() -> None:
    """`-->` is kramdown's en dash and `>` (kramdown wins for the syntax it has)."""
    html = markdown.Markdown(extensions=[*MORE_EXTENSIONS, KramdownExtension()]).convert("a --> b")
    assert "\u2013&gt;" in html
