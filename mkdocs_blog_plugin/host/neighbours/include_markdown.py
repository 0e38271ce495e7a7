"""mkdocs-include-markdown-plugin reads `{% include ... %}` in every page, but in a post that is
Jekyll's Liquid, which the blog renders. Its own `exclude` option, which also makes it leave
the pages it names alone, is given the folders the posts are in."""

from __future__ import annotations

from collections.abc import Iterable

from mkdocs.config.defaults import MkDocsConfig

from ...jekyll.filenames import split_collection_path
from .find import add_to_list_option, plugins_from


def leave_posts_alone(config: MkDocsConfig, post_sources: Iterable[str]) -> None:
    folders = set()
    for source in post_sources:
        split = split_collection_path(source)
        if split is not None:
            dir_above, collection, _ = split
            folders.add(f"{dir_above}/{collection}" if dir_above else collection)
    for plugin in plugins_from(config, "mkdocs_include_markdown_plugin"):
        add_to_list_option(plugin, "exclude", (f"{folder}/**" for folder in sorted(folders)))
