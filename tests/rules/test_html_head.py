"""What a rendered page's head already says, however its tags are written."""

from __future__ import annotations

from mkdocs_blog_plugin.html.head import head_keys, into_head, tag_key


def test_head_keys_in_any_attribute_order_quoted_or_not() -> None:
    html = (
        '<html><head><meta content="x" property="og:title">'
        "<meta name=description content=y>"
        "<META PROPERTY='og:image' CONTENT='z'>"
        '<script type="application/ld+json">{}</script>'
        '</head><body><meta property="og:url" content="in the body"></body></html>'
    )
    assert head_keys(html) == {"og:title", "description", "og:image", "ld+json"}


def test_tag_key_and_into_head() -> None:
    assert tag_key('<meta property="article:tag" content="a">') == "article:tag"
    assert tag_key('<link rel="alternate" href="x">') is None
    assert into_head("<head></head>", "<meta name=a>") == "<head><meta name=a>\n</head>"
    assert into_head("<p>no head</p>", "<meta name=a>") == "<p>no head</p>"
