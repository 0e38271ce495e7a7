"""Reading every post file of the site once, with Jekyll's rules, into `Post`s.

Bad input never raises: each problem is collected with the file it belongs to, and a post with
a usable fallback (the file name's date, the slug's title) is kept.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from ..jekyll.dates import parse_filename_date, parse_front_matter_date
from ..jekyll.destination import dest_for_url
from ..jekyll.filenames import (
    PostName,
    categories_from_dir,
    converter_for,
    is_ignored_entry,
    output_ext,
    parse_draft_name,
    parse_post_name,
    split_collection_path,
)
from ..jekyll.frontmatter import FrontMatter, split_front_matter
from ..jekyll.permalinks import expand_url, output_ext_for, permalink_template, post_placeholders
from ..jekyll.problems import Problem, RuleError
from ..jekyll.site_config import PostDefaults, front_matter_with_defaults
from ..jekyll.taxonomy import categories_from, tags_from, taxonomy_problems, title_from
from .allowed_terms import AllowedTerms
from .posts import Post


class PostSources(Protocol):
    """Where the posts' files are read from, by their path relative to docs_dir: the site's
    files, some of which another plugin may have made."""

    def raw(self, source: str) -> bytes: ...

    def modified(self, source: str) -> float:
        """The file's modification time (a POSIX timestamp), for a draft without a date."""
        ...


@dataclass(frozen=True)
class DocsDir:
    """Posts read straight from a docs folder."""

    path: str

    def raw(self, source: str) -> bytes:
        with open(os.path.join(self.path, source), "rb") as f:
            return f.read()

    def modified(self, source: str) -> float:
        return os.path.getmtime(os.path.join(self.path, source))


@dataclass(frozen=True)
class ReadSettings:
    zone: ZoneInfo
    permalink: str  # a style name or a template
    future: bool
    drafts: bool
    now: datetime
    excerpt_separator: str
    use_directory_urls: bool
    defaults: tuple[PostDefaults, ...] = ()  # front matter defaults of the old _config.yml
    allowed: tuple[AllowedTerms, ...] = ()  # `tags_allowed`, `categories_allowed`


@dataclass(frozen=True)
class SourcedProblem:
    source: str  # the post file, relative to docs_dir
    problem: Problem


@dataclass
class ReadResult:
    posts: list[Post] = field(default_factory=list)
    problems: list[SourcedProblem] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    read: int = 0  # post files read (drafts skipped by the options are not read)
    claimed: list[str] = field(default_factory=list)  # every file the blog takes over
    # post source → the text after its front matter; not in Post, so that a build can let go
    # of it once MkDocs holds it as the page's Markdown
    bodies: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Candidate:
    source: str
    dir_above: str
    draft: bool
    inner: str


def post_candidates(src_uris: Iterable[str]) -> list[_Candidate]:
    """Files inside a `_posts` or `_drafts` folder, in a stable order."""
    found = []
    for uri in src_uris:
        parts = split_collection_path(uri)
        if parts is not None:
            dir_above, collection, inner = parts
            found.append(_Candidate(uri, dir_above, collection == "_drafts", inner))
    return sorted(found, key=lambda c: c.source)


def read_posts(
    sources: PostSources,
    src_uris: Iterable[str],
    settings: ReadSettings,
    parse: Callable[[str], FrontMatter] = split_front_matter,
) -> ReadResult:
    """`parse`: how a post's text is cut into front matter and body (the host may remember
    earlier parses)."""
    result = ReadResult()
    template = permalink_template(settings.permalink)
    for candidate in post_candidates(src_uris):
        result.claimed.append(candidate.source)
        if is_ignored_entry(candidate.inner):
            continue
        if candidate.draft and not settings.drafts:
            result.skipped["draft"] += 1
            continue
        result.read += 1
        _read_one(sources, candidate, template, settings, result, parse)
    _refuse_duplicates(result)
    return result


def _refuse_duplicates(result: ReadResult) -> None:
    """Two posts for one output file: the first by path keeps it, the other is refused."""
    owners: dict[str, Post] = {}
    kept = []
    for post in result.posts:
        owner = owners.setdefault(post.dest_uri, post)
        if owner is post:
            kept.append(post)
            continue
        message = f"same URL {post.url} as {owner.source}: the post is skipped"
        result.problems.append(SourcedProblem(post.source, Problem(message)))
        result.skipped["duplicate URL"] += 1
    result.posts = kept


