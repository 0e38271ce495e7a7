"""What a build can take from the one before it under `mkdocs serve`, where the plugin lives
across rebuilds: results of pure functions, each keyed by everything it is made from. A changed
input is a new key, so nothing stale can be found; what a build did not ask for is let go when
the next one starts, so the memo holds at most two builds' worth."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo:
    def __init__(self) -> None:
        self._last: dict[tuple[str, Hashable], object] = {}  # the previous build's
        self._now: dict[tuple[str, Hashable], object] = {}  # this build's
        self._keeping = False

    def new_build(self, keeping: bool) -> None:
        """`keeping`: whether another build will follow (serve); a lone build keeps nothing."""
        self._last, self._now = (self._now, {}) if keeping else ({}, {})
        self._keeping = keeping

    @property
    def keeping(self) -> bool:
        """Whether results are kept (under serve): a key need not be built otherwise."""
        return self._keeping

    def get(self, table: str, key: Hashable, make: Callable[[], V]) -> V:
        """The result kept for `key` in `table`, else `make()`'s, kept."""
        if not self._keeping:
            return make()
        slot = (table, key)
        if slot in self._now:
            return self._now[slot]  # type: ignore[return-value]
        value = self._last.pop(slot) if slot in self._last else make()
        self._now[slot] = value
        return value  # type: ignore[return-value]

    def batch(
        self, table: str, keys: Sequence[K], make: Callable[[Sequence[K]], Sequence[V]]
    ) -> list[V]:
        """`get` for many keys, the missing ones made together by `make` (in their order)."""
        if not self._keeping:
            return list(make(keys))
        missing = [key for key in dict.fromkeys(keys) if not self._has((table, key))]
        for key, value in zip(missing, make(missing) if missing else (), strict=True):
            self._now[(table, key)] = value
        return [self.get(table, key, _never) for key in keys]

    def _has(self, slot: tuple[str, Hashable]) -> bool:
        return slot in self._now or slot in self._last


def _never() -> V:  # type: ignore[type-var]
    raise AssertionError("made by batch")


def digest(text: str) -> bytes:
    """A short key for a long text."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
