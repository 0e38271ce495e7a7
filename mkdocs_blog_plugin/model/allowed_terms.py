"""The tags and categories a site allows (`tags_allowed`, `categories_allowed`): a post that
spells one otherwise is told the nearest allowed spelling."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class AllowedTerms:
    kind: str  # "tag" or "category", as the message names it
    names: tuple[str, ...]
    _folded: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_folded", {name.casefold(): name for name in self.names})

    def problems(self, used: Iterable[str]) -> list[str]:
        """A message for each of `used` that is not one of the names, as written."""
        allowed = set(self.names)
        return [self._problem(name) for name in dict.fromkeys(used) if name not in allowed]

    def _problem(self, name: str) -> str:
        option = "tags_allowed" if self.kind == "tag" else "categories_allowed"
        message = f"{self.kind} {name!r} is not in {option}"
        near = self._folded.get(name.casefold())
        if near is None:
            close = difflib.get_close_matches(name.casefold(), list(self._folded), n=1, cutoff=0.6)
            near = self._folded[close[0]] if close else None
        return f"{message}: did you mean {near!r}?" if near else message
