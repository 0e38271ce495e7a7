"""The old site's `_config.yml`: the settings the plugin can carry over, in the plugin's option
names, and Jekyll's front matter defaults for posts (J: configuration.rb,
frontmatter_defaults.rb, document.rb; jekyll-archives, jekyll-feed, jekyll-paginate).

Only what changes the posts, their URLs or the blog's pages is taken; the rest (title, url,
description, theme and build settings) is listed as ignored, for the caller to log.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from .destination import safe_relative_path
from .old_addresses import OldAddresses, archive_permalinks, archive_slug_mode, tag_feeds
from .problems import RuleError
from .ruby import ruby_str, safe_yaml_loader

_DATE_ARCHIVES = ("year", "month", "day")
_RUBY_WHITESPACE = re.compile(r"[^ \t\n\v\f\r]+")  # String#split with no argument
_FEED_PLUGIN = "jekyll-feed"
_DEFAULT_FEED_PATH = "feed.xml"


@dataclass(frozen=True)
class PostDefaults:
    """One `defaults` entry whose scope can apply to posts."""

    path: str  # the scope's path prefix ("" = everywhere), relative to the Jekyll source
    values: Mapping[str, Any]
    typed: bool = False  # the scope names a type: at equal path lengths it beats one without


@dataclass(frozen=True)
class JekyllConfig:
    """What a `_config.yml` gives: `options` apply where `mkdocs.yml` does not set them."""

    options: dict[str, Any]  # plugin option values, in the plugin's names and shapes
    baseurl: str  # "" or "/blog"
    paginate_path: str | None  # as written ("/page:num/")
    feed_path: str | None  # jekyll-feed's posts feed, site-relative ("feed.xml"); None: no feed
    defaults: tuple[PostDefaults, ...]
    old: OldAddresses  # jekyll-archives' pages and jekyll-feed's other feeds, under baseurl
    taken: tuple[str, ...]  # top-level keys used, in file order
    ignored: tuple[str, ...]  # top-level keys present and not used, sorted


def read_jekyll_config(text: str) -> JekyllConfig:
    """What the plugin takes from a `_config.yml`'s text.

    Raises RuleError (with the 1-based line when known) for YAML that does not parse or is not a
    mapping; an empty file is an empty configuration, as in Jekyll.
    """
    data = _load(text)
    options: dict[str, Any] = {}
    used: set[str] = set()

    permalink = _posts_permalink(data)
    if permalink is not None:
        used.add(permalink[0])
        options["permalink"] = permalink[1]
    same_name = _same_name_options(data)
    options.update(same_name)
    used.update(same_name)

    baseurl = ""
    if "baseurl" in data and (data["baseurl"] is None or isinstance(data["baseurl"], str)):
        stripped = (data["baseurl"] or "").strip().strip("/")
        baseurl = f"/{stripped}" if stripped else ""
        used.add("baseurl")
    paginate_path = data.get("paginate_path")
    if isinstance(paginate_path, str):
        used.add("paginate_path")
    else:
        paginate_path = None

    archives = data.get("jekyll-archives")
    if isinstance(archives, Mapping) and "enabled" in archives:
        options.update(_archive_options(archives["enabled"]))
        used.add("jekyll-archives")
    else:
        archives = {}

    feed = data.get("feed")
    if isinstance(feed, Mapping):
        used.add("feed")
        feed_options = _feed_options(feed)
        if feed_options:
            options["feeds"] = feed_options
    lists_feed = [
        key
        for key in ("plugins", "gems")
        if isinstance(data.get(key), list) and _FEED_PLUGIN in data[key]
    ]
    used.update(lists_feed)
    feed_path = None
    if "feed" in used or lists_feed:
        feed_path = _feed_path(feed if isinstance(feed, Mapping) else {})

    defaults = _post_defaults(data.get("defaults"))
    if defaults:
        used.add("defaults")

    markdown = _markdown_options(data)
    options.update(markdown)
    used.update(markdown)

    social = _seo_options(data)
    options.update(social)
    used.update(key for key, option in _SEO_KEYS.items() if option in social)

    return JekyllConfig(
        options=options,
        baseurl=baseurl,
        paginate_path=paginate_path,
        feed_path=feed_path,
        defaults=defaults,
        old=OldAddresses(
            baseurl=baseurl,
            archives=archive_permalinks(archives),
            slug_mode=archive_slug_mode(archives),
            category_feeds=_category_feeds(feed) if isinstance(feed, Mapping) else (),
            tag_feeds=tag_feeds(feed.get("tags")) if isinstance(feed, Mapping) else None,
        ),
        taken=tuple(key for key in data if key in used),
        ignored=tuple(sorted(key for key in data if key not in used)),
    )


# jekyll-seo-tag's settings: the top-level key → the plugin option it fills
_SEO_KEYS = {"twitter": "twitter", "author": "twitter_creator", "logo": "logo"}


def _seo_options(data: Mapping[str, Any]) -> dict[str, str]:
    """`twitter: {username: x}` (or `twitter: x`), `author: {twitter: y}` and `logo: path`, as
    jekyll-seo-tag reads them."""
    found: dict[str, str] = {}
    twitter = data.get("twitter")
    if isinstance(twitter, Mapping):
        twitter = twitter.get("username")
    if isinstance(twitter, str) and twitter.strip():
        found["twitter"] = twitter.strip()
    author = data.get("author")
    if isinstance(author, Mapping) and isinstance(author.get("twitter"), str):
        found["twitter_creator"] = author["twitter"].strip()
    if isinstance(data.get("logo"), str) and data["logo"].strip():
        found["logo"] = data["logo"].strip()
    return found


def _load(text: str) -> dict[str, Any]:
    """The first YAML document (as Psych reads it), keys as Ruby strings."""
    try:
        loaded = next(
            iter(yaml.load_all(text.removeprefix("\ufeff"), Loader=safe_yaml_loader())), None
        )
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "cannot be read"
        # A mark at the end of the text can sit on the line after the last one.
        line = None if mark is None else min(mark.line + 1, text.count("\n") + 1)
        raise RuleError(f"invalid YAML: {what}", line) from None
    except yaml.YAMLError as exc:  # a ReaderError: a character YAML does not allow
        position = getattr(exc, "position", None)
        line = None if position is None else text.count("\n", 0, position) + 1
        raise RuleError(f"invalid YAML: {str(exc).splitlines()[0]}", line) from None
    except (ValueError, RecursionError) as exc:  # `!!int abc`, nesting too deep for Python
        raise RuleError(f"invalid YAML: {exc}") from None
    if loaded is None or loaded is False:  # Jekyll: `SafeYAML.load_file(file) || {}`
        return {}
    if not isinstance(loaded, dict):
        kind = "list" if isinstance(loaded, list) else type(loaded).__name__
        raise RuleError(f"the configuration is a {kind}, not a mapping of settings")
    return {ruby_str(key): value for key, value in loaded.items()}


def _posts_permalink(data: Mapping[str, Any]) -> tuple[str, str] | None:
    """The key the posts' permalink comes from, and the permalink: `collections.posts.permalink`
    wins over the site's `permalink` (Jekyll's `add_default_collections` sets it only if unset)."""
    collections = data.get("collections")
    posts = collections.get("posts") if isinstance(collections, Mapping) else None
    if (
        isinstance(posts, Mapping)
        and isinstance(posts.get("permalink"), str)
        and posts["permalink"]
    ):
        return "collections", posts["permalink"]
    permalink = data.get("permalink")
    if isinstance(permalink, str) and permalink:
        return "permalink", permalink
    return None


def _same_name_options(data: Mapping[str, Any]) -> dict[str, Any]:
    """`timezone`, `excerpt_separator`, `future` and `paginate`, where Jekyll would use them."""
    found: dict[str, Any] = {}
    if isinstance(data.get("timezone"), str) and data["timezone"].strip():
        found["timezone"] = data["timezone"]
    if isinstance(data.get("excerpt_separator"), str):
        found["excerpt_separator"] = data["excerpt_separator"]
    if isinstance(data.get("future"), bool):
        found["future"] = data["future"]
    paginate = data.get("paginate")
    # Jekyll drops a `paginate` that is not a positive integer (pagination off).
    if isinstance(paginate, int) and not isinstance(paginate, bool) and paginate > 0:
        found["paginate"] = paginate
    return found


def _markdown_options(data: Mapping[str, Any]) -> dict[str, Any]:
    """`markdown: kramdown` (Jekyll's default; another converter is not taken) and the
    `kramdown:` settings, as written."""
    found: dict[str, Any] = {}
    markdown = data.get("markdown")
    if isinstance(markdown, str) and markdown.strip().lower() == "kramdown":
        found["markdown"] = "kramdown"
    if isinstance(data.get("kramdown"), Mapping):
        found["kramdown"] = {str(key): value for key, value in data["kramdown"].items()}
    return found


def _archive_options(enabled: object) -> dict[str, Any]:
    """jekyll-archives' `enabled`: true or "all" for every kind, a list of kinds, else none."""
    if enabled is True or enabled == "all":
        kinds: Sequence[object] = (*_DATE_ARCHIVES, "tags", "categories")
    elif isinstance(enabled, list):
        kinds = enabled
    else:
        kinds = ()
    return {
        "archives": [kind for kind in _DATE_ARCHIVES if kind in kinds],
        "tags": "tags" in kinds,
        "categories": "categories" in kinds,
    }


def _feed_options(feed: Mapping[str, Any]) -> dict[str, Any]:
    """The plugin's `feeds` settings that jekyll-feed's `feed:` settings give."""
    options: dict[str, Any] = {}
    limit = feed.get("posts_limit")
    # jekyll-feed's `limit: 0` gives an empty feed; the plugin's 0 means every post.
    if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0:
        options["limit"] = limit
    if isinstance(feed.get("excerpt_only"), bool):
        options["content"] = "excerpt" if feed["excerpt_only"] else "full"
    if "tags" in feed:
        tags = feed["tags"]
        if tags is True or isinstance(tags, Mapping):
            options["per_tag"] = True
        elif tags is None or tags is False:
            options["per_tag"] = False
    meta = _feed_posts_meta(feed)
    if "categories" in meta or "categories" in feed:
        categories = _ruby_or(meta.get("categories"), feed.get("categories"))
        if categories is None or isinstance(categories, list):
            options["per_category"] = bool(categories)
    return options


def _category_feeds(feed: Mapping[str, Any]) -> tuple[str, ...]:
    """jekyll-feed's `categories` (of the posts collection, else of `feed`): a feed each."""
    categories = _ruby_or(_feed_posts_meta(feed).get("categories"), feed.get("categories"))
    return tuple(str(c) for c in categories) if isinstance(categories, list) else ()


def _feed_path(feed: Mapping[str, Any]) -> str:
    """jekyll-feed's posts feed: `feed.collections.posts.path`, else `feed.path`, else
    /feed.xml; relative to the site, never outside it."""
    path = _ruby_or(_feed_posts_meta(feed).get("path"), feed.get("path"))
    if not isinstance(path, str):
        return _DEFAULT_FEED_PATH
    return safe_relative_path(path) or _DEFAULT_FEED_PATH


def _feed_posts_meta(feed: Mapping[str, Any]) -> Mapping[str, Any]:
    collections = feed.get("collections")
    posts = collections.get("posts") if isinstance(collections, Mapping) else None
    return posts if isinstance(posts, Mapping) else {}


def _ruby_or(first: object, second: object) -> object:
    """Ruby's `first || second`: only nil and false are false."""
    return second if first is None or first is False else first


def _post_defaults(sets: object) -> tuple[PostDefaults, ...]:
    """The valid `defaults` entries (a mapping of `values`) for type posts (or the deprecated
    `post`) or for no type, in file order."""
    if not isinstance(sets, list):
        return ()
    found: list[PostDefaults] = []
    for entry in sets:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("values"), Mapping):
            continue
        scope = entry.get("scope")
        if not isinstance(scope, Mapping):
            scope = {}
        if "type" in scope and scope["type"] not in ("posts", "post"):
            continue
        path = scope.get("path")
        values = {ruby_str(key): value for key, value in entry["values"].items()}
        found.append(PostDefaults(path if isinstance(path, str) else "", values, "type" in scope))
    return tuple(found)


