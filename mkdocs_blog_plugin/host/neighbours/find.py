"""Finding a plugin of the site by the module that defines it, whatever name the site gives
it in `mkdocs.yml`, and adding to its options."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin


def plugins_from(config: MkDocsConfig, package: str) -> Iterator[BasePlugin[Any]]:
    """The site's plugins defined in `package` (an importable name)."""
    for plugin in config.plugins.values():
        module = type(plugin).__module__
        if module == package or module.startswith(package + "."):
            yield plugin


def add_to_list_option(plugin: BasePlugin[Any], option: str, items: Iterable[str]) -> None:
    """Add to one of `plugin`'s list options what it does not hold yet (a build can run twice
    with one config: mkdocs-static-i18n builds each language so)."""
    values: list[str] = plugin.config[option]
    present = set(values)
    values.extend(item for item in items if item not in present)
