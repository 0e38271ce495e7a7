"""The plugin's logger and its one way of reporting a problem in a file. The logger sits under
`mkdocs`, so `mkdocs build --strict` counts its warnings."""

from __future__ import annotations

import logging

from ..jekyll.problems import Problem

log = logging.getLogger("mkdocs.plugins.jekyll-blog")


def report(source: str, problem: Problem) -> None:
    """A warning naming the file (relative to docs_dir) and, when known, the line."""
    line = f":{problem.line}" if problem.line else ""
    log.warning(f"{source}{line}: {problem.message}")