def _read_one(
    sources: PostSources,
    candidate: _Candidate,
    template: str,
    settings: ReadSettings,
    result: ReadResult,
    parse: Callable[[str], FrontMatter],
) -> None:
    def problem(message: str, line: int | None = None) -> None:
        result.problems.append(SourcedProblem(candidate.source, Problem(message, line)))

    name = (parse_draft_name if candidate.draft else parse_post_name)(candidate.inner)
    if name is None:
        if converter_for(os.path.splitext(candidate.inner)[1]) != "identity":
            problem("not a post: the file name has no date (YYYY-MM-DD-title.md)")
            result.skipped["not a post"] += 1
        return
    text = _decode(sources.raw(candidate.source))
    if text is None:
        problem("not UTF-8 text: the post is skipped")
        result.skipped["unreadable"] += 1
        return
    fm = parse(text)
    for p in fm.problems:
        problem(p.message, p.line)
    if settings.defaults:
        merged = front_matter_with_defaults(settings.defaults, candidate.source, fm.data)
        fm = replace(fm, data=merged)
    _check_front_matter(fm, text, problem)
    if not _is_published(fm.data):
        result.skipped["unpublished"] += 1
        return
    date = _post_date(name, fm, lambda: sources.modified(candidate.source), settings.zone, problem)
    if date is None:
        result.skipped["invalid date"] += 1
        return
    if date > settings.now and not settings.future:
        result.skipped["future"] += 1
        return
    post = _make_post(candidate, name, fm, date, template, settings, problem)
    if post is None:
        return
    result.posts.append(post)
    result.bodies[post.source] = fm.body
    if not _URL_SAFE_NAME.fullmatch(name.slug):
        problem(f"the file name has characters a URL must escape: the post's URL is {post.url}")


_ISO_DATE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}([Tt ]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*(Z|[+-]\d{1,2}(:?\d{2})?)?"
)
_URL_SAFE_NAME = re.compile(r"[A-Za-z0-9._~-]*")


def _check_front_matter(fm: FrontMatter, text: str, problem: Any) -> None:
    """Warnings for what Jekyll accepts but a post's author most likely did not mean."""
    if not text.strip():
        problem("the file is empty")
    for key, line in fm.key_lines.items():
        if key in fm.data and (key.startswith("<") or len(key.split()) > 2):
            problem(
                f"front matter key {key[:40]!r} looks like text: a blank line in a value?", line
            )
    for key, message in taxonomy_problems(fm.data):
        problem(message, fm.key_lines.get(key))


def read_body(sources: PostSources, post: Post) -> str:
    """The post's text after its front matter, read again."""
    return split_front_matter(_decode(sources.raw(post.source)) or "").body


