"""What the shared Jekyll corpora's pages hold: a post's page shows exactly what MkDocs renders
from its Markdown whether or not the excerpt separator occurs in it, and every entry of a
listing (which holds the post's excerpt) is balanced HTML, so no excerpt leaks into the page."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import lxml.html
import pytest
import yaml
from blogcheck import entry_sources, site_path, unbalanced
from sitebuild import CORPORA, Built, build, corpus_site, jekyll_source, shared

# A separator no post holds: with it, no post of the build has its excerpt separator in it.
NO_SEPARATOR = "\u2063never-a-separator\u2063"


def post_files(name: str) -> list[Path]:
    source = jekyll_source(shared("corpora") / name)
    return sorted(
        path for posts in source.rglob("_posts") for path in posts.rglob("*") if path.is_file()
    )


def without_separator(root: Path) -> Path:
    """The site at `root`, its blog given the separator no post holds."""
    config_path = root / "mkdocs.yml"
    config = yaml.safe_load(config_path.read_text("utf-8"))
    config["plugins"][0]["jekyll-blog"]["excerpt_separator"] = NO_SEPARATOR
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    return root


def front_matter(raw: bytes) -> bytes:
    found = re.match(rb"---[ \t]*\r?\n(.*?)\n---", raw, re.DOTALL)
    return found[1] if found else b""


class CorpusBuilds(NamedTuple):
    name: str
    default: Built  # as test_corpora builds it
    no_separator: Built  # with the separator no post holds
    jekyll_posts: int  # how many posts Jekyll built
    separator_excerpts: int  # posts whose excerpt the separator makes (no `excerpt` of their own)


@pytest.fixture(scope="module", params=CORPORA)
def corpus_builds(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> CorpusBuilds:
    name = request.param
    files = post_files(name)
    assert files
    separator_excerpts = 0
    for path in files:
        raw = path.read_bytes()
        assert NO_SEPARATOR.encode("utf-8") not in raw, path
        head = front_matter(raw)
        # a post's own separator would win over the option
        assert not re.search(rb"^excerpt_separator\s*:", head, re.MULTILINE), path
        separator_excerpts += not re.search(rb"^excerpt\s*:", head, re.MULTILINE)
    tmp = tmp_path_factory.mktemp(f"content-{name}")
    default_root, decisions = corpus_site(tmp / "default", name)
    free_root = without_separator(corpus_site(tmp / "no-separator", name)[0])
    builds = []
    for root in (default_root, free_root):
        built = build(root)
        assert built.returncode == 0, built.log[-3000:]
        builds.append(built)
    return CorpusBuilds(name, *builds, len(decisions["posts"]), separator_excerpts)


def canonical(built: Built, path: Path) -> str:
    rel = path.relative_to(built.site).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def post_bodies(built: Built) -> dict[str, str]:
    """The `.jb-post-body` of every post page by its path, whitespace collapsed."""
    bodies = {}
    for path in built.html_files():
        raw = path.read_bytes()
        if b'class="jb-post-header"' not in raw:
            continue
        found = lxml.html.fromstring(raw).cssselect(".jb-post-body")
        assert len(found) == 1, f"{path}: {len(found)} post bodies"
        html = lxml.html.tostring(found[0], encoding="unicode", with_tail=False)
        bodies[canonical(built, path)] = " ".join(html.split())
    return bodies


def index_excerpts(built: Built) -> dict[str, str]:
    """The excerpt every post has on the blog's index pages, by the post's path."""
    excerpts = {}
    index = built.site / "blog"
    for path in [index / "index.html", *sorted((index / "page").rglob("index.html"))]:
        for entry in lxml.html.fromstring(path.read_bytes()).cssselect(".jb-entry"):
            link = entry.cssselect(".jb-entry-title a")[0]
            shown = entry.cssselect(".jb-excerpt")
            html = lxml.html.tostring(shown[0], encoding="unicode") if shown else ""
            excerpts[site_path(built, path, link.get("href"))] = " ".join(html.split())
    return excerpts


def first_difference(one: str, other: str, around: int = 150) -> str:
    at = next(
        (i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
        min(len(one), len(other)),
    )
    start = max(0, at - around)
    return (
        f"at character {at}:\n  with the separator:    {one[start : at + around]!r}\n"
        f"  without the separator: {other[start : at + around]!r}"
    )


def test_a_post_page_is_the_same_whether_the_separator_occurs_in_it_or_not(
    corpus_builds,
) -> None:
    name, default, free, jekyll_posts, separator_excerpts = corpus_builds
    with_separator, without = post_bodies(default), post_bodies(free)
    assert len(with_separator) == jekyll_posts
    assert sorted(with_separator) == sorted(without)
    # the option took effect: without a separator an excerpt is the whole post (every 18f post
    # has an `excerpt` of its own, so there the listings are the same)
    default_excerpts, free_excerpts = index_excerpts(default), index_excerpts(free)
    assert sorted(default_excerpts) == sorted(with_separator)
    changed = sum(default_excerpts[url] != free_excerpts[url] for url in default_excerpts)
    assert changed if separator_excerpts else not changed
    differ = [url for url in with_separator if with_separator[url] != without[url]]
    print(
        f"{name}: {len(with_separator) - len(differ)} of {len(with_separator)} post pages "
        f"are the same with and without the excerpt separator ({changed} excerpts change)"
    )
    assert not differ, f"{len(differ)} post pages differ:\n" + "\n".join(
        f"{url} {first_difference(with_separator[url], without[url])}" for url in differ
    )


@pytest.mark.parametrize(
    ("fragment", "problem"),
    [
        ("<div><p>open", "<div>, <p> open at the end"),
        ("<!-- open", "a comment open at the end: '<!-- open'"),
        ("<div><p>a</div>", "</div> leaves <p> open"),
        ("<p>a</p></div>", "</div> closes no open element"),
        ("<p>a<!-- b --> <div/>", "<p>, <div> open at the end"),
    ],
)
def test_the_balance_check_sees_what_a_fragment_leaves_open(fragment: str, problem: str) -> None:
    assert problem in unbalanced(fragment)


def test_the_balance_check_passes_balanced_html() -> None:
    html = (
        '<article class="jb-entry"><p>a<br>b<img src="x.png"/></p><!-- <div> -->'
        '<svg><path d="M0"/></svg><script>if (a < b) { x("</div>") }</script>'
        "<pre><code>&lt;p&gt;</code></pre></article>"
    )
    assert unbalanced(html) == []


def test_every_entry_of_every_listing_is_balanced_html(corpus_builds) -> None:
    name, built = corpus_builds.name, corpus_builds.default
    pages = entries = 0
    problems = []
    for path in built.html_files():
        page = path.read_text("utf-8")
        if 'class="jb-listing' not in page or 'class="jb-listing jb-compact' in page:
            continue  # a compact list's entries are a date and a title, written by the plugin
        pages += 1
        sources = entry_sources(page)
        tree = lxml.html.fromstring(page)
        assert tree.cssselect(".jb-listing"), path
        shown = tree.cssselect(".jb-entry")
        # an open comment or element in one entry would swallow or hold the next ones
        assert len(shown) == len(sources), f"{path}: {len(shown)} entries, {len(sources)} written"
        for source in sources:
            entries += 1
            for problem in unbalanced(source):
                title = re.search(r'class="jb-entry-title"><a [^>]*>([^<]*)', source)
                problems.append(f"{canonical(built, path)}: {title and title[1]!r}: {problem}")
    print(f"{name}: {entries} entries on {pages} listing pages, {len(problems)} problems")
    assert pages and entries
    assert not problems, "\n".join(problems[:40])
