"""Material's own blog plugin beside this one: two blogs in one site work in two folders, but
in one folder each would write its index, archive and pages over the other's. That is refused
before the build starts."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from .find import plugins_from


def refuse_a_shared_folder(config: MkDocsConfig, blog_dir: str) -> None:
    ours = blog_dir.strip("/") or "."
    for plugin in plugins_from(config, "material.plugins.blog"):
        theirs = str(plugin.config["blog_dir"]).strip("/") or "."
        if theirs == ours:
            raise PluginError(
                f"jekyll-blog and Material's blog plugin both build the blog in {ours!r}, and "
                "each would write its pages over the other's: give one of them another folder "
                "(jekyll-blog's blog_dir, or the blog plugin's blog_dir)"
            )
