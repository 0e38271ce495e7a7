"""HTML made once and shown on many pages: its links to the site are kept as site paths and made
relative again for each page that shows it (an excerpt on listing pages, a post's entry in every
list it is in, a feed)."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

import lxml.html
from markupsafe import Markup
from mkdocs.utils import get_relative_url


@dataclass(frozen=True)
class PortableHtml:
    parts: tuple[str, ...]  # one more than `targets`: text between the links
    targets: tuple[str, ...]  # site-relative URLs ("blog/2014/x/", "img/a.png#top")

    def on_page(self, page_url: str) -> str:
        """The HTML with its links relative to the page at URL `page_url`."""
        out = [self.parts[0]]
        # A page links to the same target again and again (each post twice, its tags); pairs
        # of target and page hardly recur across pages, so nothing is kept between them.
        seen: dict[str, str] = {}
        for target, part in zip(self.targets, self.parts[1:], strict=True):
            url = seen.get(target)
            if url is None:
                path, hash_mark, fragment = target.partition("#")
                url = seen[target] = f"{get_relative_url(path, page_url)}{hash_mark}{fragment}"
            out += [url, part]
        return "".join(out)

    def linked(self, link: Callable[[str], str]) -> str:
        """The HTML with each target replaced by `link(target)`."""
        out = [self.parts[0]]
        for target, part in zip(self.targets, self.parts[1:], strict=True):
            out += [link(target), part]
        return "".join(out)


class TokenClash(ValueError):
    """Text that reads as a link token."""


class LinkRecorder:
    """Hands out a token per site path while HTML is made; `portable` then finds them.

    A token is entity-like markup, `&jb-url-3;`, put into templates unescaped: no text can hold
    it, since Jinja and lxml write every `&` of a text as `&amp;`. In HTML that lxml serializes
    after the tokens went in, they are escaped themselves (`&amp;jb-url-3;`) like the text
    around them, so there the count of tokens found is checked against the count handed out,
    and a `salt` makes other tokens for another try.
    """

    def __init__(self, salt: str = "") -> None:
        self._token = f"&jb-url-{salt}{{}};"
        self._found = re.compile(f"&jb-url-{re.escape(salt)}(\\d+);")
        self._found_escaped = re.compile(f"&amp;jb-url-{re.escape(salt)}(\\d+);")
        self._targets: list[str] = []
        self._tokens: dict[str, Markup] = {}  # a path asked for again gets its token again
        self.handed_out = 0

    def __call__(self, site_path: str) -> Markup:
        self.handed_out += 1
        token = self._tokens.get(site_path)
        if token is None:
            token = self._tokens[site_path] = Markup(self._token.format(len(self._targets)))
            self._targets.append(site_path)
        return token

    def portable(self, html: str, *, escaped: bool = False) -> PortableHtml:
        """`html`, made with this recorder's tokens (`escaped`: as lxml serializes them), as
        PortableHtml."""
        pieces = (self._found_escaped if escaped else self._found).split(html)
        try:
            targets = tuple(self._targets[int(i)] for i in pieces[1::2])
        except IndexError:
            raise TokenClash("the HTML holds a token this recorder did not hand out") from None
        return PortableHtml(tuple(pieces[::2]), targets)


def portable(fragment: str, page_url: str) -> PortableHtml:
    """`fragment`, from the page at `page_url`, balanced (elements a cut left open are closed)."""
    if not fragment.strip():
        return PortableHtml(("",), ())
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url) + "/"
    salt = ""
    while True:  # a text that holds a token is tried again with other tokens
        record = LinkRecorder(salt)
        out = []
        for part in lxml.html.fragments_fromstring(fragment):
            if isinstance(part, str):
                out.append(escape(part, quote=False))
                continue
            for element in part.iter():
                for attribute in ("href", "src"):
                    value = element.get(attribute)
                    if value is not None and _is_relative(value):
                        element.set(attribute, record(_site_path(base, value, page_url)))
            out.append(lxml.html.tostring(part, encoding="unicode"))
        try:
            found = record.portable("".join(out).strip(), escaped=True)
        except TokenClash:
            found = None
        if found is not None and len(found.targets) == record.handed_out:
            return found
        salt += "x"


def _is_relative(url: str) -> bool:
    parts = urlsplit(url)
    return not (parts.scheme or parts.netloc or url.startswith("/"))


def _site_path(base: str, url: str, page_url: str) -> str:
    parts = urlsplit(url)
    if not parts.path:
        path = page_url
    else:
        path = posixpath.normpath(posixpath.join("/" + base, parts.path)).lstrip("/")
        if parts.path.endswith("/") and not path.endswith("/"):
            path += "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{path}{query}#{parts.fragment}" if parts.fragment else f"{path}{query}"
