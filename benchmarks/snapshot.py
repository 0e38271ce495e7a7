"""Byte-identity of the built output: build a fixed set of sites with a given source tree, or
compare two such snapshots file by file.

    .venv/bin/python benchmarks/snapshot.py build OUT [--source TREE] [--only NAME ...]
    .venv/bin/python benchmarks/snapshot.py diff A B

`build` writes `OUT/<site>/` for every site below (`OUT/<site>/<step>/` for the serve steps), with
`TREE` (default: this checkout) first on the PYTHONPATH of every `mkdocs` it runs, and
SOURCE_DATE_EPOCH set so that build dates are fixed. The sites are the ones the tests build, made
with the tests' own helpers:

- `example-<theme>`: example_site/ under `material`, `mkdocs` and `readthedocs`;
- `corpus-<name>`: the three shared Jekyll corpora as tests/sites/test_corpora.py builds them;
- `migrated-18f`, `migrated-nymote`: two corpora moved in through `jekyll_config` (old URLs,
  archive pages and feeds kept), as tests/sites/test_migration.py builds them;
- `broken`: tests/broken_posts as tests/sites/test_broken_posts.py builds it;
- `two-blogs`: the two-blog site of tests/sites/test_several_blogs.py;
- `serve-edits`, `serve-example`: `mkdocs serve` kept running while posts and pages are edited,
  added, renamed and deleted; after each rebuild the served site_dir is copied (the served
  address, whose port changes, is replaced by `SERVED`, and `.gz` files are kept unpacked).

`diff` lists the files only in one snapshot and the first files that differ, and exits 1 if any
do. A snapshot of the same tree taken twice compares equal.
"""

from __future__ import annotations

import argparse
import filecmp
import gzip
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "tests/helpers"), str(REPO / "tests/sites")]

EPOCH = "1700000000"
THEMES = ("material", "mkdocs", "readthedocs")
CORPORA = ("nymote", "jekyll-docs", "18f")


def built_into(out: Path, name: str, site: Path) -> None:
    shutil.copytree(site, out / name)


def example(theme: str) -> Callable[[Path, Path], None]:
    def make(work: Path, out: Path) -> None:
        from sitebuild import build, copy_example_site

        root = copy_example_site(work / "site", theme={"name": theme})
        result = build(root)
        assert result.returncode == 0, result.log[-3000:]
        built_into(out, f"example-{theme}", result.site)

    return make


def corpus(name: str) -> Callable[[Path, Path], None]:
    def make(work: Path, out: Path) -> None:
        from sitebuild import build, corpus_site

        root, _ = corpus_site(work, name)
        result = build(root)
        assert result.returncode == 0, result.log[-3000:]
        built_into(out, f"corpus-{name}", result.site)

    return make


def migrated(name: str, permalink: str | None) -> Callable[[Path, Path], None]:
    def make(work: Path, out: Path) -> None:
        from test_migration import migrated as build_migrated

        built, _ = build_migrated(work, name, permalink)
        built_into(out, f"migrated-{name}", built.site)

    return make


def broken(work: Path, out: Path) -> None:
    from sitebuild import broken_site, build

    result = build(broken_site(work / "site"))
    assert result.returncode == 0, result.log[-3000:]
    built_into(out, "broken", result.site)


def two_blogs(work: Path, out: Path) -> None:
    from test_several_blogs import RELEASES
    from test_several_blogs import two_blogs as build_two

    result = build_two(work / "site", RELEASES)
    assert result.returncode == 0, result.log[-3000:]
    built_into(out, "two-blogs", result.site)


class ServedCopies:
    """A `mkdocs serve` whose site_dir is found (its TMPDIR is private) and copied after each
    rebuild."""

    def __init__(self, root: Path, tmp: Path, out: Path) -> None:
        from serving import Served

        tmp.mkdir()
        os.environ["TMPDIR"] = str(tmp)
        try:
            self.served = Served(root)
        finally:
            del os.environ["TMPDIR"]
        (self.site_dir,) = tmp.glob("mkdocs_*")
        self.out = out
        self.builds = self.count()
        self.step = 0
        self.copy()

    def count(self) -> int:
        """Rebuilds ended ("Documentation built in" is dropped when it repeats itself)."""
        return self.served.log_text().count("Reloading browsers")

    def after(self, edit: Callable[[], None]) -> None:
        """Make the edit, wait for the rebuild it causes to end, copy what serve wrote."""
        edit()
        deadline = time.monotonic() + 120
        while self.count() <= self.builds:
            assert self.served.process.poll() is None, self.served.log_text()
            assert time.monotonic() < deadline, "no rebuild:\n" + self.served.log_text()
            time.sleep(0.2)
        size = -1
        while True:  # an edit can cause more than one rebuild: wait until the log is still
            time.sleep(1.5)
            log = self.served.log_text()
            if len(log) == size and log.count("Detected file changes") == self.count():
                break
            size = len(log)
        self.builds = self.count()
        self.copy()

    def copy(self) -> None:
        dest = self.out / f"{self.step:02d}"
        shutil.copytree(self.site_dir, dest)
        address = re.compile(rb"127\.0\.0\.1:" + str(self.served.port).encode())
        for path in dest.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if path.suffix == ".gz":  # kept unpacked: the packed bytes hide the address
                    data = gzip.decompress(data)
                    path.write_bytes(data)
                if address.search(data):
                    path.write_bytes(address.sub(b"SERVED", data))
        self.step += 1

    def stop(self) -> None:
        log = self.served.stop()
        assert "Traceback" not in log, log


