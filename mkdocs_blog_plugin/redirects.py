"""Redirect pages for old URLs, as jekyll-redirect-from makes them (R: redirectable.rb,
redirect_page.rb, redirect.html), written so that they work on any static host.

Jekyll writes an extension-less `/foo` to `foo.html`, which only hosts that map `/foo` to
`foo.html` serve (GitHub Pages does; plain nginx, S3 and `mkdocs serve` do not); here such a path
also gets `foo/index.html`, which every static host reaches by redirecting `/foo` to `/foo/`.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import unquote

from .placement import safe_relative_path

# Extensions a host serves as HTML: a path ending in one is served from the file of that name.
_HTML_EXTENSIONS = (".html", ".htm")
_HTTP_ORIGIN = re.compile(r"\Ahttps?://[^/?#]+", re.IGNORECASE)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# What browsers do to a URL before reading it: strip C0 controls and spaces at both ends, and
# drop every tab and line break.
_URL_EDGES = "".join(chr(code) for code in range(0x21))
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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


def redirect_html(target: str, language: str | None = None) -> str:
    """A page that sends its visitors and search engines to `target`: a canonical link, a
    0-second refresh, a script, a visible link and `noindex` (jekyll-redirect-from's page).

    `target` is an http(s) URL or a relative one; any other scheme (`javascript:`, `data:`) or a
    control character in it raises ValueError, so front matter cannot turn the page into a
    script. It is HTML-escaped in attributes and a JSON string in the script, with `<` escaped so
    that nothing in it can end or alter the script element.
    """
    url = _TAB_OR_NEWLINE.sub("", target.strip(_URL_EDGES))
    if not url:
        raise ValueError("redirect target is empty")
    if _CONTROL.search(url):
        raise ValueError(f"redirect target {target!r} contains a control character")
    scheme = _SCHEME.match(url)
    if scheme and scheme.group().lower() not in ("http:", "https:"):
        raise ValueError(f"redirect target {target!r} is not an http(s) or relative URL")
    attribute = html.escape(url, quote=True)
    script = json.dumps(url).replace("<", "\\u003c")
    lang = f' lang="{html.escape(language, quote=True)}"' if language else ""
    return (
        "<!DOCTYPE html>\n"
        f"<html{lang}>\n"
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>Redirecting&hellip;</title>\n"
        f'<link rel="canonical" href="{attribute}">\n'
        f'<meta http-equiv="refresh" content="0; url={attribute}">\n'
        '<meta name="robots" content="noindex">\n'
        f"<script>location={script}</script>\n"
        "</head>\n"
        "<body>\n"
        "<h1>Redirecting&hellip;</h1>\n"
        f'<a href="{attribute}">Click here if you are not redirected.</a>\n'
        "</body>\n"
        "</html>\n"
    )