def _decode(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return text.replace("\r\n", "\n")


def _is_published(data: Mapping[str, Any]) -> bool:
    """Jekyll's `data.fetch("published", true)`: an explicit null hides the post too."""
    return bool(data.get("published", True))


def _post_date(
    name: PostName, fm: FrontMatter, modified: Callable[[], float], zone: ZoneInfo, problem: Any
) -> datetime | None:
    """Front matter `date` wins over the file name's; an invalid one falls back to it."""
    value = fm.data.get("date")
    if value is not None:
        try:
            date = parse_front_matter_date(value, zone)
        except RuleError as e:
            fallback = "the file name's date is used" if name.date else "the file's time is used"
            problem(f"{e.message}; {fallback}", fm.key_lines.get("date"))
        else:
            if isinstance(value, str) and not _ISO_DATE.fullmatch(value.strip()):
                line = fm.key_lines.get("date")
                problem(
                    f"date {value!r} is not YYYY-MM-DD [HH:MM[:SS]] [+HHMM]: read as {date}", line
                )
            return date
    if name.date is not None:
        try:
            return parse_filename_date(name.date, zone)
        except RuleError as e:
            problem(f"{e.message}: the post is skipped")
            return None
    return datetime.fromtimestamp(modified(), timezone.utc).astimezone(zone)


def _make_post(
    candidate: _Candidate,
    name: PostName,
    fm: FrontMatter,
    date: datetime,
    template: str,
    settings: ReadSettings,
    problem: Any,
) -> Post | None:
    data = fm.data
    slug = str(data["slug"]) if data.get("slug") not in (None, "") else name.slug
    folder = "_drafts" if candidate.draft else "_posts"
    from_folders = categories_from_dir(candidate.dir_above, folder)
    categories = categories_from(from_folders, data)
    tags = tags_from(data)
    written = {"tag": tags, "category": [c for c in categories if c not in from_folders]}
    for allowed in settings.allowed:
        plural = "tags" if allowed.kind == "tag" else "categories"
        line = fm.key_lines.get(plural, fm.key_lines.get(allowed.kind))
        for message in allowed.problems(written[allowed.kind]):
            problem(message, line)
    own = data.get("permalink")
    if own is not None and not isinstance(own, str):
        problem(
            f"permalink {own!r} is not text: the site's permalink is used",
            fm.key_lines.get("permalink"),
        )
        own = None
    # Jekyll writes a post of another kind (`.txt`) with its own extension; here it is a page.
    page_ext = ".html" if converter_for(name.ext) == "identity" else output_ext(name.ext)
    ext = output_ext_for(str(own) if own else None, page_ext)
    try:
        url = post_url(str(own) if own else template, candidate.source, date, slug, categories, ext)
    except RuleError as e:
        problem(f"{e.message}: the post is skipped", fm.key_lines.get("permalink"))
        return None
    return Post(
        source=candidate.source,
        draft=candidate.draft,
        date=date,
        slug=slug,
        title=title_from(data, slug),
        categories=tuple(categories),
        tags=tuple(tags),
        authors=tuple(_authors(data)),
        url=url,
        dest_uri=dest_for_url(url, ext, settings.use_directory_urls),
        converter=converter_for(name.ext),
        body_line=fm.body_line,
        excerpt_separator=_excerpt_separator(data, settings.excerpt_separator),
        data=data,
        pinned=data.get("pin") is True,
        unlisted=data.get("unlisted") is True,
        series=_series(fm, problem),
        series_order=_series_order(fm, problem),
        updated=_updated(fm, settings.zone, problem),
    )


def post_url(
    template: str,
    source: str,
    date: datetime,
    slug: str,
    categories: list[str] | tuple[str, ...],
    ext: str,
) -> str:
    """The URL Jekyll gives the post at `source` under the permalink `template`, whose output
    extension is `ext`; raises RuleError for a template Jekyll cannot expand."""
    name = os.path.splitext(posixpath.basename(source))[0]
    placeholders = post_placeholders(
        date=date,
        slug=slug,
        categories=categories,
        output_ext=ext,
        name=name,
        relative_path=source,
    )
    return expand_url(template, placeholders)


def url_under(post: Post, permalink: str) -> str | None:
    """The URL `post` had under another site-wide `permalink` (a style or a template): None
    when its own front matter `permalink` fixes its URL whatever the site's is."""
    own = post.data.get("permalink")
    if isinstance(own, str) and own:
        return None
    ext = output_ext(posixpath.splitext(post.source)[1])
    try:
        template = permalink_template(permalink)
        return post_url(template, post.source, post.date, post.slug, post.categories, ext)
    except RuleError:
        return None


def _excerpt_separator(data: Mapping[str, Any], default: str) -> str:
    value = data.get("excerpt_separator")
    return value if isinstance(value, str) else default


def _updated(fm: FrontMatter, zone: ZoneInfo, problem: Any) -> datetime | None:
    """`last_modified_at` (jekyll-last-modified-at's, jekyll-feed's `<updated>`), else
    `updated`; one that is not a date is a problem, and the post has none."""
    for key in ("last_modified_at", "updated"):
        value = fm.data.get(key)
        if value is None:
            continue
        try:
            return parse_front_matter_date(value, zone)
        except RuleError as e:
            problem(f"{key}: {e.message}; the post shows no update", fm.key_lines.get(key))
            return None
    return None


def _series(fm: FrontMatter, problem: Any) -> str | None:
    """`series: <name>` (a number is its text); anything else is a problem, and no series."""
    value = fm.data.get("series")
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (str, int, float)) and str(value).strip():
        return str(value).strip()
    problem(f"series {value!r} is not a name: the post is in no series", fm.key_lines.get("series"))
    return None


def _series_order(fm: FrontMatter, problem: Any) -> float | None:
    value = fm.data.get("series_order")
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    line = fm.key_lines.get("series_order")
    problem(f"series_order {value!r} is not a number: the post's date places it", line)
    return None


def _authors(data: Mapping[str, Any]) -> list[str]:
    """`author` (a name, a list, or an object with `name`), else `authors`, as names."""
    value = data.get("author")
    if value is None:
        value = data.get("authors")
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values:
        if isinstance(item, Mapping):
            item = item.get("name")
        if item is not None and str(item).strip():
            names.append(str(item).strip())
    return names
