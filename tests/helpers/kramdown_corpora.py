"""The shared corpora's posts as Jekyll 4.3 rendered them, and how a converter agrees with that."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kramdown_blocks import Agreement, compare

# Jekyll's front matter: from a first line of dashes to the next line of dashes or dots.
FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n?^(?:---|\.\.\.)\s*$\n?", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True)
class Post:
    path: str
    body: str  # the Markdown after the front matter
    html: str  # what Jekyll made of it
    settings: dict[str, object]  # the corpus's `kramdown:` settings


def posts(corpus: Path) -> Iterator[Post]:
    """The posts of `corpus` whose Liquid Jekyll had nothing to render."""
    rendered = json.loads((corpus / "jekyll-4.3-rendered.json").read_text("utf-8"))
    settings = rendered["settings"].get("kramdown") or {}
    site = next(p.parent for p in sorted(corpus.rglob("_config.yml"), key=lambda p: len(p.parts)))
    for entry in rendered["posts"]:
        if entry["liquid"]:
            continue
        source = (site / entry["path"]).read_text("utf-8")
        body = FRONT_MATTER.sub("", source, count=1)
        yield Post(entry["path"], body, entry["html"], settings)


@dataclass
class CorpusAgreement:
    name: str
    results: dict[str, Agreement] = field(default_factory=dict)

    def share(self, which: Callable[[Agreement], bool]) -> float:
        return 100 * sum(1 for a in self.results.values() if which(a)) / len(self.results)

    @property
    def same(self) -> float:
        return self.share(lambda a: a.same)

    @property
    def same_typography(self) -> float:
        return self.share(lambda a: a.same_typography)

    @property
    def ids_kept(self) -> float:
        expected = sum(a.ids_expected for a in self.results.values())
        kept = sum(a.ids_kept for a in self.results.values())
        return 100 * kept / expected if expected else 100.0

    def differing(self) -> list[tuple[str, str]]:
        return [(p, a.first_difference) for p, a in self.results.items() if not a.same_typography]


def agreement(corpus: Path, convert: Callable[[str, dict[str, object]], str]) -> CorpusAgreement:
    """How `convert(markdown, kramdown_settings)` agrees with Jekyll on `corpus`."""
    found = CorpusAgreement(corpus.name)
    for post in posts(corpus):
        found.results[post.path] = compare(post.html, convert(post.body, post.settings))
    return found
