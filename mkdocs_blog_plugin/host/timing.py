"""Where the plugin's own time goes in a build, phase by phase (read by the benchmark)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from time import perf_counter


class Timings(defaultdict[str, float]):
    """Seconds spent per phase: "reading", "posts", "listings", "feeds", "nav", "redirects"."""

    def __init__(self) -> None:
        super().__init__(float)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        start = perf_counter()
        try:
            yield
        finally:
            self[name] += perf_counter() - start
