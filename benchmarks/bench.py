"""Build time of a blog of N Jekyll posts: plain MkDocs (the floor), jekyll-blog, Material.

    .venv/bin/python benchmarks/bench.py --posts 1000 10000 --runs 3 [--material] [--markdown]

For each N it generates N posts (see `sites.py`), writes the floor and jekyll-blog sites (and,
with `--material`, the Material blog + tags + mkdocs-rss-plugin site) into a temporary folder
(or `--keep DIR`), checks that each builds and writes what it should, then builds each `--runs`
times, every build in a fresh process (`build_worker.py`), the variants taking turns. It prints
the median build time, its ratio to the floor, the peak RSS, the time of a rebuild after one post
is edited (floor and jekyll-blog), and the jekyll-blog plugin's own time phase by phase.
See README.md beside this file for what each column means.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sites import SITE_URL, Post, make_posts, post_path, write_site  # noqa: E402

PHASES = ("reading", "nav", "posts", "listings", "feeds")
REBUILT = ("floor", "jekyll-blog")  # the variants whose serve-style rebuild is measured


class BenchError(Exception):
    pass


@dataclass
class Variant:
    name: str
    root: Path
    config: Path
    edit: Path | None
    results: list[dict[str, Any]] = field(default_factory=list)

    @property
    def site(self) -> Path:
        return self.root / "site"


def build_once(variant: Variant, rebuild: bool) -> dict[str, Any]:
    """One build of `variant` in a fresh process; its result, or BenchError."""
    shutil.rmtree(variant.site, ignore_errors=True)
    result_file = variant.root / "result.json"
    result_file.unlink(missing_ok=True)
    command = [
        sys.executable,
        str(HERE / "build_worker.py"),
        str(variant.config),
        str(variant.site),
        str(result_file),
    ]
    if rebuild and variant.edit is not None:
        command.append(str(variant.edit))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not result_file.exists():
        tail = "\n".join(done.stderr.splitlines()[-30:])
        raise BenchError(f"{variant.name}: the build failed (exit {done.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(result_file.read_text(encoding="utf-8"))
    return result


def _feed_items_exist(site: Path, feed_json: Path) -> int:
    """The JSON feed's item count, after checking every item's page was written."""
    items = json.loads(feed_json.read_text(encoding="utf-8"))["items"]
    for item in items:
        url = item["url"]
        if not url.startswith(SITE_URL):
            raise BenchError(f"{feed_json}: item URL {url} is not under {SITE_URL}")
        page = site / url[len(SITE_URL) :]
        if not (page / "index.html").is_file() and not page.is_file():
            raise BenchError(f"{feed_json}: item {url} has no page in the site")
    return len(items)


def check(variant: Variant, posts: int, result: dict[str, Any]) -> str:
    """Check a variant's first build wrote what it should; a one-line summary, or BenchError."""
    site = variant.site

    def need(*paths: str) -> None:
        for path in paths:
            if not (site / path).is_file():
                raise BenchError(f"{variant.name}: {path} was not written")

    need("index.html", "guide/install/index.html", "sitemap.xml", "search/search_index.json")
    if variant.name == "floor":
        pages = len(list(site.glob("posts/*/index.html")))
        if pages != posts:
            raise BenchError(f"floor: {pages} post pages written, {posts} expected")
        if "posts/" in (site / "index.html").read_text(encoding="utf-8"):
            raise BenchError("floor: the posts are in the nav (not_in_nav had no effect)")
        summary = f"{pages} post pages"
    elif variant.name == "jekyll-blog":
        need("blog/index.html", "blog/tags/index.html", "blog/categories/index.html")
        need("blog/archive/index.html", "blog/feed.xml", "blog/rss.xml", "blog/feed.json")
        items = _feed_items_exist(site, site / "blog/feed.json")
        line = next((i for i in result["info"] if "posts built" in i), None)
        if line is None or f"{posts} posts built" not in line:
            raise BenchError(f"jekyll-blog: expected '{posts} posts built', got {line!r}")
        tag_feeds = len(list(site.glob("blog/tag/*/feed.xml")))
        summary = f"{line.removeprefix('jekyll-blog: ')}; {items} feed items; {tag_feeds} tag feeds"
    else:
        need("blog/index.html", "blog/tags/index.html", "blog/page/2/index.html")
        need("feed_rss_created.xml", "feed_json_created.json")
        items = _feed_items_exist(site, site / "feed_json_created.json")
        pages = len(list(site.glob("blog/[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html")))
        if pages != posts:
            raise BenchError(f"material: {pages} post pages written, {posts} expected")
        categories = len(list(site.glob("blog/category/*/index.html")))
        summary = f"{pages} post pages; {categories} category pages; {items} feed items"
    if result["warnings"]:
        shown = "\n  ".join(result["warnings"][:10])
        more = len(result["warnings"]) - 10
        summary += f"; {len(result['warnings'])} WARNINGS:\n  {shown}"
        if more > 0:
            summary += f"\n  ... and {more} more"
    return summary


