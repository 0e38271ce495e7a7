"""Where the plugin's own time goes in a build, phase by phase (read by the benchmark)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from time import perf_counter
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def timed(phase: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Add the method's run time to `self.timings[phase]` (a defaultdict of floats)."""

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        @wraps(method)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            start = perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                owner: Any = args[0]
                owner.timings[phase] += perf_counter() - start

        return run

    return decorate
