"""Every third-party module the plugin imports comes from a distribution `pyproject.toml`
declares: none arrives only because another dependency happens to bring it."""

from __future__ import annotations

import ast
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from packaging.requirements import Requirement

try:
    import tomllib
except ImportError:  # Python 3.10
    tomllib = pytest.importorskip("tomli", reason="reading pyproject.toml needs tomli before 3.11")

ROOT = Path(__file__).parents[2]
PACKAGE = "mkdocs_blog_plugin"


def imported_modules() -> dict[str, list[str]]:
    """Each top-level module the package imports → the files that import it."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / PACKAGE).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], []).append(path.relative_to(ROOT).as_posix())
    return found


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return {_normal(Requirement(line).name) for line in project["dependencies"]}


def _normal(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def test_every_third_party_import_is_a_declared_dependency() -> None:
    modules = imported_modules()
    third_party = {
        name: files
        for name, files in modules.items()
        if name not in sys.stdlib_module_names and name != PACKAGE
    }
    assert {"mkdocs", "lxml", "yaml"} <= third_party.keys()  # the scan reads the package
    distributions = packages_distributions()
    needed = declared()
    undeclared = {
        name: files
        for name, files in third_party.items()
        if not any(_normal(dist) in needed for dist in distributions.get(name, [name]))
    }
    assert undeclared == {}
