"""The page left at an old URL: it sends visitors and search engines to the new one, as
jekyll-redirect-from's redirect.html does."""

from __future__ import annotations

import html
import json
import re

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# What browsers do to a URL before reading it: strip C0 controls and spaces at both ends, and
# drop every tab and line break.
_URL_EDGES = "".join(chr(code) for code in range(0x21))
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
