"""The excerpt cut from rendered HTML, and kept with working links for other pages."""

from __future__ import annotations

import pytest

from mkdocs_blog_plugin.html.excerpt import MARKER, cut_excerpt, mark_excerpt
from mkdocs_blog_plugin.html.portable import portable


@pytest.mark.parametrize(
    ("markdown", "separator", "marked_after"),
    [
        ("One.\n\nTwo.\n", "\n\n", "One.\n\n"),
        ("One.\n<!--more-->\nTwo.\n", "<!--more-->", "One.\n<!--more-->"),
        ("```\na\n\nb\n```\n\nAfter.\n", "\n\n", "```\na\n\nb\n```"),
        ("~~~~\na\n\n```\nb\n~~~~\nAfter.\n", "\n\n", "~~~~\na\n\n```\nb\n~~~~"),
    ],
)
def test_marker_goes_where_the_excerpt_ends(
    markdown: str, separator: str, marked_after: str
) -> None:
    marked = mark_excerpt(markdown, separator)
    assert marked.index(MARKER) == len(marked_after) + 2
    assert marked.replace(f"\n\n{MARKER}\n\n", "") == markdown


@pytest.mark.parametrize(
    ("markdown", "separator"), [("One.\n\nTwo.\n", ""), ("One line.\n", "\n\n")]
)
def test_no_marker_without_a_separator(markdown: str, separator: str) -> None:
    assert mark_excerpt(markdown, separator) == markdown


def test_cut_removes_the_marker_from_the_page() -> None:
    page, excerpt = cut_excerpt(f"<p>One</p>\n{MARKER}\n<p>Two</p>")
    assert page == "<p>One</p>\n\n<p>Two</p>" and excerpt == "<p>One</p>\n"
    assert cut_excerpt("<p>Whole</p>") == ("<p>Whole</p>", "<p>Whole</p>")


@pytest.mark.parametrize(
    ("fragment", "post_url", "listing_url", "expected"),
    [
        ('<p><a href="../b/">b</a></p>', "blog/2014/a/", "blog/", '<p><a href="2014/b/">b</a></p>'),
        (
            '<p><a href="#x">x</a></p>',
            "blog/2014/a/",
            "blog/tag/t/",
            '<p><a href="../../2014/a/#x">x</a></p>',
        ),
        (
            '<p><img src="../../img/p.png"></p>',
            "2014/02/a.html",
            "blog/",
            '<p><img src="../img/p.png"></p>',
        ),
        (
            '<p><a href="https://x.org/">x</a> <a href="/abs/">y</a></p>',
            "a/",
            "b/c/",
            '<p><a href="https://x.org/">x</a> <a href="/abs/">y</a></p>',
        ),
        ("<div><p>left open", "a/", "b/", "<div><p>left open</p></div>"),
        ("text &amp; <b>bold</b>", "a/", "b/", "text &amp; <b>bold</b>"),
        ("", "a/", "b/", ""),
    ],
)
def test_portable_excerpt_links_work_on_the_listing_page(
    fragment: str, post_url: str, listing_url: str, expected: str
) -> None:
    assert portable(fragment, post_url).on_page(listing_url) == expected
