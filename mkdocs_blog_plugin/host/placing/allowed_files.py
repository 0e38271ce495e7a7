"""`tags_allowed` and `categories_allowed`: a list in mkdocs.yml, or a YAML file in docs_dir
(a list of names, or a mapping whose keys are the names) that, as Jekyll's `_data`, is data
and not published."""

from __future__ import annotations

import os

import yaml
from mkdocs.structure.files import Files

from ...config import BlogConfig
from ...jekyll.problems import Problem
from ...model.allowed_terms import AllowedTerms
from ..report import report


def allowed_terms(options: BlogConfig, docs_dir: str, files: Files) -> tuple[AllowedTerms, ...]:
    found = []
    for kind, value in (("tag", options.tags_allowed), ("category", options.categories_allowed)):
        names = _names(value, docs_dir, files) if isinstance(value, str) else value
        if names is not None:
            found.append(AllowedTerms(kind, tuple(names)))
    return tuple(found)


def _names(path: str, docs_dir: str, files: Files) -> tuple[str, ...] | None:
    """The names the file lists; None (with a warning) if it is missing or lists none."""
    file = files.get_file_from_path(path)
    if file is not None:
        files.remove(file)
    try:
        with open(os.path.join(docs_dir, path), encoding="utf-8-sig") as f:
            data = yaml.safe_load(f)
    except OSError as e:
        report(path, Problem(f"not read ({e.strerror}): no tags or categories are checked"))
        return None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        report(path, Problem("not YAML: no tags or categories are checked", line))
        return None
    if isinstance(data, dict):
        data = list(data)
    if not isinstance(data, list) or not all(isinstance(v, (str, int, float)) for v in data):
        report(path, Problem("not a list of names: no tags or categories are checked"))
        return None
    return tuple(str(v) for v in data)
