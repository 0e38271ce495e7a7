"""Links inside an HTML fragment made absolute, so that they work in a feed reader."""

from __future__ import annotations

import html as html_escaping
import re
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from lxml.html.defs import link_attrs

from .xml_chars import xml_safe

# The attributes that hold one URL for lxml's `iterlinks`, and `poster`, which it does not know.
_URL_ATTRIBUTES = link_attrs | {"poster"}
_WATCHED = _URL_ATTRIBUTES | {"srcset", "style"}
_WITH_ATTRIBUTES = etree.XPath("descendant::*[@*]")
# `iterlinks` also finds links inside these elements and in a `style` attribute's `url()`: a
# fragment with any of them goes through lxml's `make_links_absolute` (slower: it asks every
# element for every attribute), the others through one pass here, which gives the same result.
_LXML_TAGS = ("object", "meta", "param", "style")
_CSS_URL = re.compile(r"url\(", re.IGNORECASE)
# A `srcset` holds several URLs.
_SRCSET_URL = re.compile(r"[\s,]*([^\s,]\S*)")
_SRCSET_DESCRIPTORS = re.compile(r"[^,(]*(?:\([^)]*\)?[^,(]*)*")


def absolute_url(url: str, site_url: str) -> str:
    """A URL from front matter or a data file against the site, as Jekyll's `absolute_url`:
    a path (`/new/`) is under the site's base path, a full URL stays as it is."""
    return url if "://" in url else urljoin(site_url, url.lstrip("/"))


def absolute_html(html: str, base_url: str) -> str:
    """`html` with every link that lxml's `iterlinks` finds, and every `srcset` and `poster`,
    resolved against `base_url`; a URL that cannot be parsed is left as it is."""
    root = lxml.html.fragment_fromstring(xml_safe(html), create_parent="div")
    links = [
        (element, name, value)
        for element in _WITH_ATTRIBUTES(root)
        for name, value in element.items()
        if name in _WATCHED
    ]
    resolve = _URL_ATTRIBUTES
    if next(root.iter(*_LXML_TAGS), None) is not None or any(
        name == "style" and _CSS_URL.search(value) for _, name, value in links
    ):
        root.make_links_absolute(base_url, resolve_base_href=False, handle_failures="ignore")
        resolve = frozenset({"poster"})
    for element, name, value in links:
        if name == "srcset":
            element.set(name, _absolute_srcset(value, base_url))
        elif name in resolve:
            url = _join(base_url, value.strip())
            if url != value:
                element.set(name, url)
    inner = [html_escaping.escape(root.text or "", quote=False)]
    inner += [lxml.html.tostring(child, encoding="unicode") for child in root]
    return "".join(inner)


def _join(base_url: str, url: str) -> str:
    try:
        return urljoin(base_url, url)
    except ValueError:
        return url


def _absolute_srcset(srcset: str, base_url: str) -> str:
    """Each candidate's URL resolved in place, parsed as HTML does: a URL runs to the next
    space, and commas ending it separate candidates (`a.png,b.png 2x` is one URL)."""
    pieces: list[str] = []
    end = 0
    while match := _SRCSET_URL.match(srcset, end):
        url = match.group(1).rstrip(",")
        start = match.start(1)
        pieces += [srcset[end:start], _join(base_url, url)]
        end = start + len(url)
        if len(url) == len(match.group(1)):  # no comma after the URL: descriptors follow
            descriptors = _SRCSET_DESCRIPTORS.match(srcset, end)
            assert descriptors is not None  # the pattern also matches the empty string
            pieces.append(srcset[end : descriptors.end()])
            end = descriptors.end()
    pieces.append(srcset[end:])
    return "".join(pieces)
