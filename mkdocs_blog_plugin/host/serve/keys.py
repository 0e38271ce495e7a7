"""Every key under which `mkdocs serve` keeps a result (memo.py): each is made here, of everything
its result is made from, so that a changed input is a new key and nothing stale is found; a key
that misses an input is a stale page. tests/middle/test_serve_keys.py changes each input of each
key and sees the key change.

The theme's render of a page (page_renders.py) is keyed by its context frozen into plain values;
a value that cannot be frozen makes its page render anew: no key is better than a key that
misses an input."""

from __future__ import annotations

import datetime
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.theme import Theme

from ...config import BlogConfig
from ...kramdown import KramdownOptions
from ...model.authors import AuthorsData
from ...model.posts import Post
from ...model.rendered import RenderedPost
from ..site import SiteFacts
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


# --- the other keys, one function each, named for the result they keep -------------------------


def front_matter_key(text: str) -> Hashable:
    """A post file's front matter, read from its text."""
    return digest(text)


def targets_key(names: Mapping[str, str], sources: Iterable[str]) -> bytes:
    """What a `post_url` or `link` target can resolve to: every post name, every file."""
    return digest(repr((sorted(names.items()), sorted(sources))))


def page_targets_key(targets: bytes, urls: Mapping[str, str] | None) -> bytes:
    """What a page's targets resolve to: `targets_key`'s, and for an HTML post, whose links
    MkDocs does not rewrite, every file's URL."""
    return digest(repr((targets, sorted(urls.items()) if urls is not None else [])))


def liquid_key(
    text: str,
    source: str,
    first_line: int,
    html: bool,
    baseurl: str,
    url: str,
    mode: str,
    targets: bytes,
) -> Hashable:
    """A post's Liquid rendered: its text, its file, where its body starts, whether it is HTML,
    the site's `baseurl` and `url`, the liquid mode and `page_targets_key`'s targets."""
    return (digest(text), source, first_line, html, (baseurl, url, mode, targets))


def yielded_key(
    body: str,
    text: str,
    post: Post,
    page_url: str,
    reading_time: bool,
    targets: bytes,
    dialect: KramdownOptions | None,
) -> Hashable:
    """What a post's HTML yields for the lists (excerpt, reading time): its HTML and text, the
    post, its page's URL, the `reading_time` option, the pages an excerpt's links name and how
    an excerpt's Markdown reads (the blog's kramdown, None for as a docs page)."""
    return (
        digest(body),
        digest(text),
        repr(post),
        post.front_matter_excerpt,
        page_url,
        reading_time,
        targets,
        dialect,
    )


def absolute_key(body: str, url: str) -> Hashable:
    """A feed entry's body with its links made absolute against the post's `url`."""
    return (digest(body), url)


def template_key(theme_files: Hashable, render: Hashable) -> Hashable:
    """A template of the blog rendered: the templates' files, and the template's name and
    values (views/templates.py)."""
    return (theme_files, render)


def build_date_key(theme_files: Hashable, theme_dirs: Sequence[str]) -> Hashable:
    """Whether the theme's templates show the build's time: the files and folders read."""
    return (theme_files, tuple(theme_dirs))


def blog_key(
    options: BlogConfig,
    site: SiteFacts,
    theme_files: Hashable,
    posts: Sequence[Post],
    urls: Mapping[str, str],
    rendered: Mapping[str, RenderedPost],
    authors: AuthorsData,
    user_pages: Iterable[str],
) -> bytes:
    """The options, the site, the templates' files, every post in the blog's order with its
    URL and what its rendering yielded for the lists, every page's URL, the authors file and
    the pages the user wrote: the plan of pages and every view follow from these."""
    shown = [
        (repr(post), repr(post.data), urls.get(post.source), _yielded(rendered.get(post.source)))
        for post in posts
    ]
    return digest(
        repr(
            (
                freeze(options, True),
                repr(site),
                theme_files,
                shown,
                sorted(urls.items()),
                repr(authors),
                sorted(user_pages),
            )
        )
    )


def _yielded(rendered: RenderedPost | None) -> Hashable:
    if rendered is None:
        return None
    return (rendered.excerpt.parts, rendered.excerpt.targets, rendered.reading_minutes)


def filled_page_key(
    blog: bytes, src_uri: str, url: str, title: str | None, content: str
) -> Hashable:
    """A blog page with its post chrome or its list: `blog_key`'s, the page's file and URL, its
    title (a user's page takes its h1 from its meta, not in its content) and its content."""
    return (blog, src_uri, url, title, digest(content))
