"""Post file names: which files are posts, their date, slug and extension, and folder categories."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

# Jekyll's DATE_FILENAME_MATCHER without its leading `(?>.+/)*?`: that atomic group can only end at
# the last "/", so the rest is matched against the last path segment (see `parse_post_name`).
_DATED = re.compile(r"([0-9]{2,4}-[0-9]{1,2}-[0-9]{1,2})-([^/]*)(\.[^.]+)")
# Jekyll's DATELESS_FILENAME_MATCHER, %r!^(?:.+/)*(.*)(\.[^.]+)$!.
_DATELESS = re.compile(r"(?:.+/)*(.*)(\.[^.]+)")
_SPECIAL_LEADING = (".", "_", "#", "~")
_SPECIAL_DIRS = ("_posts", "_drafts")
_YAML_EXTENSIONS = (".yaml", ".yml")  # Jekyll reads these as data, never as posts (case-sensitive)

Converter = Literal["markdown", "html", "identity"]
MARKDOWN_EXTENSIONS: tuple[str, ...] = (".markdown", ".mkdown", ".mkdn", ".mkd", ".md")


@dataclass(frozen=True)
class PostName:
    date: str | None
    slug: str
    ext: str


def parse_post_name(path_in_posts: str) -> PostName | None:
    """The date, slug and extension of a file below `_posts`, or None if it is not a post.

    `path_in_posts` is relative to `_posts` (`es/2008-11-21-nested.markdown`): the date must be in
    the file name itself, so `2013-03-19-not-a-post/dubious.markdown` is no post. Jekyll would
    also take an extensionless file below a dated folder whose name has a dot
    (`2013-03-19-a.b/c`, extension `.b/c`) and then give it no date; that oddity is not copied.
    """
    match = _DATED.fullmatch(path_in_posts.rpartition("/")[2])
    if match is None or match.group(3) in _YAML_EXTENSIONS:
        return None
    date, slug, ext = match.groups()
    return PostName(date, slug.rstrip("."), ext)


def parse_draft_name(path_in_drafts: str) -> PostName | None:
    """Like `parse_post_name`, but a draft without a date in its name is a draft too."""
    dated = parse_post_name(path_in_drafts)
    if dated is not None:
        return dated
    match = _DATELESS.fullmatch(path_in_drafts)
    if match is None or match.group(2) in _YAML_EXTENSIONS:
        return None
    slug, ext = match.groups()
    return PostName(None, slug.rstrip("."), ext)


def is_ignored_entry(name: str) -> bool:
    """Jekyll's EntryFilter for a path relative to `_posts` (or a single name).

    Jekyll tests the whole relative path and its last segment, not each folder: `_x/a.md` and
    `#a.md` are skipped but `sub/_x/a.md` is read. Folders starting with "." are never listed
    (Ruby's glob), and names ending in "~" (backups) or "." are skipped.
    """
    segments = name.split("/")
    return (
        name.startswith(_SPECIAL_LEADING)
        or segments[-1].startswith(_SPECIAL_LEADING)
        or any(segment.startswith(".") for segment in segments)
        or name.endswith(("~", "."))
    )


def split_collection_path(src_uri: str) -> tuple[str, str, str] | None:
    """Split at the first `_posts` or `_drafts` folder: "a/_posts/c.md" -> ("a", "_posts", "c.md").

    Jekyll only looks for these below folders it reads: the caller skips special folders above.
    """
    segments = src_uri.split("/")
    for index, segment in enumerate(segments[:-1]):
        if segment in _SPECIAL_DIRS:
            return "/".join(segments[:index]), segment, "/".join(segments[index + 1 :])
    return None


def categories_from_dir(dir_above: str, special_dir: str = "_posts") -> list[str]:
    """Categories from the folders above `special_dir`: "scifi/Movies" -> ["scifi", "Movies"].

    Like Jekyll, this cuts the path at the first occurrence of the text `_posts` (or `_drafts`),
    even inside a folder name: `my_posts/_posts/...` has the category "my".
    """
    above = f"{dir_above}/{special_dir}".split(special_dir, 1)[0]
    return [segment for segment in above.split("/") if segment]


def titleize_slug(slug: str) -> str:
    """Jekyll's Utils.titleize_slug: "dec-the-second" -> "Dec The Second".

    Ruby's String#split drops trailing empty fields, so "o-p--q-" -> "O P  Q".
    """
    words = slug.split("-")
    while words and not words[-1]:
        words.pop()
    return " ".join(word.capitalize() for word in words)


def converter_for(ext: str) -> Converter:
    """Which Jekyll converter renders a post with this extension (case-insensitive)."""
    lowered = ext.lower()
    if lowered in MARKDOWN_EXTENSIONS:
        return "markdown"
    if lowered == ".html":
        return "html"
    return "identity"


def output_ext(ext: str) -> str:
    """The extension Jekyll writes: `.html` for Markdown, else the source's own (`.HTML`)."""
    return ".html" if converter_for(ext) == "markdown" else ext
