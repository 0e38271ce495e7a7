"""What a Jekyll rule reports about bad input, for the caller to log with the file's path."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """A non-fatal problem in a post; `line` is 1-based within the post's file when known."""

    message: str
    line: int | None = None


class RuleError(ValueError):
    """Input a Jekyll rule cannot accept (Jekyll itself would stop the build)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
