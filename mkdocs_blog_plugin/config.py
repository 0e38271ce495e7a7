"""The plugin's options (the contract in DESIGN.md), validated with MkDocs' own config options."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, get_args

from mkdocs.config import base
from mkdocs.config import config_options as c

from .i18n.labels import check_overrides
from .i18n.local_dates import locale_of
from .jekyll.dates import load_zone
from .jekyll.problems import RuleError
from .jekyll.slugify import SLUGIFY_MODES
from .kramdown import KramdownOptions
from .pages.kinds import ListingStyle


class NullableName(base.BaseConfigOption[Any]):
    """A file name with a default that an explicit `null` turns off (MkDocs' `Optional` cannot)."""

    def __init__(self, default: str) -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip("/ "):
            raise base.ValidationError(f"Expected a file name or null, got {value!r}")
        return value.strip("/")


class FeedsConfig(base.Config):
    atom = NullableName("feed.xml")
    rss = NullableName("rss.xml")
    json = NullableName("feed.json")
    limit = c.Type(int, default=20)
    content = c.Choice(("full", "excerpt"), default="full")
    per_tag = c.Type(bool, default=True)
    per_category = c.Type(bool, default=True)
    per_author = c.Type(bool, default=True)  # in every format switched on
    # the formats of each tag's and category's feed (jekyll-feed writes Atom only)
    term_formats = c.ListOfItems(c.Choice(("atom", "rss", "json")), default=["atom"])


class DraftsOption(base.BaseConfigOption[Any]):
    """`true`, `false` or `serve`."""

    def __init__(self) -> None:
        super().__init__()
        self.default = "serve"

    def run_validation(self, value: object) -> bool | str:
        if value in (True, False, "serve"):
            return value
        raise base.ValidationError(f"Expected true, false or 'serve', got {value!r}")


class CheckedName(c.Type[str]):
    """A name `check` accepts, checked when the config is loaded: an IANA time zone
    (`Europe/Brussels`), a language Babel knows (`de`, `pt-BR`). `check` raises RuleError."""

    def __init__(self, check: Callable[[str], object], default: str | None = None) -> None:
        super().__init__(str, default=default)
        self._check = check

    def run_validation(self, value: object) -> str:
        name = super().run_validation(value)
        try:
            self._check(name)
        except RuleError as e:
            raise base.ValidationError(e.message) from e
        return name


class AllowedNames(base.BaseConfigOption[Any]):
    """A list of names, or the path (relative to docs_dir) of a YAML file that lists them."""

    def __init__(self) -> None:
        super().__init__()
        self.default = None

    def run_validation(self, value: object) -> tuple[str, ...] | str | None:
        if value is None or (isinstance(value, str) and value.strip()):
            return value
        if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
            return tuple(str(v) for v in value)
        raise base.ValidationError(
            f"Expected a list of names or the path of a file that lists them, got {value!r}"
        )


class PostsPerPage(c.Type[int]):
    """How many posts a page of a list shows: 0 puts the whole list on one page."""

    def __init__(self, default: int) -> None:
        super().__init__(int, default=default)

    def run_validation(self, value: object) -> int:
        number = super().run_validation(value)
        if number < 0:
            raise base.ValidationError("Expected 0 (one page) or more posts a page")
        return number


class KramdownSettings(base.BaseConfigOption[KramdownOptions]):
    """kramdown's settings, as a `_config.yml`'s `kramdown:` section spells them; a setting the
    blog cannot honour is a warning naming it."""

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, Any] = {}

    def run_validation(self, value: object) -> KramdownOptions:
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise base.ValidationError(f"Expected a mapping of kramdown's settings, got {value!r}")
        options, not_honoured = KramdownOptions.from_mapping(value)
        if not_honoured:
            self.warnings.append(
                f"kramdown settings the blog cannot honour, left as kramdown's defaults: "
                f"{', '.join(not_honoured)}"
            )
        return options


class LabelOverrides(c.Type[dict]):  # type: ignore[type-arg]
    """The user's own words for some of the plugin's labels: `{read_more: Continue}`."""

    def __init__(self) -> None:
        super().__init__(dict, default={})

    def run_validation(self, value: object) -> dict[str, str]:
        labels = super().run_validation(value)
        try:
            return check_overrides(labels)
        except RuleError as e:
            raise base.ValidationError(e.message) from e


LISTING_STYLES = get_args(ListingStyle)


class ListingStyles(base.Config):
    """How each kind of generated list shows its posts (see pages.kinds.ListingStyle)."""

    index = c.Choice(LISTING_STYLES, default="full")
    tag = c.Choice(LISTING_STYLES, default="compact")
    category = c.Choice(LISTING_STYLES, default="compact")
    author = c.Choice(LISTING_STYLES, default="compact")
    series = c.Choice(LISTING_STYLES, default="compact")
    year = c.Choice(LISTING_STYLES, default="compact")
    month = c.Choice(LISTING_STYLES, default="compact")
    day = c.Choice(LISTING_STYLES, default="compact")


class BlogConfig(base.Config):
    enabled = c.Type(bool, default=True)
    blog_dir = c.Type(str, default="blog")
    # the folder (relative to docs_dir) of this blog's posts, when the site has several blogs
    posts_dir = c.Optional(c.Type(str))
    title = c.Optional(c.Type(str))  # the blog index's and nav section's; else "Blog"
    permalink = c.Type(str, default="date")
    timezone = CheckedName(load_zone, default="UTC")
    future = c.Type(bool, default=False)
    drafts = DraftsOption()
    excerpt_separator = c.Type(str, default="\n\n")
    paginate = PostsPerPage(default=10)
    tags = c.Type(bool, default=True)
    categories = c.Type(bool, default=True)
    authors = c.Type(bool, default=True)  # a page per author, and the authors index
    series = c.Type(bool, default=True)  # a page per series, and the series index
    archives = c.ListOfItems(c.Choice(("year", "month", "day")), default=["year", "month"])
    listings = c.SubConfig(ListingStyles)
    slugify = c.Choice(SLUGIFY_MODES, default="default")
    feeds = c.SubConfig(FeedsConfig)
    redirects = c.Type(bool, default=True)
    legacy_permalink = c.Optional(c.Type(str))
    jekyll_config = c.Optional(c.Type(str))
    liquid = c.Choice(("warn", "strip", "error"), default="warn")
    # how a post's Markdown reads: as Jekyll's kramdown, or as a docs page
    markdown = c.Choice(("kramdown", "mkdocs"), default="kramdown")
    kramdown = KramdownSettings()
    date_format = c.Optional(c.Type(str))  # None: the language's long date
    language = c.Optional(CheckedName(locale_of))  # None: the theme's
    labels = LabelOverrides()
    authors_file = c.Optional(c.Type(str))
    reading_time = c.Type(bool, default=True)
    related_posts = c.Type(int, default=3)
    tags_allowed = AllowedNames()
    categories_allowed = AllowedNames()
    seo = c.Type(bool, default=True)  # Open Graph, Twitter and JSON-LD in blog pages' heads
    twitter = c.Optional(c.Type(str))  # the site's account: twitter:site
    twitter_creator = c.Optional(c.Type(str))  # for posts whose authors have no account
    logo = c.Optional(c.Type(str))  # the publisher's logo in the JSON-LD
