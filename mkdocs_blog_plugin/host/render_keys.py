"""What a theme's render of a page is made from, frozen into plain values: the key under which
`mkdocs serve` keeps a blog page's render (see kept_renders.py). A value the key cannot freeze
makes its page render anew: no key is better than a key that misses an input."""

from __future__ import annotations

import datetime
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.theme import Theme

from .memo import digest

# Read from the context once a build: the same objects for every page.
SHARED = ("nav", "pages", "config")
# MkDocs puts the time of the build in every context; most themes never show it.
BUILD_DATE = "build_date_utc"


class Unkeyable(Exception):
    """A value of a kind the key cannot hold: its page is rendered anew."""


def freeze(value: Any, lenient: bool = False) -> Hashable:
    """`value` as nested tuples of plain values. `lenient` (for the config, whose plugins and
    extensions are objects no template reads into) names an unknown object by its type."""
    if value is None or isinstance(value, str | int | float | bytes):
        return value
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Page):
        return ("page", value.url, value.title, freeze(value.meta, lenient))
    if isinstance(value, Section):
        return ("section", value.title, _all(value.children, lenient))
    if isinstance(value, Link):
        return ("link", value.title, value.url)
    if isinstance(value, Navigation):
        return ("nav", _all(value.items, lenient))
    if isinstance(value, File):
        return ("file", value.src_uri, value.dest_uri, value.url)
    if isinstance(value, AnchorLink):
        return ("anchor", value.title, value.id, value.level, _all(value.children, lenient))
    if isinstance(value, Theme):
        return ("theme", value.name, tuple(value.dirs), _mapping(value, lenient))
    if isinstance(value, BasePlugin):
        return ("plugin", type(value).__qualname__, freeze(value.config, True))
    if isinstance(value, Mapping):
        return _mapping(value, lenient)
    if isinstance(value, list | tuple | TableOfContents):
        return _all(value, lenient)
    if isinstance(value, set | frozenset):
        return ("set", tuple(sorted(repr(freeze(item, lenient)) for item in value)))
    if lenient:
        return ("object", type(value).__module__, type(value).__qualname__)
    raise Unkeyable(type(value).__qualname__)


def _all(values: Iterable[Any], lenient: bool) -> tuple[Hashable, ...]:
    return tuple(freeze(item, lenient) for item in values)


def _mapping(values: Mapping[Any, Any], lenient: bool) -> Hashable:
    return ("map", tuple(sorted((str(k), freeze(v, lenient)) for k, v in values.items())))


def this_page(page: Page) -> Hashable:
    """The rendered page, by everything of it a theme shows. Its place in the nav (parents,
    which items are active) follows from its URL and the nav, frozen with the build's."""
    assert page.content is not None
    return (
        page.url,
        page.title,
        page.file.src_uri,
        page.file.dest_uri,
        digest(page.content),
        freeze(page.toc),
        freeze(page.meta),
        page.edit_url,
        page.canonical_url,
        page.abs_url,
        page.is_homepage,
        freeze(page.previous_page),
        freeze(page.next_page),
    )


class RenderKeys:
    """One build's keys: what every page shares is frozen once."""

    def __init__(self, env: Environment, theme_files: Hashable, shows_build_date: bool) -> None:
        globals_ = {k: v for k, v in env.globals.items() if not callable(v)}
        self._build = digest(repr((theme_files, freeze(globals_, True))))
        self._shows_build_date = shows_build_date
        self._shared: dict[int, bytes] = {}  # id of a shared context value → its digest

    def key(self, template: str, context: Mapping[str, Any], page: Page) -> bytes | None:
        """The key of `page`'s render with `template` and `context`, or None."""
        try:
            parts = [self._build, template, this_page(page)]
            for name, value in sorted(context.items()):
                if name == "page" or (name == BUILD_DATE and not self._shows_build_date):
                    continue
                frozen = self._frozen_shared(value) if name in SHARED else freeze(value)
                parts.append((name, frozen))
        except Unkeyable:
            return None
        return digest(repr(parts))

    def _frozen_shared(self, value: Any) -> bytes:
        found = self._shared.get(id(value))
        if found is None:
            frozen = freeze(value, isinstance(value, MkDocsConfig))
            found = self._shared[id(value)] = digest(repr(frozen))
        return found
