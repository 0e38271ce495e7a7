"""The search and social facts of one page: a post (an article) or a list of posts (a website
page), every URL absolute and every date in ISO 8601 with its offset."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from babel import Locale
from babel.core import LOCALE_ALIASES

# jekyll-seo-tag's description: at most this many words, then an ellipsis
DESCRIPTION_WORDS = 100


@dataclass(frozen=True)
class SeoImage:
    url: str  # absolute
    width: int | None = None
    height: int | None = None
    alt: str | None = None


@dataclass(frozen=True)
class SeoAuthor:
    name: str
    url: str | None = None  # absolute: their page on the blog, else their own site


@dataclass(frozen=True)
class SeoFacts:
    kind: Literal["article", "website"]
    title: str
    url: str
    site_name: str
    description: str | None = None
    locale: str | None = None  # Open Graph's: `en_US`, `pt_BR`
    image: SeoImage | None = None
    published: datetime | None = None
    modified: datetime | None = None
    authors: tuple[SeoAuthor, ...] = ()
    tags: tuple[str, ...] = ()
    twitter_site: str | None = None  # without its "@"
    twitter_creator: str | None = None
    logo: str | None = None  # the publisher's, absolute


def description(text: str | None) -> str | None:
    """Whitespace made single spaces, cut after DESCRIPTION_WORDS words with an ellipsis."""
    words = (text or "").split()
    if not words:
        return None
    if len(words) > DESCRIPTION_WORDS:
        return " ".join(words[:DESCRIPTION_WORDS]) + "\u2026"
    return " ".join(words)


def og_locale(locale: Locale) -> str:
    """`pt_BR` as it is; a language alone as its most usual territory (`de` → `de_DE`)."""
    if locale.territory:
        return f"{locale.language}_{locale.territory}"
    return LOCALE_ALIASES.get(locale.language, locale.language)


def twitter_name(value: object) -> str | None:
    """`@tidekit`, `tidekit` or `https://twitter.com/tidekit` → `tidekit`."""
    if not isinstance(value, str) or not value.strip():
        return None
    name = value.strip().rstrip("/").rsplit("/", 1)[-1]
    return name.lstrip("@") or None
