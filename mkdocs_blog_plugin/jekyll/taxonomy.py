"""Tags, categories and title of a post from its front matter (Jekyll's Document#populate_*)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .filenames import titleize_slug
from .ruby import ruby_str

_RUBY_WHITESPACE = re.compile(r"[^ \t\n\v\f\r]+")  # String#split splits on ASCII whitespace only


def _present(data: Mapping[str, Any], key: str) -> bool:
    """Ruby truthiness of data[key]: a missing key, nil and false are all "absent"."""
    value = data.get(key)
    return value is not None and value is not False


def _plural(value: object) -> list[Any]:
    """Jekyll's value_from_plural_key: a string is split on whitespace, other non-lists are none."""
    if isinstance(value, str):
        return _RUBY_WHITESPACE.findall(value)
    if isinstance(value, list):
        return value
    return []


def _texts(values: Iterable[object]) -> list[str]:
    """Flattened, as strings, without None and mappings (which make no sense as a name)."""
    texts: list[str] = []
    for value in values:
        if isinstance(value, list):
            texts.extend(_texts(value))
        elif value is not None and not isinstance(value, Mapping):
            texts.append(ruby_str(value))
    return texts


def tags_from(data: Mapping[str, Any]) -> list[str]:
    """`tag` (taken whole, even with spaces) if set, else `tags` (a list, or a string split on
    whitespace). Not de-duplicated, as in Jekyll."""
    if _present(data, "tag"):
        return _texts([data["tag"]])
    return _texts(_plural(data.get("tags")))


def categories_from(path_categories: Sequence[str], data: Mapping[str, Any]) -> list[str]:
    """Folder categories, then `categories` (list, or string split on whitespace), then `category`
    (taken whole), de-duplicated in that order."""
    categories = data.get("categories")
    if not isinstance(categories, (str, list)) and categories is not None:
        categories = [categories]
    values: list[object] = [*path_categories, *_plural(categories)]
    if _present(data, "category"):
        values.append(data["category"])
    return list(dict.fromkeys(_texts(values)))


def title_from(data: Mapping[str, Any], slug: str) -> str:
    """The front matter `title` as text; when missing, null or false, the titleized slug."""
    if _present(data, "title"):
        return ruby_str(data["title"])
    return titleize_slug(slug)


def taxonomy_problems(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(key, message) for each value of `tag`, `tags`, `category`, `categories` that is no name:
    null, a mapping, a nested list, an empty text, or a scalar `tags` that Jekyll ignores."""
    problems: list[tuple[str, str]] = []
    for key in ("tag", "tags", "category", "categories"):
        if key not in data:
            continue
        value = data[key]
        if key in ("tags", "categories") and not isinstance(value, (str, list)) and value:
            ignored = key == "tags"
            what = "ignored, as Jekyll does" if ignored else f"read as {ruby_str(value)!r}"
            problems.append((key, f"{key}: {value!r} is not a list or text: {what}"))
            continue
        items = value if isinstance(value, list) else [value]
        for item in items:
            if item is None and key in ("tag", "category"):
                continue  # an empty singular key means "none", as in Jekyll
            if isinstance(item, list):
                problems.append(
                    (key, f"{key}: a list inside the list, {item!r}: its items are used")
                )
            elif item is None or isinstance(item, Mapping) or ruby_str(item).strip() == "":
                problems.append((key, f"{key}: {item!r} is not a name: ignored"))
    return problems
