"""What the blog needs to know of the site, made once a build from mkdocs.yml and the options."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from mkdocs.config.defaults import MkDocsConfig

from ..config import BlogConfig
from ..html.absolute_links import absolute_url
from ..jekyll.dates import load_zone


@dataclass(frozen=True)
class SiteFacts:
    url: str  # `site_url` ending in "/", or "/" without one
    has_url: bool  # feeds and absolute redirects need a real `site_url`
    base_path: str  # the path the site is served under: "/docs/" or "/"
    language: str | None  # the theme's language as a language tag (`pt_BR` → `pt-BR`)
    zone: ZoneInfo  # the blog's time zone

    def absolute(self, url: str) -> str:
        """A URL from front matter or a data file against the site, as Jekyll's `absolute_url`:
        a path (`/new/`) is under the site's base path, a full URL stays as it is."""
        return absolute_url(url, self.url)

    @property
    def liquid_url(self) -> str:
        """Jekyll's `site.url` with the base path (`{{ site.url }}{{ page.url }}`): no end slash."""
        return self.url.rstrip("/") if self.has_url else ""

    @property
    def liquid_baseurl(self) -> str:
        """Jekyll's `site.baseurl`: the base path without its end slash."""
        return self.base_path.rstrip("/")


def site_facts(config: MkDocsConfig, options: BlogConfig) -> SiteFacts:
    site_url = config.site_url or ""
    base = urlsplit(site_url or "/").path or "/"
    language = config.theme.get("language") or config.theme.get("locale")
    return SiteFacts(
        url=site_url if site_url.endswith("/") else site_url + "/",
        has_url=bool(site_url),
        base_path=base if base.endswith("/") else base + "/",
        language=str(language).replace("_", "-") if language else None,
        zone=load_zone(options.timezone),
    )
