"""A link checker over a built site: every internal link and resource must resolve to a file."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html

CHECKED = {"a": "href", "img": "src", "link": "href", "script": "src"}


def broken_links(site: Path, base: str = "/", *, authors_absolute: bool = True) -> list[str]:
    """`base` is the path of the site's URL ("/tidekit/"): absolute links must stay under it.

    With `authors_absolute=False`, site-absolute links that a post's author wrote (in its body
    or excerpt) are not checked: a corpus of posts without the rest of its old site links many
    pages and images that were never copied. Every link the plugin or MkDocs made still is.
    """
    broken = []
    for page in sorted(site.rglob("*.html")):
        doc = lxml.html.fromstring(page.read_bytes())
        page_path = "/" + page.relative_to(site).as_posix()
        written = "//*[@class='jb-post-body' or @class='jb-excerpt']//*"
        in_body = set() if authors_absolute else set(doc.xpath(written))
        for element, attribute, link, _ in doc.iterlinks():
            if CHECKED.get(element.tag) != attribute:
                continue
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            if parts.path.startswith(("/", "\\")):
                if element in in_body:
                    continue
                if not parts.path.startswith(base):
                    broken.append(f"{page.relative_to(site)}: {link} (outside {base})")
                    continue
                target = parts.path[len(base) - 1 :]
            else:
                target = posixpath.normpath(
                    posixpath.join(posixpath.dirname(page_path), parts.path)
                )
            path = site / unquote(target).lstrip("/")
            if not (path.is_file() or (path / "index.html").is_file()):
                broken.append(f"{page.relative_to(site)}: {link}")
    return broken
