"""Reading a built blog back from its HTML: which posts each listing page shows, and whether
every post is where its tags, categories and date say it should be."""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
from sitebuild import Built, text


def site_path(built: Built, page: Path, href: str) -> str:
    """`href` on `page`, as a canonical path in the site ("blog/tag/x/")."""
    page_path = "/" + page.relative_to(built.site).as_posix()
    target = posixpath.normpath(
        posixpath.join(posixpath.dirname(page_path), unquote(urlsplit(href).path))
    )
    path = built.site / target.lstrip("/")
    if path.is_dir():
        path = path / "index.html"
    rel = path.relative_to(built.site).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def page_of(built: Built, canonical: str) -> Path:
    path = built.site / canonical
    return path / "index.html" if canonical.endswith("/") or not canonical else path


@dataclass
class PostInfo:
    title: str
    date: str
    tags: dict[str, str] = field(default_factory=dict)  # tag text → tag page
    categories: dict[str, str] = field(default_factory=dict)


def post_pages(built: Built) -> dict[str, PostInfo]:
    """Every post page of the site by its canonical path, whatever its file's extension (a
    permalink such as `0.0` writes the page to a file of that name, as Jekyll does)."""
    posts = {}
    for path in sorted(p for p in built.site.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        # Material's pages start with a newline before the doctype
        # (a minifier may drop the quotes)
        if not re.search(rb'class="?jb-post-header', raw) or not raw.lstrip()[
            :15
        ].lower().startswith(b"<!doctype html"):
            continue
        doc = lxml.html.fromstring(raw)
        header = doc.cssselect("header.jb-post-header")[0]
        info = PostInfo(
            text(header.cssselect("h1")[0]), header.cssselect("time")[0].get("datetime")
        )
        for kind, mapping in (("jb-tag", info.tags), ("jb-category", info.categories)):
            for link in header.cssselect(f"a.{kind}"):
                mapping[text(link)] = site_path(built, path, link.get("href"))
        rel = path.relative_to(built.site).as_posix()
        posts[rel[: -len("index.html")] if rel.endswith("index.html") else rel] = info
    return posts


def listed_posts(built: Built, start: str) -> list[str]:
    """The posts a listing shows, following its pagination from `start` (canonical paths)."""
    found: list[str] = []
    current: str | None = start
    seen = set()
    while current is not None and current not in seen:
        seen.add(current)
        path = page_of(built, current)
        doc = lxml.html.fromstring(path.read_bytes())
        for link in doc.cssselect(".jb-entry .jb-entry-title a, .jb-entry a.jb-entry-title"):
            found.append(site_path(built, path, link.get("href")))
        older = doc.cssselect(".jb-pagination a.jb-older")
        current = site_path(built, path, older[0].get("href")) if older else None
    return found


def duplicates(items: list[str]) -> list[str]:
    return [item for item, n in Counter(items).items() if n > 1]


# --- whether HTML is balanced ---------------------------------------------------------------

VOID = frozenset(
    {
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"),
        *("source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame"),
    }
)
FOREIGN = ("svg", "math")  # inside them `<x/>` closes itself
ENTRY_START = '<article class="jb-entry">'
# How jekyll-blog-entry.html ends an entry.
ENTRY_END = re.compile(r'<p class="jb-more"><a [^\n]*</p>\s*</article>')


class Balance(HTMLParser):
    """The elements an HTML fragment leaves open, read from its source text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.open: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # in HTML `<div/>` opens a div; only void and foreign (SVG, MathML) elements close so
        if tag not in VOID and not any(name in FOREIGN for name in self.open):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.open and self.open[-1] == tag:
            self.open.pop()
        elif tag in self.open:
            at = len(self.open) - 1 - self.open[::-1].index(tag)
            self.problems.append(f"</{tag}> leaves <{'>, <'.join(self.open[at + 1 :])}> open")
            del self.open[at:]
        else:
            self.problems.append(f"</{tag}> closes no open element")


def unbalanced(html: str) -> list[str]:
    """What is wrong with the balance of `html`: end tags that leave elements open or close
    none, elements open at its end, and a comment (or tag) its end leaves open."""
    parser = Balance()
    parser.feed(html)
    problems = list(parser.problems)
    if parser.open:
        problems.append(f"<{'>, <'.join(parser.open)}> open at the end")
    rest = parser.rawdata  # what the parser still waits to see the end of
    if rest.startswith("<!--"):
        problems.append(f"a comment open at the end: {rest[:80]!r}")
    elif rest:
        problems.append(f"unfinished at the end: {rest[:80]!r}")
    parser.close()
    return problems


def entry_sources(page: str) -> list[str]:
    """Each entry of a listing page as the page's text writes it, start tag to end tag."""
    sources = []
    start = page.find(ENTRY_START)
    while start >= 0:
        end = ENTRY_END.search(page, start)
        assert end is not None, f"an entry with no end: {page[start : start + 300]!r}"
        sources.append(page[start : end.end()])
        start = page.find(ENTRY_START, end.end())
    return sources
