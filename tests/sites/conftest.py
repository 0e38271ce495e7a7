"""Fixtures of the built-site tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from serving import Serve, Served


@pytest.fixture
def serve() -> Iterator[Serve]:
    """`serve(root, path="/", *options)`: `mkdocs serve` of the site in `root` (see Served).
    Every one the test started is stopped when it ends, whether it passed or not; a test that
    reads the log stops it itself (`stop()` returns the log)."""
    started: list[Served] = []

    def start(root: Path, path: str = "/", *options: str) -> Served:
        served = Served(root, path, *options)
        started.append(served)
        return served

    yield start
    for served in started:
        served.stop()