def front_matter_with_defaults(
    defaults: Sequence[PostDefaults], source: str, data: Mapping[str, Any]
) -> dict[str, Any]:
    """A post's front matter `data` over the defaults that apply to it (Jekyll's
    `FrontmatterDefaults#all`, then `Document#merge_data!`).

    `source` is the post's path relative to the Jekyll source (`blog/_posts/2014-x.md`). A scope
    applies when `source` starts with its path, or, for a path with `*`, when the glob matches
    `source` or a folder above it. Applicable scopes are merged in order: a longer path wins over
    a shorter one, at equal lengths a scope with a type wins, and otherwise the later one. The
    front matter wins over all; mappings are merged key by key, a null front matter value keeps
    the default, and `categories` of defaults and front matter are joined, as in Jekyll.
    """
    merged: dict[str, Any] = {}
    winner: PostDefaults | None = None
    for entry in defaults:
        if not _applies(entry.path, source):
            continue
        values = copy.deepcopy(dict(entry.values))
        if winner is None or _has_precedence(winner, entry):
            merged = _deep_merge(merged, values)
            winner = entry
        else:
            merged = _deep_merge(values, merged)
    result = _deep_merge(merged, data)
    joined = _joined_categories(merged.get("categories"), data.get("categories"))
    if joined is not None:
        result["categories"] = joined
    return result


