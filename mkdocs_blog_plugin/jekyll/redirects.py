"""Which old URLs get a redirect page, as jekyll-redirect-from decides (R: redirectable.rb,
redirect_page.rb, redirect.html), written so that they work on any static host.

Jekyll writes an extension-less `/foo` to `foo.html`, which only hosts that map `/foo` to
`foo.html` serve (GitHub Pages does; plain nginx, S3 and `mkdocs serve` do not); here such a path
also gets `foo/index.html`, which every static host reaches by redirecting `/foo` to `/foo/`.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from .destination import safe_relative_path

# Extensions a host serves as HTML: a path ending in one is served from the file of that name.
_HTML_EXTENSIONS = (".html", ".htm")
_HTTP_ORIGIN = re.compile(r"\Ahttps?://[^/?#]+", re.IGNORECASE)


def redirect_from_paths(value: object) -> list[str]:
    """The paths of front matter `redirect_from` (a string or a list of them; other values
    ignored), site-root relative with a leading "/", without repeats. Of a full
    `http(s)://host/path` URL only the part after the host is kept."""
    paths: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if not isinstance(item, str) or not item.strip():
            continue
        path = _HTTP_ORIGIN.sub("", item.strip(), count=1)
        path = path if path.startswith("/") else f"/{path}"
        if path not in paths:
            paths.append(path)
    return paths


def redirect_to_target(value: object) -> str | None:
    """Front matter `redirect_to`: a string, or the first non-empty string of a list."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str) and item.strip():
            return item.strip()
    return None


def redirect_files(path: str) -> list[str]:
    """Every file inside site_dir to write so that `path` keeps working on a static host and
    under `mkdocs serve`.

    `/foo` → `foo.html` (for hosts that map `/foo` to it, as Jekyll relied on) and
    `foo/index.html` (for every other host, which redirects `/foo` to `/foo/`); `/foo/` →
    `foo/index.html`; `/foo.html` → only `foo.html`: `foo/index.html` would serve other URLs
    (`/foo/`), usually the post's own new one. A query or fragment is dropped; percent-escapes,
    `..` and backslashes can never lead outside site_dir.
    """
    raw = re.split(r"[?#]", path, maxsplit=1)[0]
    relative = safe_relative_path(raw)
    last = unquote(raw).replace("\\", "/").rsplit("/", 1)[-1]
    if not relative:
        return ["index.html"]
    if last in ("", ".", ".."):  # a folder, as a browser resolves `/foo/.`
        return [f"{relative}/index.html"]
    if relative.lower().endswith(_HTML_EXTENSIONS):
        return [relative]
    return [f"{relative}.html", f"{relative}/index.html"]


def legacy_paths(old_url: str) -> list[str]:
    """The URLs a Jekyll site served for a post whose URL was `old_url` (output `.html`), as
    GitHub Pages served them: the URL itself, and `/x.html` also as `/x`, an extension-less `/x`
    (written to `x.html`) also as `/x.html`, a folder `/x/` also as `/x/index.html`."""
    if old_url.endswith("/"):
        return [old_url, f"{old_url}index.html"]
    if old_url.endswith(".html"):
        return [old_url, old_url.removesuffix(".html")]
    return [old_url, f"{old_url}.html"]
