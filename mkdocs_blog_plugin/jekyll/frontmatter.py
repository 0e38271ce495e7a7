"""Front matter: where Jekyll cuts it off a post, and its YAML read as close to Jekyll as can be.

Jekyll loads it with SafeYAML (Debian's Jekyll 4.3.1, which made the corpora's decisions, with
Psych.safe_load): both are libyaml parsers, so python-frontmatter's libyaml loader reads the same
documents; the pure-Python one needs a repair for TABs (see `_load_yaml`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

import yaml
from frontmatter import default_handlers

from .problems import Problem

# Jekyll's YAML_FRONT_MATTER_REGEXP. Ruby's /m is DOTALL, Ruby's ^ and $ always match at lines and
# its \s is ASCII. The greedy \s* after the closing fence swallows the blank lines that follow it.
_FRONT_MATTER = re.compile(
    r"\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)", re.DOTALL | re.MULTILINE | re.ASCII
)

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

# A top-level `key:` at the start of a line: plain, "double" or 'single' quoted.
_KEY_LINE = re.compile(r"""("[^"]*"|'[^']*'|[^\s#:'"][^:]*?)[ \t]*:(?:[ \t]|$)""")


@dataclass(frozen=True)
class FrontMatter:
    data: dict[str, Any]
    body: str
    body_line: int
    key_lines: dict[str, int]
    has_front_matter: bool
    problems: tuple[Problem, ...]


def ruby_str(value: object) -> str:
    """`value.to_s` in Ruby, for the values YAML gives (Jekyll stringifies categories this way)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        text = repr(value)  # the shortest digits, as in Ruby, which also writes 1e15 as 1.0e+15
        if "e" not in text and abs(value) >= 1e15 and value.is_integer():
            whole = str(abs(int(value)))
            digits = whole.rstrip("0")
            text = f"{'-' * (value < 0)}{digits[0]}.{digits[1:] or '0'}e+{len(whole) - 1:02d}"
        mantissa, e, exponent = text.partition("e")
        return (mantissa if "." in mantissa else mantissa + ".0") + e + exponent
    if isinstance(value, dt.datetime):
        # SafeYAML makes a UTC Time of a YAML timestamp, and Time#to_s shows no fraction.
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc)
        return value.strftime("%Y-%m-%d %H:%M:%S UTC")
    return str(value)


def split_front_matter(text: str) -> FrontMatter:
    """Cut `text` (decoded, no BOM, LF line ends) into front matter and body, as Jekyll does.

    Never raises: YAML that cannot be read gives empty data and a Problem with its line.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return FrontMatter({}, text, 1, {}, False, ())
    body_line = text.count("\n", 0, match.end()) + 1
    loaded, problems = _load_yaml(match.group(1))
    if loaded is None:
        data: dict[str, Any] = {}
    elif isinstance(loaded, dict):
        data = {ruby_str(key): value for key, value in loaded.items()}
    else:
        data = {}
        problems.append(
            Problem(f"front matter is a {type(loaded).__name__}, not a mapping of keys; ignored", 1)
        )
    return FrontMatter(
        data=data,
        body=text[match.end() :],
        body_line=body_line,
        key_lines=_key_lines(match.group(1), data),
        has_front_matter=True,
        problems=tuple(problems),
    )


def _load_yaml(source: str) -> tuple[object, list[Problem]]:
    """Load the YAML (which starts with the `---` line, so YAML lines are file lines).

    Jekyll's Psych (libyaml) takes a TAB between tokens as a space; PyYAML's pure-Python
    scanner does not. Such a TAB is replaced and the load retried, with a Problem.
    """
    problems: list[Problem] = []
    lines = source.split("\n")
    while True:  # each retry replaces one TAB, so this ends
        try:
            loaded = default_handlers.YAMLHandler().load("\n".join(lines), Loader=_loader())
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            if mark is None:  # a ReaderError (control character) has only a position
                position = getattr(exc, "position", None)
                at = None if position is None else "\n".join(lines).count("\n", 0, position) + 1
                return None, [*problems, Problem(f"invalid front matter: {what}", at)]
            line = lines[mark.line]
            if line[mark.column : mark.column + 1] != "\t" or not line[: mark.column].strip():
                return None, [*problems, Problem(f"invalid front matter: {what}", mark.line + 1)]
            lines[mark.line] = line[: mark.column] + " " + line[mark.column + 1 :]
            if not problems or problems[-1].line != mark.line + 1:  # one Problem per line
                problems.append(
                    Problem(
                        f"front matter: {what}; read with the TAB as a space, as Jekyll does",
                        mark.line + 1,
                    )
                )
        else:
            return loaded, problems


_LOADERS: dict[type, type] = {}


def _loader() -> type:
    """python-frontmatter's SafeLoader (libyaml's when available), except that an impossible
    timestamp (2016-02-30) stays a string, as in SafeYAML and Psych."""
    base = default_handlers.SafeLoader
    if base not in _LOADERS:
        constructors = {**base.yaml_constructors, _TIMESTAMP_TAG: _timestamp_or_text}
        _LOADERS[base] = type("JekyllSafeLoader", (base,), {"yaml_constructors": constructors})
    return _LOADERS[base]


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


def _key_lines(source: str, data: dict[str, Any]) -> dict[str, int]:
    """Line of each top-level key, by a line scan; the last of duplicate keys wins, as in YAML."""
    found: dict[str, int] = {}
    for number, line in enumerate(source.split("\n")[1:], start=2):
        match = _KEY_LINE.match(line)
        if match is None or line.startswith(("- ", "? ", "--- ", "...")):
            continue
        key = match.group(1)
        if key[:1] in "\"'" and len(key) > 1:
            key = key[1:-1]
        if key in data:
            found[key] = number
    return found