def serve_edits(work: Path, out: Path) -> None:
    from sitebuild import write_site

    root = write_site(
        work / "site",
        {
            "site_name": "Edits",
            "site_url": "https://example.org/",
            "theme": {"name": "mkdocs"},
            "plugins": ["search", "jekyll-blog"],
        },
        {
            "index.md": "# Home\n\n<!-- jekyll-blog:posts limit=2 -->\n",
            "guide.md": "# Guide\n",
            "blog/_posts/2014-01-01-first.md": "---\ntitle: First\ntags: [t]\n---\nOne.\n",
            "blog/_posts/2014-01-05-other.md": "---\ntitle: Other\ntags: [u]\n---\nOther.\n",
        },
    )
    posts = root / "docs/blog/_posts"
    copies = ServedCopies(root, work / "tmp", out / "serve-edits")
    try:
        second = posts / "2014-02-02-second.md"
        copies.after(lambda: second.write_text("---\ntitle: [unclosed\ntags: [t]\n---\nTwo.\n"))
        copies.after(lambda: second.write_text("---\ntitle: Mended\ntags: [t]\n---\nTwo.\n"))
        third = posts / "2014-03-03-third.md"
        copies.after(lambda: third.write_text("---\ntitle: Third\ntags: [t, u]\n---\nThree.\n"))
        copies.after(lambda: third.rename(posts / "2014-04-04-fourth.md"))
        copies.after(lambda: (root / "docs/guide.md").write_text("# Guide\n\nMore words.\n"))
        copies.after(lambda: (posts / "2014-04-04-fourth.md").unlink())
    finally:
        copies.stop()


def serve_example(work: Path, out: Path) -> None:
    from sitebuild import copy_example_site

    root = copy_example_site(work / "site")
    posts = sorted((root / "docs").rglob("_posts/*.md"))
    copies = ServedCopies(root, work / "tmp", out / "serve-example")
    try:
        first = posts[0]
        body = first.read_text("utf-8")
        copies.after(lambda: first.write_text(body + "\nOne more paragraph.\n", "utf-8"))
        new = first.parent / "2024-06-01-a-new-post.md"
        copies.after(
            lambda: new.write_text("---\ntitle: A new post\ntags: [news]\n---\nNew.\n", "utf-8")
        )
        index = root / "docs/index.md"
        text = index.read_text("utf-8")
        copies.after(lambda: index.write_text(text + "\nA new line.\n", "utf-8"))
        copies.after(new.unlink)
    finally:
        copies.stop()


SITES: dict[str, Callable[[Path, Path], None]] = {
    **{f"example-{theme}": example(theme) for theme in THEMES},
    **{f"corpus-{name}": corpus(name) for name in CORPORA},
    "migrated-18f": migrated("18f", "pretty"),
    "migrated-nymote": migrated("nymote", None),
    "broken": broken,
    "two-blogs": two_blogs,
    "serve-edits": serve_edits,
    "serve-example": serve_example,
}


def build_all(out: Path, source: Path, only: list[str]) -> None:
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [str(source), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    out.mkdir(parents=True, exist_ok=False)
    for name, make in SITES.items():
        if only and name not in only:
            continue
        start = time.monotonic()
        with tempfile.TemporaryDirectory(prefix=f"snap-{name}-") as work:
            make(Path(work), out)
        print(f"{name}: {time.monotonic() - start:.0f}s", file=sys.stderr)


def files(root: Path) -> Iterator[str]:
    for path in sorted(root.rglob("*")):
        if path.is_file():
            yield path.relative_to(root).as_posix()


def diff(a: Path, b: Path, show: int = 20) -> int:
    left, right = set(files(a)), set(files(b))
    only = sorted(left ^ right)
    differing = [rel for rel in sorted(left & right) if not filecmp.cmp(a / rel, b / rel, False)]
    for rel in only[:show]:
        print(f"only in {a if rel in left else b}: {rel}")
    for rel in differing[:show]:
        print(f"differs: {rel}")
    compared = len(left & right)
    print(f"{compared} files compared, {len(differing)} differ, {len(only)} in one only")
    return 1 if only or differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    making = commands.add_parser("build")
    making.add_argument("out", type=Path)
    making.add_argument("--source", type=Path, default=REPO)
    making.add_argument("--only", nargs="*", default=[], choices=sorted(SITES))
    comparing = commands.add_parser("diff")
    comparing.add_argument("a", type=Path)
    comparing.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.command == "build":
        build_all(args.out, args.source.resolve(), args.only)
        return 0
    return diff(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
