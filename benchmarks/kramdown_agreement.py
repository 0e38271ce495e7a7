"""How kramdown_html agrees with what Jekyll 4.3 rendered for the shared corpora's posts.

    PYTHONPATH=. python benchmarks/kramdown_agreement.py [--baseline] [--list N]

Per corpus: % of posts (without Liquid) whose blocks are all the same, the same with
typography, % of Jekyll's heading ids kept, then the differing posts and their first difference.
`--baseline` converts with plain Python-Markdown (as MkDocs would) instead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests" / "helpers"))

import markdown
from kramdown_corpora import agreement
from sitebuild import CORPORA, SHARED

from mkdocs_blog_plugin.kramdown import KramdownOptions, kramdown_html


def with_kramdown(text: str, settings: dict[str, object]) -> str:
    options, _ = KramdownOptions.from_mapping(settings)
    return kramdown_html(text, options)


def with_mkdocs(text: str, settings: dict[str, object]) -> str:
    return markdown.markdown(text, extensions=["toc", "tables", "fenced_code"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", action="store_true")
    parser.add_argument("--list", type=int, default=1000, help="differing posts shown per corpus")
    parser.add_argument("corpora", nargs="*", default=list(CORPORA))
    args = parser.parse_args()
    convert = with_mkdocs if args.baseline else with_kramdown
    print(f"{'corpus':<12} {'posts':>5} {'same':>7} {'typogr.':>7} {'ids':>7}")
    found = [agreement(SHARED / "corpora" / name, convert) for name in args.corpora]
    for one in found:
        print(
            f"{one.name:<12} {len(one.results):>5} {one.same:>6.1f}% "
            f"{one.same_typography:>6.1f}% {one.ids_kept:>6.1f}%"
        )
    for one in found:
        for path, difference in one.differing()[: args.list]:
            print(f"\n{one.name}/{path}\n  {difference}")


if __name__ == "__main__":
    main()
