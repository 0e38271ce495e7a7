"""Reading a built blog back from its HTML: which posts each listing page shows, and whether
every post is where its tags, categories and date say it should be."""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field
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
