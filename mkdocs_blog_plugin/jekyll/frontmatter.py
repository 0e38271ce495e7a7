"""Front matter: where Jekyll cuts it off a post, and its YAML read as close to Jekyll as can be.

Jekyll loads it with SafeYAML (Debian's Jekyll 4.3.1, which made the corpora's decisions, with
Psych.safe_load): both are libyaml parsers, so python-frontmatter's libyaml loader reads the same
documents; the pure-Python one needs a repair for TABs (see `_load_yaml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from frontmatter import default_handlers

from .problems import Problem
from .ruby import ruby_str, safe_yaml_loader

# Jekyll's YAML_FRONT_MATTER_REGEXP. Ruby's /m is DOTALL, Ruby's ^ and $ always match at lines and
# its \s is ASCII. The greedy \s* after the closing fence swallows the blank lines that follow it.
_FRONT_MATTER = re.compile(
    r"\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)", re.DOTALL | re.MULTILINE | re.ASCII
)

# A top-level `key:` at the start of a line: plain, "double" or 'single' quoted.
_KEY_LINE = re.compile(r"""("[^"]*"|'[^']*'|[^\s#:'"][^:]*?)[ \t]*:(?:[ \t]|$)""")


@dataclass(frozen=True)
class FrontMatter:
    data: dict[str, Any]
    body: str
    body_line: int
    key_lines: dict[str, int]
    problems: tuple[Problem, ...]


def split_front_matter(text: str) -> FrontMatter:
    """Cut `text` (decoded, no BOM, LF line ends) into front matter and body, as Jekyll does.

    Never raises: YAML that cannot be read gives empty data and a Problem with its line.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return FrontMatter({}, text, 1, {}, ())
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
            loaded = default_handlers.YAMLHandler().load(
                "\n".join(lines), Loader=safe_yaml_loader()
            )
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
