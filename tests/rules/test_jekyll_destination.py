"""Where a post with a Jekyll URL is written (Jekyll's `Document#destination`, with MkDocs'
`use_directory_urls`), and that no URL can write outside the site."""

from __future__ import annotations

import pytest

from mkdocs_blog_plugin.jekyll.destination import dest_for_url


@pytest.mark.parametrize(
    ("url", "ext", "directory_urls", "plain"),
    [
        (
            "/extensionless-permalink",
            ".html",
            "extensionless-permalink/index.html",
            "extensionless-permalink.html",
        ),
        (
            "/blog/2014/fosdem-summary",
            ".html",
            "blog/2014/fosdem-summary/index.html",
            "blog/2014/fosdem-summary.html",
        ),
        (
            "/blog/2014/jekyll-1.0-released",
            ".html",
            "blog/2014/jekyll-1.0-released/index.html",
            "blog/2014/jekyll-1.0-released.html",
        ),
        (
            "/2009/03/27/star-wars.html",
            ".html",
            "2009/03/27/star-wars.html",
            "2009/03/27/star-wars.html",
        ),
        ("/custom/posts/1/", ".html", "custom/posts/1/index.html", "custom/posts/1/index.html"),
        ("/", ".html", "index.html", "index.html"),
        ("/feed.php", ".php", "feed.php", "feed.php"),
        (
            "/sci-fi%20movi3s/vintage/x.html",
            ".html",
            "sci-fi movi3s/vintage/x.html",
            "sci-fi movi3s/vintage/x.html",
        ),
        ("/%2e%2e/%2e%2e/baddie.html", ".html", "baddie.html", "baddie.html"),
        ("/a\\..\\..\\b.html", ".html", "a/b.html", "a/b.html"),
        ("//etc/passwd", ".html", "etc/passwd/index.html", "etc/passwd.html"),
    ],
)
def test_dest_for_url(url: str, ext: str, directory_urls: str, plain: str) -> None:
    assert dest_for_url(url, ext, use_directory_urls=True) == directory_urls
    assert dest_for_url(url, ext, use_directory_urls=False) == plain
