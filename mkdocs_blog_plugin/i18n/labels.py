"""The plugin's own words in the blog's language: a catalog per language (`catalogs/<lang>.yml`),
English where a language lacks a word, and the user's `labels:` over both."""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property

import yaml
from markupsafe import Markup, escape

from ..jekyll.problems import RuleError

_CATALOGS = os.path.join(os.path.dirname(__file__), "catalogs")
FALLBACK = "en"


@dataclass(frozen=True)
class Labels:
    """`text(key, **values)` fills a label's `{placeholders}`; `html` does so escaping every
    value that is not Markup already. `direction` is "rtl" for right-to-left languages."""

    words: Mapping[str, str]
    direction: str = "ltr"

    def text(self, key: str, **values: object) -> str:
        return self.words[key].format(**values)

    def html(self, key: str, **values: object) -> Markup:
        return Markup(escape(self.words[key])).format(**values)

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    @property
    def dir(self) -> Markup:
        """The `dir` attribute of the blocks the plugin adds, in a right-to-left language
        (themes other than Material do not set it), else nothing."""
        return Markup(' dir="rtl"') if self.direction == "rtl" else Markup("")

    @property
    def back(self) -> Markup:
        """The arrow of a link at the start of a line of links (the left, in English)."""
        return Markup("&rarr;" if self.direction == "rtl" else "&larr;")

    @property
    def forward(self) -> Markup:
        return Markup("&larr;" if self.direction == "rtl" else "&rarr;")

    def __hash__(self) -> int:  # a part of every template render's key: made once
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash((tuple(self.words.items()), self.direction))


@cache
def _catalog(language: str) -> Mapping[str, str]:
    path = os.path.join(_CATALOGS, f"{language}.yml")
    if not os.path.isfile(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return {str(k): str(v) for k, v in (yaml.safe_load(f) or {}).items()}


def catalog_languages() -> list[str]:
    return sorted(name[:-4] for name in os.listdir(_CATALOGS) if name.endswith(".yml"))


def load_labels(language: str | None, direction: str, overrides: Mapping[str, str]) -> Labels:
    """The words for `language` (`pt-BR`: `pt_BR.yml` over `pt.yml`), English where it has
    none, and the user's (checked by `check_overrides`) over both."""
    words = dict(_catalog(FALLBACK))
    if language:
        base = language.replace("-", "_").split("_")[0].lower()
        for name in dict.fromkeys((base, language.replace("-", "_"))):
            words.update(_catalog(name))
    words.update(overrides)
    return Labels(words, direction)


def check_overrides(overrides: Mapping[object, object]) -> dict[str, str]:
    """The `labels:` option as text; a key that is no label, or a placeholder the label does
    not have, is a RuleError naming it."""
    english = _catalog(FALLBACK)
    checked = {}
    for key, value in overrides.items():
        if key not in english:
            known = ", ".join(sorted(english))
            raise RuleError(f"no label {key!r}; the labels are {known}")
        text = "" if value is None else str(value)
        unknown = _placeholders(text) - _placeholders(english[str(key)])
        if unknown:
            allowed = ", ".join(f"{{{name}}}" for name in sorted(_placeholders(english[str(key)])))
            raise RuleError(
                f"label {key!r} uses {{{sorted(unknown)[0]}}}; it may use "
                f"{allowed or 'no placeholders'}"
            )
        checked[str(key)] = text
    return checked


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError as e:  # "{" alone: a literal brace is written "{{"
        raise RuleError(f"{text!r}: {e} (write a brace as {{{{ or }}}})") from e


ENGLISH = load_labels(None, "ltr", {})
