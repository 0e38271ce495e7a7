"""Any text at all: the dialect, alone or beside MkDocs' usual extensions, ends and gives HTML
(no processor may leave a block it took untouched, or loop)."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mkdocs_blog_plugin.kramdown import KramdownExtension, KramdownOptions

PIECES = st.sampled_from(
    [
        *(
            "\n",
            "\n\n",
            " ",
            "  ",
            "    ",
            "\t",
            "-",
            "*",
            "+",
            "1.",
            ":",
            ">",
            "#",
            "|",
            "=",
            "~~~",
        ),
        *("```", "$$", "[^1]", "[^1]:", "{:", "{: .c}", "{:toc}", "{:r: .x}", "^", "<div>"),
        *("</div>", '<div markdown="1">', "!!! note", '=== "T"', "???", "*[A]:", "[x]", "'"),
        *('"', "--", "...", "<<", "word", "A", "`", "\\", "_", "**", "![i](x)", "[l](y)"),
    ]
)
TEXT = st.lists(PIECES, max_size=40).map("".join)
EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html", "admonition", "footnotes", "def_list"]
EXTENSIONS += ["abbr", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.details"]
EXTENSIONS += ["pymdownx.highlight", "pymdownx.inlinehilite", "pymdownx.tasklist", "pymdownx.tilde"]
EXTENSIONS += ["pymdownx.arithmatex", "pymdownx.betterem", "pymdownx.caret", "pymdownx.mark"]
EXTENSIONS += ["pymdownx.keys", "pymdownx.emoji", "pymdownx.magiclink", "pymdownx.smartsymbols"]
EXTENSIONS += ["pymdownx.critic", "pymdownx.snippets", "pymdownx.blocks.admonition"]


@pytest.fixture(scope="module")
def alarm() -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError("the conversion did not end")

    previous = signal.signal(signal.SIGALRM, stop)
    yield
    signal.signal(signal.SIGALRM, previous)


@settings(max_examples=500, deadline=None)
@given(text=TEXT, gfm=st.booleans(), mkdocs=st.booleans())
def test_any_text_converts(alarm: None, text: str, gfm: bool, mkdocs: bool) -> None:
    options = KramdownOptions(input="GFM" if gfm else "kramdown")
    md = markdown.Markdown(extensions=[*(EXTENSIONS if mkdocs else []), KramdownExtension(options)])
    signal.alarm(5)
    try:
        assert isinstance(md.convert(text), str)
    finally:
        signal.alarm(0)
