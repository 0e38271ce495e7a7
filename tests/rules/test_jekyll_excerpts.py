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


@pytest.mark.parametrize(
    ("text", "separator", "head"),
    [
        # inside a comment, the separator is passed over
        ("Before.\n<!-- a\n\nb -->\n\nAfter.\n", "\n\n", "Before.\n<!-- a\n\nb -->\n\n"),
        # only a comment before it: the next one
        (
            "<!--\nnote\n\nmore\n-->\n\nShown.\n\nRest.\n",
            "\n\n",
            "<!--\nnote\n\nmore\n-->\n\nShown.\n\n",
        ),
        ("<!-- x -->\n\nShown.\n\nRest.\n", "\n\n", "<!-- x -->\n\nShown.\n\n"),
        # a comment separator is a separator; nothing before it is an empty excerpt
        ("Intro.\n<!--more-->\nRest.\n", "<!--more-->", "Intro.\n<!--more-->"),
        ("<!--more-->\nRest.\n", "<!--more-->", "<!--more-->"),
    ],
)
def test_comments_hold_no_separator(text: str, separator: str, head: str) -> None:
    assert excerpt_source(text, separator) == ExcerptSource(head, ())


def test_a_separator_only_inside_a_comment_leaves_the_whole_post() -> None:
    assert excerpt_source("One.\n<!-- a\n\nb -->\nTwo.\n", "\n\n") is None
