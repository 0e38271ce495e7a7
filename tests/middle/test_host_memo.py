"""The memo that keeps pure results from one `mkdocs serve` build to the next
(host/serve/memo.py)."""

from __future__ import annotations

from collections.abc import Sequence

from mkdocs_blog_plugin.host.serve.memo import Memo, digest


class Counting:
    def __init__(self) -> None:
        self.made: list[str] = []

    def one(self, key: str) -> str:
        self.made.append(key)
        return key.upper()

    def many(self, keys: Sequence[str]) -> list[str]:
        self.made.extend(keys)
        return [key.upper() for key in keys]


def test_a_result_is_made_once_while_builds_ask_for_it() -> None:
    memo, count = Memo(), Counting()
    memo.new_build(keeping=True)
    assert memo.get("t", "a", lambda: count.one("a")) == "A"
    assert memo.get("t", "a", lambda: count.one("a")) == "A"
    memo.new_build(keeping=True)
    assert memo.get("t", "a", lambda: count.one("a")) == "A"  # from the build before
    assert count.made == ["a"]
    assert memo.get("other table", "a", lambda: count.one("a")) == "A"
    assert count.made == ["a", "a"]


def test_what_a_build_did_not_ask_for_is_let_go() -> None:
    memo, count = Memo(), Counting()
    memo.new_build(keeping=True)
    memo.get("t", "a", lambda: count.one("a"))
    memo.new_build(keeping=True)  # a build that does not ask for "a"
    memo.new_build(keeping=True)
    memo.get("t", "a", lambda: count.one("a"))
    assert count.made == ["a", "a"]


def test_a_lone_build_keeps_nothing() -> None:
    memo, count = Memo(), Counting()
    memo.new_build(keeping=False)
    memo.get("t", "a", lambda: count.one("a"))
    memo.get("t", "a", lambda: count.one("a"))
    assert memo.batch("t", ["b", "c"], count.many) == ["B", "C"]
    assert count.made == ["a", "a", "b", "c"]


def test_a_batch_makes_only_what_is_missing_in_one_call() -> None:
    memo, count = Memo(), Counting()
    memo.new_build(keeping=True)
    assert memo.batch("t", ["a", "b"], count.many) == ["A", "B"]
    memo.new_build(keeping=True)
    calls: list[Sequence[str]] = []

    def many(keys: Sequence[str]) -> list[str]:
        calls.append(list(keys))
        return count.many(keys)

    assert memo.batch("t", ["b", "c", "c", "a"], many) == ["B", "C", "C", "A"]
    assert calls == [["c"]]


def test_digest_tells_texts_apart() -> None:
    assert digest("a") == digest("a") != digest("b")
    assert len(digest("x" * 100_000)) == 16
