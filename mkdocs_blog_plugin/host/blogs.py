"""Several blogs in one site: the plugin listed more than once in `mkdocs.yml` (a `blog` and a
`releases` blog), each instance with its own `blog_dir` and its own posts folders.

Checked when the config is loaded, so that no blog writes a page over another's: two blogs in
one folder, or one inside another's, or two claiming one posts folder, stop the build with one
message naming both. Each post is read by one blog: the one whose `posts_dir` holds it, else
the one without a `posts_dir` (at most one). Where every blog names its folder, a posts folder
that none of them reads is a warning.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from ..config import BlogConfig
from ..jekyll.filenames import split_collection_path
from .neighbours.find import plugins_from
from .report import log
from .stage import Stage

PACKAGE = __name__.split(".")[0]


class BlogPlugin(Protocol):
    """What the blogs of a site see of each other's plugin: its options, and the stage its build
    is in (stage.py), through which it answers the others."""

    config: BlogConfig
    stage: Stage


@dataclass(frozen=True)
class SiteBlog:
    name: str  # as mkdocs.yml names the instance: "jekyll-blog", "jekyll-blog #2"
    plugin: BlogPlugin  # the JekyllBlogPlugin instance

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
        SiteBlog(names[id(plugin)], cast(BlogPlugin, plugin))
        for plugin in plugins_from(config, PACKAGE)
        if plugin.config.enabled
    ]


def check_blogs(blogs: list[SiteBlog]) -> None:
    """A PluginError naming both blogs and the way out, for any two that would clash."""
    for i, one in enumerate(blogs):
        for other in blogs[i + 1 :]:
            problem = _clash(one, other)
            if problem is not None:
                raise PluginError(f"{one.name} and {other.name} {problem}")


def reading_blog(blogs: list[SiteBlog]) -> SiteBlog:
    """The blog that reads the page sources of every blog's posts (MkDocs takes one plugin's
    reading of pages): the one without a `posts_dir`, else the first."""
    return next((blog for blog in blogs if blog.posts_dir is None), blogs[0])


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
        shared = _shared_folder(PostsFolder.of(one.posts_dir), PostsFolder.of(other.posts_dir))
        if shared is not None:
            return (
                f"both read the posts under {shared or '.'!r} (posts_dir {one.posts_dir!r} and "
                f"{other.posts_dir!r}): give them folders apart"
            )
    return None


@dataclass(frozen=True)
class PostsFolder:
    """What a `posts_dir` reads: `releases/_posts` the `_posts` and `_drafts` of `releases`
    alone (`_posts` those of docs_dir itself), `releases` every one under it."""

    folder: str  # where the `_posts` and `_drafts` folders it reads stand
    below: bool  # also in every folder under it

    @classmethod
    def of(cls, posts_dir: str) -> PostsFolder:
        if posixpath.basename(posts_dir) == "_posts":
            return cls(posixpath.dirname(posts_dir), below=False)
        return cls(posts_dir, below=True)

    def reads(self, folder: str) -> bool:
        """Whether it reads the `_posts` and `_drafts` standing in `folder`."""
        return _within(folder, self.folder) if self.below else folder == self.folder


def _shared_folder(one: PostsFolder, other: PostsFolder) -> str | None:
    """A folder whose posts both read, if any."""
    if other.reads(one.folder):
        return one.folder
    if one.reads(other.folder):
        return other.folder
    return None


def _within(path: str, folder: str) -> bool:
    return not folder or path == folder or path.startswith(folder + "/")


def posts_of(blogs: list[SiteBlog], plugin: object) -> Callable[[str], bool]:
    """Whether a file (by src_uri) is a post or draft of `plugin`'s blog: in its posts_dir, or,
    for the blog without one, in no other blog's."""
    mine = next(blog for blog in blogs if blog.plugin is plugin)
    if mine.posts_dir is not None:
        own = PostsFolder.of(mine.posts_dir)
        return lambda src_uri: _reads(own, src_uri)
    others = [PostsFolder.of(blog.posts_dir) for blog in blogs if blog.posts_dir is not None]
    return lambda src_uri: not any(_reads(folder, src_uri) for folder in others)


def _reads(posts: PostsFolder, src_uri: str) -> bool:
    parts = split_collection_path(src_uri)
    return parts is not None and posts.reads(parts[0])


def unread_posts_folders(blogs: list[SiteBlog], src_uris: Iterable[str]) -> list[str]:
    """The `_posts` and `_drafts` folders (`news/_posts`) holding files that no blog reads:
    there are some only where every blog has a `posts_dir`."""
    if any(blog.posts_dir is None for blog in blogs):
        return []
    folders = [PostsFolder.of(blog.posts_dir) for blog in blogs if blog.posts_dir is not None]
    unread = set()
    for src_uri in src_uris:
        parts = split_collection_path(src_uri)
        if parts is not None and not any(folder.reads(parts[0]) for folder in folders):
            unread.add(posixpath.join(parts[0], parts[1]))
    return sorted(unread)


def warn_of_unread_posts(blogs: list[SiteBlog], src_uris: Iterable[str]) -> None:
    """A warning for each posts folder no blog reads, naming the blogs and what they read."""
    reading = ", ".join(f"{blog.name} reads {blog.posts_dir!r}" for blog in blogs)
    for folder in unread_posts_folders(blogs, src_uris):
        log.warning(
            f"jekyll-blog: the posts in {folder} are read by no blog ({reading}): name the "
            "folder in a blog's posts_dir, or leave one blog without a posts_dir to read it"
        )


def take_page_reading(
    config: MkDocsConfig, blogs: list[SiteBlog], plugin: object, reader: Callable[..., str | None]
) -> None:
    """Make `reader` MkDocs' reading of page sources if `plugin`'s blog is the reading one.
    Registered here rather than as a method, which every blog would have: MkDocs takes one
    plugin's reading of pages, and warns of a second, as this does."""
    blog = reading_blog(blogs)
    readers = config.plugins.events["page_read_source"]
    if blog.plugin is not plugin or reader in readers:  # on_config may run again (i18n)
        return
    if readers:
        log.warning(
            f"Multiple 'on_page_read_source' handlers can't work: {blog.name} reads the pages "
            "of its posts, and another plugin registered one"
        )
    readers.append(reader)


@dataclass(frozen=True)
class SiteOfBlogs:
    """The site's blogs as one of them sees them: `index` is its own place among them."""

    blogs: list[SiteBlog]
    index: int

    @property
    def first(self) -> bool:
        """Whether it is the site's first blog, which does some things for them all."""
        return self.index == 0

    def stages(self) -> list[Stage]:
        """The stage each blog's build is in now, in the site's order."""
        return [blog.plugin.stage for blog in self.blogs]

    def earlier(self) -> list[Stage]:
        """The stages of the blogs before it, whose events of a kind run before its own."""
        return self.stages()[: self.index]

    def another_owns(self, page: Page) -> bool:
        """Whether `page` is a post or generated page of another blog of the site."""
        stages = self.stages()
        return any(stage.owns(page) for i, stage in enumerate(stages) if i != self.index)