def _sanitize(path: str) -> str:
    """Jekyll's `sanitize_path`: without one leading slash."""
    return path[1:] if path.startswith("/") else path


def _applies(scope_path: str, source: str) -> bool:
    if not scope_path:
        return True
    target = _sanitize(source)
    if "*" not in scope_path:
        return target.startswith(scope_path)
    # Jekyll globs the scope on disk and compares the files and folders found with the path.
    pattern = _glob_regex(scope_path)
    prefixes = [target[:i] for i, char in enumerate(target) if char == "/"]
    return any(pattern.fullmatch(candidate) for candidate in (*prefixes, target))


def _glob_regex(glob: str) -> re.Pattern[str]:
    """Ruby's Dir.glob `*` (within a folder), `**/` (any folders) and `?`; the rest literal."""
    parts = re.split(r"(\*\*/|\*|\?)", glob)
    wildcards = {"**/": "(?:[^/]*/)*", "*": "[^/]*", "?": "[^/]"}
    return re.compile("".join(wildcards.get(part, re.escape(part)) for part in parts))


def _has_precedence(old: PostDefaults, new: PostDefaults) -> bool:
    new_length, old_length = len(_sanitize(new.path)), len(_sanitize(old.path))
    if new_length != old_length:
        return new_length > old_length
    return new.typed or not old.typed


def _deep_merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """Jekyll's `Utils.deep_merge_hashes`: `over` wins, but its null does not replace a value
    `base` has, and two mappings are merged key by key."""
    merged = dict(base)
    for key, value in over.items():
        if key in merged:
            old = merged[key]
            if value is None:
                continue
            if isinstance(old, Mapping) and isinstance(value, Mapping):
                value = _deep_merge(old, value)
        merged[key] = value
    return merged


def _joined_categories(defaults: object, front_matter: object) -> list[Any] | None:
    """Jekyll's `merge_categories!`: both lists (a string split on whitespace) joined without
    repeats; None when either side is not a list or string, and the plain merge stands."""
    first, second = _category_list(defaults), _category_list(front_matter)
    if first is None or second is None:
        return None
    joined: list[Any] = []
    for value in (*first, *second):
        if not any(type(seen) is type(value) and seen == value for seen in joined):
            joined.append(value)
    return joined


def _category_list(value: object) -> list[Any] | None:
    if isinstance(value, str):
        return _RUBY_WHITESPACE.findall(value)
    return value if isinstance(value, list) else None