def prepare(root: Path, count: int, seed: int, material: bool) -> list[Variant]:
    posts: list[Post] = make_posts(count, seed)
    edited = posts[0]
    variants = []
    for name in ("floor", "jekyll-blog", "material") if material else ("floor", "jekyll-blog"):
        folder = root / f"{count}-posts" / name
        shutil.rmtree(folder, ignore_errors=True)  # nothing stale from an earlier run
        config = write_site(folder, name, posts, seed)
        edit = post_path(folder, name, edited) if name in REBUILT else None
        variants.append(Variant(name, folder, config, edit))
    return variants


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def report(count: int, variants: list[Variant], markdown: bool) -> str:
    floor = next(v for v in variants if v.name == "floor")
    floor_build = _median([r["build_s"] for r in floor.results])
    floor_rebuild = _median([r["rebuild_s"] for r in floor.results if "rebuild_s" in r])
    header = (
        "site",
        "posts",
        "build s",
        "runs (s)",
        "x floor",
        "peak RSS MB",
        "rebuild s",
        "x floor",
    )
    rows: list[tuple[str, ...]] = []
    for v in variants:
        builds = [r["build_s"] for r in v.results]
        build = _median(builds)
        rss = _median([r["maxrss_kb"] / 1024 for r in v.results])
        rebuilds = [r["rebuild_s"] for r in v.results if "rebuild_s" in r]
        rebuild = _median(rebuilds)
        rows.append(
            (
                v.name,
                f"{count:,}",
                f"{build:.2f}",
                " / ".join(f"{b:.1f}" for b in builds),
                f"{build / floor_build:.2f}",
                f"{rss:.0f}",
                f"{rebuild:.2f}" if rebuilds else "-",
                f"{rebuild / floor_rebuild:.2f}" if rebuilds else "-",
            )
        )
    out = [_table(header, rows, markdown)]

    blog = next((v for v in variants if v.name == "jekyll-blog"), None)
    if blog is not None and blog.results and blog.results[0].get("timings") is not None:
        build = _median([r["build_s"] for r in blog.results])
        names = list(PHASES) + sorted({p for r in blog.results for p in r["timings"]} - set(PHASES))
        phase_rows = []
        total = 0.0
        for phase in names:
            seconds = _median([r["timings"].get(phase, 0.0) for r in blog.results])
            total += seconds
            phase_rows.append(_phase_row(phase, seconds, count, build))
        phase_rows.append(_phase_row("sum", total, count, build))
        rebuilt = [
            sum(r["rebuild_timings"].values()) for r in blog.results if r.get("rebuild_timings")
        ]
        if rebuilt:
            rebuild = _median([r["rebuild_s"] for r in blog.results if "rebuild_s" in r])
            phase_rows.append(_phase_row("sum, rebuild", _median(rebuilt), count, rebuild))
        out.append(
            f"\njekyll-blog's own time at {count:,} posts (median of {len(blog.results)}):\n"
        )
        out.append(_table(("phase", "s", "ms / post", "share of build"), phase_rows, markdown))
    return "\n".join(out)


def _phase_row(phase: str, seconds: float, count: int, build: float) -> tuple[str, ...]:
    return (phase, f"{seconds:.3f}", f"{seconds / count * 1000:.3f}", f"{seconds / build:.1%}")


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(lines)


def ensure_rss_plugin() -> None:
    if importlib.util.find_spec("mkdocs_rss_plugin") is None:
        print("--material: installing mkdocs-rss-plugin with pip", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "mkdocs-rss-plugin"], check=True)


def run(args: argparse.Namespace, root: Path) -> None:
    for count in args.posts:
        print(f"N={count}: writing the sites under {root}", file=sys.stderr, flush=True)
        variants = prepare(root, count, args.seed, args.material)
        for number in range(1, args.runs + 1):
            for variant in variants:
                result = build_once(variant, rebuild=True)
                variant.results.append(result)
                rebuild = f", rebuild {result['rebuild_s']:.1f} s" if "rebuild_s" in result else ""
                print(
                    f"N={count} run {number}/{args.runs} {variant.name}: "
                    f"{result['build_s']:.1f} s{rebuild}",
                    file=sys.stderr,
                    flush=True,
                )
                if number == 1:
                    print(f"  checked: {check(variant, count, result)}", file=sys.stderr)
        print(
            f"\n## {count:,} posts, median of {args.runs} run{'s' * (args.runs != 1)}\n"
            if args.markdown
            else ""
        )
        print(report(count, variants, args.markdown), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, nargs="+", default=[1000], help="N, one or more")
    parser.add_argument("--runs", type=int, default=3, help="builds per variant (median)")
    parser.add_argument("--material", action="store_true", help="also Material blog + rss")
    parser.add_argument("--keep", type=Path, help="write the sites here and keep them")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--seed", type=int, default=2024, help="seed of the generated posts")
    args = parser.parse_args()
    if args.runs < 1 or any(n < 2 for n in args.posts):
        parser.error("--runs must be at least 1 and --posts at least 2")
    if args.material:
        ensure_rss_plugin()
    try:
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            run(args, args.keep.resolve())
        else:
            with tempfile.TemporaryDirectory(prefix="jekyll-blog-bench-") as tmp:
                run(args, Path(tmp))
    except BenchError as e:
        sys.exit(f"benchmark failed: {e}")


if __name__ == "__main__":
    main()
