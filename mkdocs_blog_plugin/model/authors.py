"""Authors data: jekyll-feed's `_data/authors.yml` or Material's `.authors.yml`, and looking up
the authors a post names.

jekyll-feed looks `post.author` up in `site.data.authors` (`garthdb: {name, email, uri}`) and
shows the string itself when it is not there; Material keeps its authors under a top-level
`authors:` key (`authors: {id: {name, description, avatar, url, slug}}`). Both are read alike.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass

import yaml

from ..jekyll.problems import Problem

try:  # libyaml reads a TAB between tokens as Jekyll's Psych does
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Author field ← the keys it is read from, the first present winning: `uri` is jekyll-feed's,
# `picture` some Jekyll themes', `description` Material's.
_FIELDS = {
    "url": ("url", "uri"),
    "avatar": ("avatar", "picture"),
    "email": ("email",),
    "bio": ("bio", "description"),
    "twitter": ("twitter",),
}


@dataclass(frozen=True)
class Author:
    key: str  # the id used in front matter, or the name itself when not in a data file
    name: str
    url: str | None = None  # as written: the caller makes it absolute or relative
    avatar: str | None = None
    email: str | None = None
    bio: str | None = None  # `bio`, or Material's `description`: shown on the author's page
    twitter: str | None = None  # their account, for twitter:creator


@dataclass(frozen=True)
class AuthorsData:
    authors: Mapping[str, Author]

    def resolve(self, written: str) -> Author:
        """The author a post's `author` names: its entry by key (exact, as jekyll-feed's
        `site.data.authors[author]`), else an author of that name."""
        found = self.authors.get(written)
        return found if found is not None else Author(key=written, name=written)


NO_AUTHORS = AuthorsData({})


def load_authors(path: str, text: str) -> tuple[AuthorsData, tuple[Problem, ...]]:
    """Read an authors file (`path` is where it is, `text` its YAML); never raises.

    Material's shape is a mapping whose only key is `authors`, holding the entries (or nothing);
    anything else is jekyll-feed's, one entry per top-level key. `authors: {name: X, ...}` alone,
    X a single value, fits both (a Jekyll author `authors`, or Material entries one of which is
    `name`): it is Jekyll's in a `_data` folder, Material's elsewhere. An entry is a mapping with
    a `name`, or a string (or number) taken as the name; any other entry is skipped with a
    Problem at its line, as is a whole file that is not YAML or not a mapping.
    """
    try:
        loader = _Loader(text)
        try:
            return _read(loader, path, text)
        finally:
            loader.dispose()
    except yaml.YAMLError as e:
        return NO_AUTHORS, (_yaml_problem("invalid authors file, ignored", e, text),)


def _read(loader: _Loader, path: str, text: str) -> tuple[AuthorsData, tuple[Problem, ...]]:
    root = loader.get_single_node()
    if root is None:
        return NO_AUTHORS, ()
    if not isinstance(root, yaml.MappingNode):
        kind = "a list" if isinstance(root, yaml.SequenceNode) else "a single value"
        message = f"the authors file holds {kind}, not a mapping of authors; ignored"
        return NO_AUTHORS, (Problem(message, root.start_mark.line + 1),)
    problems: list[Problem] = []
    entries = _pairs(loader, root, problems)
    material = _material_authors(entries, in_data_dir="_data" in _folders(path))
    if material is not None:
        entries = _pairs(loader, material, problems)
    authors: dict[str, Author] = {}
    for entry in entries:
        try:
            value = loader.construct_object(entry.value, deep=True)
        except yaml.YAMLError as e:
            problems.append(_yaml_problem(f"author {entry.key!r} skipped", e, text))
            continue
        author = _author(entry.key, value, entry.line, problems)
        if author is None:
            continue
        if entry.key in authors:
            message = f"author {entry.key!r} is defined again; the last one is used"
            problems.append(Problem(message, entry.line))
        authors[entry.key] = author
    return AuthorsData(authors), tuple(problems)


@dataclass(frozen=True)
class _Pair:
    key: str
    line: int  # the key's
    value: yaml.Node


def _pairs(loader: _Loader, node: yaml.Node, problems: list[Problem]) -> list[_Pair]:
    """The pairs of a mapping node (nothing for a null one), merge keys (`<<: *base`) applied."""
    if not isinstance(node, yaml.MappingNode):
        return []
    loader.flatten_mapping(node)
    pairs = []
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if isinstance(key_node, yaml.ScalarNode):
            # text as reading.py makes it of a post's `author: 2014`
            pairs.append(_Pair(str(loader.construct_object(key_node)), line, value_node))
        else:
            problems.append(Problem("an author's key is not text; skipped", line))
    return pairs


def _material_authors(entries: list[_Pair], *, in_data_dir: bool) -> yaml.Node | None:
    """The node under `authors:` when the file has Material's shape (see `load_authors`)."""
    if len(entries) != 1 or entries[0].key != "authors":
        return None
    node = entries[0].value
    if not isinstance(node, yaml.MappingNode):
        return node if node.tag == "tag:yaml.org,2002:null" else None
    one_author = any(
        isinstance(k, yaml.ScalarNode) and k.value == "name" and isinstance(v, yaml.ScalarNode)
        for k, v in node.value
    )
    return None if one_author and in_data_dir else node


def _author(key: str, value: object, line: int, problems: list[Problem]) -> Author | None:
    if _is_text(value):
        value = {"name": value}
    if not isinstance(value, Mapping):
        kind = "empty" if value is None else f"a {type(value).__name__}"
        message = f"author {key!r} is {kind}, not a mapping or a name; skipped"
        problems.append(Problem(message, line))
        return None
    name = value.get("name")
    if not _is_text(name) or not str(name).strip():
        problems.append(Problem(f"author {key!r} has no name; skipped", line))
        return None
    fields: dict[str, str] = {}
    for field, names in _FIELDS.items():
        written = next((value[n] for n in names if value.get(n) not in (None, "")), None)
        if _is_text(written):
            fields[field] = str(written)
        elif written is not None:
            problems.append(Problem(f"`{field}` of author {key!r} is not text; ignored", line))
    return Author(key=key, name=str(name).strip(), **fields)


def _is_text(value: object) -> bool:
    """A string, or a number YAML read from a plain scalar (`name: 1337`)."""
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _folders(path: str) -> list[str]:
    return posixpath.dirname(path.replace("\\", "/")).split("/")


def _yaml_problem(what: str, error: yaml.YAMLError, text: str) -> Problem:
    mark = getattr(error, "problem_mark", None)
    # "expected a single document in the stream, but found another document"
    parts = [getattr(error, "context", None), getattr(error, "problem", None)]
    reason = ", ".join(p for p in parts if p) or str(error).splitlines()[0]
    if mark is not None:
        return Problem(f"{what}: {reason}", mark.line + 1)
    position = getattr(error, "position", None)  # a ReaderError (control character)
    line = None if position is None else text.count("\n", 0, position) + 1
    return Problem(f"{what}: {reason}", line)
