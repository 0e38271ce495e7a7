"""Which blog reads which posts folder, where a site has several (host/blogs.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from mkdocs_blog_plugin.host.blogs import (
    PostsFolder,
    SiteBlog,
    posts_of,
    reading_blog,
    unread_posts_folders,
)


def blog(name: str, blog_dir: str, posts_dir: str | None) -> SiteBlog:
    options = SimpleNamespace(blog_dir=blog_dir, posts_dir=posts_dir)
    return SiteBlog(name, SimpleNamespace(config=options))


@pytest.mark.parametrize(
    ("posts_dir", "folder", "reads"),
    [
        ("_posts", "", True),  # the top of docs_dir's own _posts
        ("_posts", "blog", False),
        ("releases/_posts", "releases", True),
        ("releases/_posts", "releases/old", False),
        ("releases", "releases", True),
        ("releases", "releases/old", True),
        ("releases", "releases-old", False),
        ("releases", "", False),
    ],
)
def test_what_a_posts_dir_reads(posts_dir: str, folder: str, reads: bool) -> None:
    assert PostsFolder.of(posts_dir).reads(folder) is reads


SRC_URIS = [
    "_posts/2014-01-01-a.md",
    "releases/_posts/2014-01-02-b.md",
    "releases/_drafts/c.md",
    "notes/_posts/2014-01-03-d.md",
    "notes/_drafts/e.md",
    "guide.md",
]


def test_every_blog_with_its_folder_reads_only_that() -> None:
    blogs = [blog("one", "blog", "_posts"), blog("two", "news", "releases/_posts")]
    assert [uri for uri in SRC_URIS if posts_of(blogs, blogs[0].plugin)(uri)] == SRC_URIS[:1]
    assert [uri for uri in SRC_URIS if posts_of(blogs, blogs[1].plugin)(uri)] == SRC_URIS[1:3]
    assert unread_posts_folders(blogs, SRC_URIS) == ["notes/_drafts", "notes/_posts"]
    assert reading_blog(blogs) is blogs[0]


def test_the_blog_without_a_folder_reads_the_rest() -> None:
    blogs = [blog("one", "news", "releases"), blog("two", "blog", None)]
    posts = SRC_URIS[:5]  # the files in a _posts or _drafts folder
    assert [uri for uri in posts if posts_of(blogs, blogs[1].plugin)(uri)] == [
        posts[0],
        *posts[3:],
    ]
    assert unread_posts_folders(blogs, SRC_URIS) == []
    assert reading_blog(blogs) is blogs[1]
