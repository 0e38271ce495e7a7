"""What the other plugins are told once the blog's files are in the site."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from ..placing.blog_files import BlogFiles
from .git_authors import skip_generated_pages
from .include_markdown import leave_posts_alone


def tell_neighbours(config: MkDocsConfig, blog_files: BlogFiles) -> None:
    leave_posts_alone(config, (post.source for post in blog_files.blog.posts))
    skip_generated_pages(config, blog_files.pages)
