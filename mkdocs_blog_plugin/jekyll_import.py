"""Taking an old Jekyll site's `_config.yml` along: its settings become the plugin's options
wherever `mkdocs.yml` does not set them itself."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .jekyll.problems import RuleError
from .jekyll.site_config import JekyllConfig, read_jekyll_config
from .kramdown import KramdownOptions


@dataclass(frozen=True)
class ImportedConfig:
    path: str  # as written in mkdocs.yml
    jekyll: JekyllConfig
    options: dict[str, Any]  # the plugin's options: the user's, then the old site's
    overridden: tuple[str, ...]  # old settings the user's own options replaced
    legacy_permalink: str | None  # the old permalink, when mkdocs.yml chose another
    not_honoured: tuple[str, ...] = ()  # kramdown settings taken but not honoured

    def summary(self) -> str:
        """The INFO line of what was taken and what was not."""
        taken = ", ".join(self.jekyll.taken) or "nothing"
        ignored = ", ".join([*self.jekyll.ignored, *self.not_honoured]) or "nothing"
        kept = f"; mkdocs.yml wins for {', '.join(self.overridden)}" if self.overridden else ""
        return f"jekyll-blog: from {self.path} took {taken}{kept}; ignored {ignored}"


def import_jekyll_config(options: Mapping[str, Any], config_file: str | None) -> ImportedConfig:
    """Raises RuleError naming the file (and line) when it cannot be read."""
    path = str(options["jekyll_config"])
    full = os.path.join(os.path.dirname(config_file or ""), path)
    try:
        with open(full, encoding="utf-8-sig") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise RuleError(f"jekyll_config: cannot read {path}: {e}") from e
    try:
        jekyll = read_jekyll_config(text)
    except RuleError as e:
        where = f"{path}:{e.line}" if e.line else path
        raise RuleError(f"jekyll_config: {where}: {e.message}", e.line) from e
    taken, not_honoured = _honoured_kramdown(jekyll.options)
    merged, overridden = _merge(taken, options)
    old = jekyll.options.get("permalink")
    legacy = str(old) if old is not None and "permalink" in overridden else None
    return ImportedConfig(path, jekyll, merged, tuple(overridden), legacy, not_honoured)


def _honoured_kramdown(old: Mapping[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The old options without the kramdown settings the blog cannot honour (named in the INFO
    line, rather than warned of as if written in mkdocs.yml), and their names."""
    settings = old.get("kramdown")
    if not isinstance(settings, Mapping):
        return dict(old), ()
    _, not_honoured = KramdownOptions.from_mapping(settings)
    kept = {key: value for key, value in settings.items() if key not in not_honoured}
    return {**old, "kramdown": kept}, tuple(f"kramdown.{name}" for name in not_honoured)


def _merge(
    old: Mapping[str, Any], own: Mapping[str, Any], prefix: str = ""
) -> tuple[dict[str, Any], list[str]]:
    """`own` over `old`, one level of nesting deep (`feeds`)."""
    merged = dict(own)
    overridden = []
    for key, value in old.items():
        if key not in own:
            merged[key] = value
        elif isinstance(value, Mapping) and isinstance(own[key], Mapping):
            merged[key], inner = _merge(value, own[key], f"{prefix}{key}.")
            overridden += inner
        elif own[key] != value:
            overridden.append(prefix + key)
    return merged, overridden
