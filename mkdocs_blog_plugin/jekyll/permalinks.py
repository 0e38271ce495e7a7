"""Post URLs as Jekyll 4.3 builds them: permalink styles (configuration.rb), placeholders
(drops/url_drop.rb), URL expansion and sanitising (url.rb), and the output file (document.rb).

Two deliberate differences from Jekyll, both only for URLs that would later be turned into paths
outside the site or into broken links:

* a `?` in a placeholder value is escaped as `%3F` (Addressable keeps it, starting a query);
* the sanitised URL is also made safe once percent-decoded and read with `\\` as a separator
  (as browsers do): a `\\` in the template becomes `/`, and encoded dot segments are resolved the
  way Jekyll resolves them when it writes the file (`/%2e%2e/baddie.html` -> `/baddie.html`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from urllib.parse import quote, unquote

from .problems import RuleError
from .ruby import ruby_downcase
from .slugify import slugify

STYLES: dict[str, str] = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}

# Ruby's %a/%A/%b/%B are English whatever the locale.
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_PLACEHOLDER = re.compile(r":([a-z_]+)")
_PLAIN_VALUE = re.compile(r"[a-zA-Z0-9./-]+")
# RFC 3986 pchar minus percent-encoded octets, plus "/": what Jekyll leaves unescaped.
_PATH_SAFE = "!$&'()*+,;=:@/~"
_SEPARATORS = re.compile(r"[/\\]")


def permalink_template(style_or_template: str) -> str:
    """The site `permalink` setting as a template: a style name gives its template, anything
    else is the template itself (a front matter `permalink` is always a template)."""
    return STYLES.get(style_or_template, style_or_template)


def post_placeholders(
    *,
    date: datetime,
    slug: str,
    categories: Sequence[str],
    output_ext: str,
    name: str,
    relative_path: str | None = None,
) -> dict[str, str]:
    """The values of every placeholder Jekyll knows for a post.

    `date` is already in the site's zone; `slug` is the front matter `slug` or the file name's;
    `categories` are the post's, case kept; `name` is the file's name without its extension;
    `relative_path` is the file's path from the site source (`blog/_posts/2014-02-11-x.md`), for
    `:path`; without it the post is taken to sit directly in `_posts/`.
    """
    iso_year, iso_week, iso_day = date.isocalendar()
    if relative_path is None:
        path = f"/{name}"
    else:
        stem = relative_path[: len(relative_path) - len(os.path.splitext(relative_path)[1])]
        path = stem.replace("_posts", "", 1)
    return {
        "collection": "posts",
        "path": path.rstrip("."),
        "output_ext": output_ext,
        "name": slugify(name),
        "title": slugify(slug, "pretty", cased=True),
        "slug": slugify(slug),
        "categories": "/".join(dict.fromkeys(ruby_downcase(c) for c in categories)),
        "slugified_categories": "/".join(dict.fromkeys(slugify(c) for c in categories)),
        "year": f"{date.year:04d}",
        "month": f"{date.month:02d}",
        "day": f"{date.day:02d}",
        "hour": f"{date.hour:02d}",
        "minute": f"{date.minute:02d}",
        "second": f"{date.second:02d}",
        "i_day": str(date.day),
        "i_month": str(date.month),
        "short_month": _MONTHS[date.month - 1][:3],
        "long_month": _MONTHS[date.month - 1],
        "short_year": f"{date.year % 100:02d}",
        "w_year": f"{iso_year:04d}",
        "week": f"{iso_week:02d}",
        "w_day": str(iso_day),
        "short_day": _DAYS[iso_day - 1][:3],
        "long_day": _DAYS[iso_day - 1],
        "y_day": f"{date.timetuple().tm_yday:03d}",
    }


def escape_path(value: str) -> str:
    """Jekyll's `URL.escape_path`: plain values as they are, others percent-encoded (UTF-8)
    except for the characters a URL path segment may hold."""
    if value == "" or _PLAIN_VALUE.fullmatch(value):
        return value
    return quote(value, safe=_PATH_SAFE)


def expand_url(template: str, placeholders: Mapping[str, str]) -> str:
    """The URL for `template` (a site or front matter permalink), as Jekyll's `URL#to_s`.

    A placeholder is `:` and `[a-z_]+`; a name ending in `_` that is not known is tried without
    that `_` (`:month_:day`). An unknown placeholder raises RuleError, as it stops Jekyll.
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        keys = (name, name[:-1]) if name.endswith("_") else (name,)
        for key in keys:
            if key in placeholders:
                return escape_path(placeholders[key]) + match.group()[len(key) + 1 :]
        raise RuleError(
            f"The URL template doesn't have {' or '.join(keys)} keys. "
            "Check your permalink template!"
        )

    url = _PLACEHOLDER.sub(replace, template).replace("\\", "/")
    url = re.sub("/{2,}", "/", f"/{url}".replace("..", "/").replace("./", ""))
    segments = _SEPARATORS.split(unquote(url))[1:]
    if segments[-1] == "":
        segments.pop()
    if any(segment.strip(".") == "" for segment in segments):
        return _confine(segments, url.endswith("/"))
    return url


def _confine(segments: list[str], trailing_slash: bool) -> str:
    """The URL of percent-decoded `segments`: ".." goes up (never above the root), empty and
    other dots-only segments are dropped."""
    parts: list[str] = []
    for segment in segments:
        if segment == "..":
            if parts:
                parts.pop()
        elif segment.strip(".") != "":
            parts.append(escape_path(segment))
    return "/" + "/".join(parts) + ("/" if trailing_slash and parts else "")


def output_ext_for(permalink: str | None, converter_ext: str) -> str:
    """A post's output extension (Jekyll's `Renderer#output_ext`): the extension of its front
    matter permalink when that does not end with "/" and has one, else the converter's."""
    if permalink and not permalink.endswith("/"):
        ext = _ruby_extname(permalink)
        if ext:
            return ext
    return converter_ext


def _ruby_extname(path: str) -> str:
    """Ruby's `File.extname`: leading dots of the base name do not start an extension."""
    base = path.rsplit("/", 1)[-1]
    stripped = base.lstrip(".")
    dot = stripped.rfind(".")
    return "" if dot <= 0 or dot == len(stripped) - 1 else stripped[dot:]
