"""What the blog's templates are made from, as a key for renders kept across `mkdocs serve`
rebuilds: every file of the theme's `custom_dir` and of the plugin's own templates, by size and
time. The installed theme's files do not change while a site is served."""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable

from mkdocs.config.defaults import MkDocsConfig

from ...views.templates import PACKAGE_TEMPLATES, Remember
from .keys import template_key
from .memo import Memo

ThemeFiles = tuple[tuple[str, int, int], ...]


def theme_files(config: MkDocsConfig) -> ThemeFiles:
    return _fingerprint([config.theme.custom_dir, PACKAGE_TEMPLATES])


def remembered_renders(memo: Memo, files: ThemeFiles) -> Remember:
    def remember(key: Hashable, make: Callable[[], str]) -> str:
        return memo.get("template", template_key(files, key), make)

    return remember


def _fingerprint(folders: list[str | None]) -> ThemeFiles:
    found = []
    for folder in folders:
        for parent, _, names in os.walk(folder or "", followlinks=True) if folder else ():
            for name in names:
                path = os.path.join(parent, name)
                stat = os.stat(path)
                found.append((path, stat.st_mtime_ns, stat.st_size))
    return tuple(sorted(found))
