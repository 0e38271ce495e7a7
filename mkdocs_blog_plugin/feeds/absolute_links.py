"""Links inside an HTML fragment made absolute, so that they work in a feed reader."""

from __future__ import annotations

import html as html_escaping
import re
from urllib.parse import urljoin

import lxml.html

from .xml_chars import xml_safe

# lxml's `iterlinks` knows neither of these: a `srcset` holds several URLs, a `poster` one.
_SRCSET_URL = re.compile(r"[\s,]*([^\s,]\S*)")
_SRCSET_DESCRIPTORS = re.compile(r"[^,(]*(?:\([^)]*\)?[^,(]*)*")


def absolute_html(html: str, base_url: str) -> str:
    """`html` with every link that lxml's `iterlinks` finds, and every `srcset` and `poster`,
    resolved against `base_url`; a URL that cannot be parsed is left as it is."""
    root = lxml.html.fragment_fromstring(xml_safe(html), create_parent="div")
    root.make_links_absolute(base_url, resolve_base_href=False, handle_failures="ignore")
    for element in root.xpath(".//*[@poster]"):
        element.set("poster", _join(base_url, element.get("poster").strip()))
    for element in root.xpath(".//*[@srcset]"):
        element.set("srcset", _absolute_srcset(element.get("srcset"), base_url))
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
