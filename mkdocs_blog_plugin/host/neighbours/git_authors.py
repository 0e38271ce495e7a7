"""mkdocs-git-authors-plugin asks git about every page it is shown, and warns (failing a
`--strict` build) for a page that has no file in git, as the blog's generated pages have not.
Its own `exclude` option is given those pages; the posts keep their authors."""

from __future__ import annotations

from collections.abc import Iterable

from mkdocs.config.defaults import MkDocsConfig

from .find import add_to_list_option, plugins_from


def skip_generated_pages(config: MkDocsConfig, src_uris: Iterable[str]) -> None:
    uris = sorted(src_uris)
    for plugin in plugins_from(config, "mkdocs_git_authors_plugin"):
        add_to_list_option(plugin, "exclude", uris)
