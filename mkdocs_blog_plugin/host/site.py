"""What the blog needs to know of the site, made once a build from mkdocs.yml and the options."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from babel import Locale
from mkdocs.config.defaults import MkDocsConfig

from ..config import BlogConfig
from ..html.absolute_links import absolute_url
from ..i18n.labels import Labels, load_labels
from ..i18n.local_dates import LocalDates, locale_of
from ..jekyll.dates import load_zone
from ..jekyll.problems import RuleError
from .report import log


@dataclass(frozen=True)
class SiteFacts:
    url: str  # `site_url` ending in "/", or "/" without one
    has_url: bool  # feeds and absolute redirects need a real `site_url`
    base_path: str  # the path the site is served under: "/docs/" or "/"
    language: str | None  # the blog's language as a language tag (`pt_BR` → `pt-BR`)
    zone: ZoneInfo  # the blog's time zone
    labels: Labels  # the plugin's words in that language
    dates: LocalDates  # and its dates
    blog_title: str  # the blog's: its index's and its nav section's
    first_blog: bool  # the site's first (or only) blog; another's feeds carry its title

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


def site_facts(config: MkDocsConfig, options: BlogConfig, first: bool = True) -> SiteFacts:
    """`first`: the site's first (or only) blog, titled "Blog" in its language unless `title`
    says otherwise; another is titled by its folder ("releases": "Releases")."""
    site_url = config.site_url or ""
    base = urlsplit(site_url or "/").path or "/"
    written = options.language or config.theme.get("language") or config.theme.get("locale")
    language = str(written).replace("_", "-") if written else None
    dates = LocalDates(_locale(language), options.date_format)
    labels = load_labels(language, dates.direction, options.labels)
    folder = options.blog_dir.strip("/").rsplit("/", 1)[-1]
    title = options.title or (labels["blog"] if first or not folder else folder.capitalize())
    return SiteFacts(
        url=site_url if site_url.endswith("/") else site_url + "/",
        has_url=bool(site_url),
        base_path=base if base.endswith("/") else base + "/",
        language=language,
        zone=load_zone(options.timezone),
        labels=labels,
        dates=dates,
        blog_title=title,
        first_blog=first,
    )


def _locale(language: str | None) -> Locale:
    """The theme's language as Babel knows it (the `language` option is checked already);
    English for one it does not know."""
    try:
        return locale_of(language or "en")
    except RuleError:
        log.info(f"jekyll-blog: dates in English: Babel does not know the language {language!r}")
        return locale_of("en")
