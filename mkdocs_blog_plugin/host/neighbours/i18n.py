"""mkdocs-static-i18n builds the site once per language, the default one first. The blog is
built in the default language's build; the others link to it."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from .find import plugins_from


def other_language(config: MkDocsConfig) -> str | None:
    """The language being built when it is not the site's default one, else None."""
    for plugin in plugins_from(config, "mkdocs_static_i18n"):
        current = getattr(plugin, "current_language", None)
        default = getattr(plugin, "default_language", None)
        if current and default and current != default:
            return str(current)
    return None
