"""Jekyll's excerpt source (J: lib/jekyll/excerpt.rb, test/test_excerpt.rb)."""

from __future__ import annotations

import pytest

from mkdocs_blog_plugin.jekyll.excerpts import ExcerptSource, excerpt_source


@pytest.mark.parametrize(
    ("text", "separator", "head"),
    [
        ("One.\n\nTwo.\n", "\n\n", "One.\n\n"),
        ("One.\n<!--more-->\nTwo.\n", "<!--more-->", "One.\n<!--more-->"),
        # a separator inside a fenced block moves the cut to the block's end (on purpose)
        ("```\na\n\nb\n```\n\nAfter.\n", "\n\n", "```\na\n\nb\n```"),
        ("~~~~\na\n\n```\nb\n~~~~\nAfter.\n", "\n\n", "~~~~\na\n\n```\nb\n~~~~"),
        ("```\nopen\n\nnever closed\n", "\n\n", "```\nopen\n\nnever closed\n"),
    ],
)
def test_the_excerpt_ends_after_the_first_separator(text: str, separator: str, head: str) -> None:
    assert excerpt_source(text, separator) == ExcerptSource(head, ())


def test_no_separator_means_the_whole_post() -> None:
    assert excerpt_source("One line.\n", "\n\n") is None


def test_link_definitions_the_excerpt_uses_are_appended() -> None:
    """test_excerpt.rb, "with link references": only the definitions the head uses."""
    text = (
        "First paragraph with [link ref][link].\n\nSecond paragraph\n\n---\n\n"
        "Third paragraph\n\n[link]: https://jekyllrb.com/\n   [unused]: https://x.org/\n"
    )
    source = excerpt_source(text, "\n\n")
    assert source == ExcerptSource(
        "First paragraph with [link ref][link].\n\n", ("[link]: https://jekyllrb.com/",)
    )
    assert source.markdown == (
        "First paragraph with [link ref][link].\n\n\n\n[link]: https://jekyllrb.com/"
    )


def test_footnote_definitions_come_along_and_indented_code_does_not() -> None:
    text = "A note[^1] and [x].\n\nRest.\n\n[^1]: The note.\n\n    [x]: in code\n"
    source = excerpt_source(text, "\n\n")
    assert source is not None and source.definitions == ("[^1]: The note.",)
