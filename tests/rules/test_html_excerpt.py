"""The excerpt taken from a rendered body, and kept with working links for other pages."""

from __future__ import annotations

import pytest

from mkdocs_blog_plugin.html.excerpt import leading_paragraph
from mkdocs_blog_plugin.html.portable import LinkRecorder, portable

BODY = "<p>One <em>two</em>.</p>\n<p>Three.</p>"


@pytest.mark.parametrize("head", ["One *two*.\n\n", "\nOne *two*.\n\n", "\nOne *two*.\n\n\n"])
def test_a_plain_paragraph_is_the_body_s_first(head: str) -> None:
    assert leading_paragraph(BODY, head) == "<p>One <em>two</em>.</p>"


@pytest.mark.parametrize(
    "head",
    [
        "",
        "\n\n",
        "# Title\n\n",
        "1. one\n\n",
        "- one\n\n",
        "> quoted\n\n",
        "!!! note\n\n",
        "??? question\n\n",
        '=== "pip"\n\n',
        "    code\n\n",
        "Term\n: definition\n\n",
        "a | b\n--|--\n\n",
        "<div>\n\n",
        "<!-- a comment\n\n",
        "```\ncode\n```\n\n",
        "[^1]: a note\n\n",
        "One.\n\nTwo.\n\n",
        "Title\n=====\n\n",
    ],
)
def test_anything_else_is_rendered_on_its_own(head: str) -> None:
    assert leading_paragraph(BODY, head) is None


def test_a_body_that_does_not_start_with_a_paragraph_is_not_used() -> None:
    assert leading_paragraph('<p class="x">One.</p>', "One.\n\n") is None
    assert leading_paragraph("<dl><dt>One.</dt></dl>", "One.\n\n") is None


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


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("&jb-url-0; and &amp;jb-url-0;", "&amp;jb-url-0; and &amp;jb-url-0;"),
        ("jekyll-blog-url-0.", "jekyll-blog-url-0."),
        ("&amp;jb-url-1;&#38;jb-url-0;", "&amp;jb-url-1;&amp;jb-url-0;"),
    ],
)
def test_text_that_looks_like_a_link_token_stays_text(text: str, shown: str) -> None:
    fragment = f'<p>{text} <a href="../b/">b</a></p>'
    html = portable(fragment, "blog/2014/a/").on_page("blog/")
    assert html == f'<p>{shown} <a href="2014/b/">b</a></p>'


def test_tokens_of_views_cannot_be_written_by_escaped_text() -> None:
    record = LinkRecorder()
    html = f'<a href="{record("blog/x/")}">&amp;jb-url-0;</a>'
    assert record.portable(html).on_page("blog/") == '<a href="x/">&amp;jb-url-0;</a>'
