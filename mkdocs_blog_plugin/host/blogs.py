"""Several blogs in one site: the plugin listed more than once in `mkdocs.yml` (a `blog` and a
`releases` blog), each instance with its own `blog_dir` and its own posts folders.

Checked when the config is loaded, so that no blog writes a page over another's: two blogs in
one folder, or one inside another's, or two claiming one posts folder, stop the build with one
message naming both. Each post is read by one blog: the one whose `posts_dir` holds it, else
the one without a `posts_dir` (at most one).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from ..jekyll.filenames import split_collection_path
from .neighbours.find import plugins_from

if TYPE_CHECKING:
    from .build import BlogBuild

PACKAGE = __name__.split(".")[0]


@dataclass(frozen=True)
class SiteBlog:
    name: str  # as mkdocs.yml names the instance: "jekyll-blog", "jekyll-blog #2"
    plugin: Any  # the JekyllBlogPlugin instance

    @property
    def blog_dir(self) -> str:
        return str(self.plugin.config.blog_dir).strip("/")

    @property
    def posts_dir(self) -> str | None:
        written = self.plugin.config.posts_dir
        return None if written is None else str(written).strip("/")


def site_blogs(config: MkDocsConfig) -> list[SiteBlog]:
    """The enabled blogs of the site, in the order `mkdocs.yml` lists them."""
    names = {id(plugin): name for name, plugin in config.plugins.items()}
    return [
        SiteBlog(names[id(plugin)], plugin)
        for plugin in plugins_from(config, PACKAGE)
        if plugin.config.enabled
    ]


def check_blogs(blogs: list[SiteBlog]) -> None:
    """A PluginError naming both blogs and the way out, for any two that would clash; and one
    if every blog has a posts_dir: the one without reads every blog's post files."""
    if blogs and all(blog.posts_dir is not None for blog in blogs):
        names = " and ".join(blog.name for blog in blogs)
        raise PluginError(
            f"{names}: every blog has a posts_dir, but one of them must not (it reads the posts "
            "of every _posts folder the others leave): remove posts_dir from one"
        )
    for i, one in enumerate(blogs):
        for other in blogs[i + 1 :]:
            problem = _clash(one, other)
            if problem is not None:
                raise PluginError(f"{one.name} and {other.name} {problem}")


def _clash(one: SiteBlog, other: SiteBlog) -> str | None:
    if _within(one.blog_dir, other.blog_dir) or _within(other.blog_dir, one.blog_dir):
        return (
            f"build their blogs in {one.blog_dir or '.'!r} and {other.blog_dir or '.'!r}, one "
            "inside the other, where their pages would overwrite each other: give each "
            "blog_dir a folder of its own"
        )
    if one.posts_dir is None and other.posts_dir is None:
        return (
            "would both read every posts folder: give each but one a posts_dir (the folder, "
            "relative to docs_dir, that holds its _posts)"
        )
    if one.posts_dir is not None and other.posts_dir is not None:
        a, b = _folder(one.posts_dir), _folder(other.posts_dir)
        if _within(a, b) or _within(b, a):
            return (
                f"both read the posts under {a if _within(a, b) else b!r} (posts_dir "
                f"{one.posts_dir!r} and {other.posts_dir!r}): give them folders apart"
            )
    return None


def _folder(posts_dir: str) -> str:
    """The folder a `posts_dir` reads from: `releases/_posts` reads `releases`' own `_posts`
    and `_drafts`, `releases` every one under it."""
    return posixpath.dirname(posts_dir) if posixpath.basename(posts_dir) == "_posts" else posts_dir


def _within(path: str, folder: str) -> bool:
    return not folder or path == folder or path.startswith(folder + "/")


def posts_of(blogs: list[SiteBlog], plugin: object) -> Callable[[str], bool]:
    """Whether a file (by src_uri) is a post or draft of `plugin`'s blog: in its posts_dir, or,
    for the blog without one, in no other blog's."""
    mine = next(blog for blog in blogs if blog.plugin is plugin)
    others = [blog.posts_dir for blog in blogs if blog is not mine and blog.posts_dir is not None]

    def reads(src_uri: str, posts_dir: str) -> bool:
        parts = split_collection_path(src_uri)
        if parts is None:
            return False
        if posixpath.basename(posts_dir) == "_posts":
            return parts[0] == posixpath.dirname(posts_dir)
        return _within(parts[0], posts_dir)

    if mine.posts_dir is not None:
        own = mine.posts_dir
        return lambda src_uri: reads(src_uri, own)
    return lambda src_uri: not any(reads(src_uri, folder) for folder in others)


def builds_of(blogs: list[SiteBlog]) -> Iterator[BlogBuild]:
    """Each blog's build of this run, once its plugin has made one."""
    for blog in blogs:
        build = getattr(blog.plugin, "build", None)
        if build is not None:
            yield build
