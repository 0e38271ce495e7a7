"""The addresses an old Jekyll site served besides its posts, from its `_config.yml`:
jekyll-archives' pages (A: archive.rb, its `permalinks:`) and jekyll-feed's category and tag
feeds (F: generator.rb), all under the site's `baseurl`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .destination import safe_relative_path
from .slugify import SLUGIFY_MODES, slugify

# jekyll-archives' defaults, by its singular kind names
ARCHIVE_PERMALINKS = {
    "year": "/:year/",
    "month": "/:year/:month/",
    "day": "/:year/:month/:day/",
    "tag": "/tag/:name/",
    "category": "/category/:name/",
}
_ENABLED_NAMES = {
    "year": "year",
    "month": "month",
    "day": "day",
    "tags": "tag",
    "categories": "category",
}
_TAG_FEED_NAME = re.compile(r"\A[A-Za-z0-9_]+\Z")  # jekyll-feed skips any other tag


@dataclass(frozen=True)
class TagFeeds:
    """jekyll-feed's `feed.tags`: a feed per tag at `<path><tag>.xml`."""

    path: str = "feed/by_tag/"
    only: tuple[str, ...] | None = None
    excluded: tuple[str, ...] = ()

    def path_of(self, tag: str) -> str | None:
        """Where jekyll-feed wrote the tag's feed (site-relative), None where it wrote none."""
        if not _TAG_FEED_NAME.match(tag) or tag in self.excluded:
            return None
        if self.only is not None and tag not in self.only:
            return None
        return safe_relative_path(f"{self.path.rstrip('/')}/{tag}.xml") or None


@dataclass(frozen=True)
class OldAddresses:
    baseurl: str = ""  # "" or "/blog": every old address was under it
    archives: Mapping[str, str] = field(default_factory=dict)  # kind → its permalink
    slug_mode: str = "default"  # jekyll-archives' `slug_mode`
    category_feeds: tuple[str, ...] = ()  # jekyll-feed's `feed.categories`
    tag_feeds: TagFeeds | None = None

    def archive_path(
        self,
        kind: str,
        name: str | None = None,
        year: int | None = None,
        month: int | None = None,
        day: int | None = None,
    ) -> str | None:
        """The URL path jekyll-archives gave a tag's, a category's or a date's page (without
        the baseurl); None where it built none (its kind off, or an empty slug)."""
        template = self.archives.get(kind)
        if template is None:
            return None
        values = {
            ":name": slugify(name, self.slug_mode) if name is not None else "",
            ":year": f"{year:04d}" if year is not None else "",
            ":month": f"{month:02d}" if month is not None else "",
            ":day": f"{day:02d}" if day is not None else "",
        }
        if kind in ("tag", "category") and not values[":name"]:
            return None
        path = re.sub(r":(name|year|month|day)", lambda m: values[m.group(0)], template)
        return path if path.startswith("/") else f"/{path}"

    @staticmethod
    def category_feed_path(category: str) -> str | None:
        return safe_relative_path(f"feed/{category}.xml") or None

    def in_new_site(self, path: str, base_path: str) -> str | None:
        """The old site's `path` (under its baseurl) as a path in a site served at
        `base_path`; None where the new site cannot hold it (outside its folder)."""
        full = self.baseurl + "/" + path.lstrip("/")
        if not full.startswith(base_path):
            return None
        return "/" + full[len(base_path) :]


def archive_permalinks(settings: Mapping[str, object]) -> dict[str, str]:
    """jekyll-archives' enabled kinds (`enabled: true`, `all`, or a list) with their permalinks:
    its defaults, under the user's `permalinks:`."""
    enabled = settings.get("enabled")
    if enabled is True or enabled == "all":
        kinds = list(ARCHIVE_PERMALINKS)
    elif isinstance(enabled, list):
        kinds = [_ENABLED_NAMES[k] for k in enabled if isinstance(k, str) and k in _ENABLED_NAMES]
    else:
        kinds = []
    own = settings.get("permalinks")
    own = own if isinstance(own, Mapping) else {}
    return {
        kind: str(own[kind]) if isinstance(own.get(kind), str) else ARCHIVE_PERMALINKS[kind]
        for kind in kinds
    }


def archive_slug_mode(settings: Mapping[str, object]) -> str:
    mode = settings.get("slug_mode")
    return mode if isinstance(mode, str) and mode in SLUGIFY_MODES else "default"


def tag_feeds(setting: object) -> TagFeeds | None:
    """jekyll-feed's `feed.tags`: `true`, or `{only, except, path}`; anything else: none."""
    if setting is True:
        return TagFeeds()
    if not isinstance(setting, Mapping):
        return None
    path = setting.get("path")
    only = setting.get("only")
    excluded = setting.get("except")
    return TagFeeds(
        path=path if isinstance(path, str) and path else "feed/by_tag/",
        only=tuple(str(t) for t in only) if isinstance(only, list) else None,
        excluded=tuple(str(t) for t in excluded) if isinstance(excluded, list) else (),
    )
