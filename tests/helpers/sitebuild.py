"""Building real MkDocs sites in tests and reading what they wrote."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_SITE = REPO / "example_site"
SHARED = REPO.parent / "shared"
BROKEN_POSTS = REPO / "tests" / "broken_posts"
CORPORA = ["nymote", "jekyll-docs", "18f"]  # the shared corpora, in ../shared/corpora
# What each top-level folder of ../shared holds, for the reason a test without it gives.
SHARED_HOLDS = {
    "corpora": "the project's shared Jekyll corpora",
    "schemas": "the project's shared Atom and JSON Feed schemas",
    "kramdown": "kramdown's and its GFM parser's own test cases",
}


def shared(*parts: str) -> Path:
    """`../shared/<parts>`: the project's shared data, a sibling checkout beside the clone that
    CI always has and a fresh clone does not. Without it the calling test is skipped, saying what
    is missing and where it comes from; on CI (`CI=true`) it fails instead. Call it when a test
    or fixture runs, never at import or collection time."""
    path = SHARED.joinpath(*parts)
    if path.exists():
        return path
    rel = "/".join(("..", "shared", *parts))
    holds = SHARED_HOLDS.get(parts[0] if parts else "", "the project's shared data")
    reason = f"needs {rel} ({holds}, beside the clone; CI has it): not found at {path}"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: required here)", pytrace=False)
    pytest.skip(reason)


@dataclass
class Built:
    root: Path
    site: Path
    returncode: int
    log: str

    def page(self, rel: str) -> lxml.html.HtmlElement:
        """The built page at `rel` (a URL path relative to the site, or a file)."""
        path = self.file_for(rel)
        assert path is not None, f"no page for {rel!r} in {self.site}"
        return lxml.html.fromstring(path.read_bytes())

    def file_for(self, rel: str) -> Path | None:
        rel = rel.lstrip("/")
        for candidate in (rel, f"{rel}/index.html", f"{rel}index.html", f"{rel}.html"):
            path = self.site / candidate
            if path.is_file():
                return path
        return None

    def html_files(self) -> Iterator[Path]:
        yield from sorted(self.site.rglob("*.html"))

    def rendered_pages(self) -> Iterator[Path]:
        """HTML files MkDocs rendered (not static .html files copied from docs/)."""
        for path in self.html_files():
            if not (self.root / "docs" / path.relative_to(self.site)).is_file():
                yield path

    def warnings(self) -> list[str]:
        return [line for line in self.log.splitlines() if line.startswith("WARNING")]


def write_site(root: Path, config: dict[str, Any], files: dict[str, str | bytes]) -> Path:
    """A site folder with `mkdocs.yml` and the given docs files (paths relative to docs/)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    for rel, content in files.items():
        path = root / "docs" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
    return root


def post_files(
    posts: Mapping[str, str], body: Callable[[str], str], folder: str = ""
) -> dict[str, str | bytes]:
    """Post files at `folder + path` for each `path: front matter` of `posts`, with the text
    `body(path)` under the front matter."""
    return {folder + path: f"---\n{front}\n---\n{body(path)}" for path, front in posts.items()}


def built_site(root: Path, config: dict[str, Any], files: dict[str, str | bytes]) -> Built:
    """`write_site`, then a `--strict` build that must succeed."""
    built = build(write_site(root, config, files), strict=True)
    assert built.returncode == 0, built.log[-3000:]
    return built


def build(root: Path, *args: str, strict: bool = False, command: str = "mkdocs") -> Built:
    """Run the real `mkdocs build` (or `properdocs build`) on the site in `root`."""
    cmd = [command] if os.path.isabs(command) else [sys.executable, "-m", command]
    cmd += ["build", "-f", str(root / "mkdocs.yml"), "-d", str(root / "site")]
    if strict:
        cmd.append("--strict")
    cmd += list(args)
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=root, timeout=900)
    return Built(root, root / "site", run.returncode, run.stdout + run.stderr)


def copy_example_site(dest: Path, **changes: Any) -> Path:
    """A copy of example_site, with top-level mkdocs.yml keys replaced by `changes`."""
    shutil.copytree(EXAMPLE_SITE, dest, ignore=shutil.ignore_patterns("site"))
    if changes:
        config_path = dest / "mkdocs.yml"
        config = yaml.safe_load(config_path.read_text("utf-8"))
        config.update(changes)
        config_path.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    return dest


def text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def texts(element: lxml.html.HtmlElement, selector: str) -> list[str]:
    """The text of each element the CSS `selector` finds in `element`."""
    return [text(found) for found in element.cssselect(selector)]


def jekyll_source(corpus: Path) -> Path:
    """The folder Jekyll used as its source: where `_config.yml` is (docs/ for jekyll-docs)."""
    return next(iter(sorted(corpus.rglob("_config.yml")))).parent


def corpus_site(tmp: Path, name: str) -> tuple[Path, dict[str, Any]]:
    """The shared corpus `name` (one of CORPORA) in a docs site at `tmp/name`, with the
    decisions Jekyll 4.3 made for it."""
    corpus = shared("corpora") / name
    decisions = json.loads((corpus / "jekyll-4.3-decisions.json").read_text("utf-8"))
    settings = decisions["config"]
    root = write_site(
        tmp / name,
        {
            "site_name": name,
            "site_url": settings["url"] + "/",
            "theme": {"name": "mkdocs"},
            "plugins": [
                {
                    "jekyll-blog": {
                        "permalink": settings["permalink"],
                        "timezone": settings.get("timezone", "UTC"),
                        "future": settings["future"],
                        "liquid": "strip",
                        "feeds": {"limit": 0},
                    }
                }
            ],
        },
        {"index.md": f"# {name}\n"},
    )
    source = jekyll_source(corpus)
    for posts in sorted(source.rglob("_posts")):
        shutil.copytree(posts, root / "docs" / posts.relative_to(source))
    return root, decisions


def broken_site(root: Path) -> Path:
    """The site of tests/broken_posts: broken and hostile posts, and one huge one."""
    config = {
        "site_name": "Broken",
        "site_url": "https://example.org/",
        "theme": {"name": "mkdocs"},
        "plugins": ["search", {"jekyll-blog": {"feeds": {"limit": 0}}}],
    }
    site = write_site(root, config, {"index.md": "# Home\n", "guide.md": "# Guide\n"})
    shutil.copytree(BROKEN_POSTS, site / "docs", dirs_exist_ok=True)
    huge = ("A long paragraph of words. " * 40 + "\n\n") * 2500
    (site / "docs/blog/_posts" / "2016-01-17-huge.md").write_text(f"---\ntitle: Huge\n---\n{huge}")
    return site
