"""One build of one blog inside an MkDocs build, from on_config: its context made once, then
on_files places the blog's files and hands on what it placed (placed.py)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from ..config import BlogConfig
from ..jekyll_import import ImportedConfig
from ..views.templates import Templates
from .blogs import SiteBlog, SiteOfBlogs, posts_of, warn_of_unread_posts
from .context import BuildContext
from .linked import Placed
from .neighbours.i18n import other_language
from .neighbours.left_alone import tell_neighbours
from .neighbours.material_blog import refuse_a_shared_folder
from .output.feed_files import SiteFeeds
from .placed import PlacedFiles
from .placing.blog_files import add_blog_files, read_settings
from .placing.stylesheet import STYLESHEET_URI
from .roles.post_markdown import PostMarkdown
from .serve.memo import Memo
from .serve.theme_files import remembered_renders, theme_files
from .site import SiteFacts
from .stage import Stage
from .timing import Timings


def build_context(
    options: BlogConfig,
    config: MkDocsConfig,
    site: SiteFacts,
    imported: ImportedConfig | None,
    serving: bool,
    memo: Memo,
) -> BuildContext:
    files = theme_files(config)
    templates = Templates(config.theme.dirs, remembered_renders(memo, files), site.labels)
    return BuildContext(options, config, site, imported, serving, memo, files, templates, Timings())


class BlogBuild(Stage):
    def __init__(self, context: BuildContext, blogs: list[SiteBlog], plugin: object) -> None:
        """`blogs`: every blog of the site, `plugin` among them this one's."""
        config = context.config
        refuse_a_shared_folder(config, context.options.blog_dir)
        self.context = context
        self.timings = context.timings
        index = next(i for i, blog in enumerate(blogs) if blog.plugin is plugin)
        self._site = SiteOfBlogs(blogs, index)
        self._reads = posts_of(blogs, plugin)
        options = context.options
        kramdown = options.kramdown if options.markdown == "kramdown" else None
        self._dialect = PostMarkdown(kramdown, plugin)
        self._dialect.install(config.markdown_extensions)
        if STYLESHEET_URI not in config.extra_css:  # one stylesheet for every blog
            config.extra_css.append(STYLESHEET_URI)

    def on_files(self, files: Files) -> Stage:
        context = self.context
        config = context.config
        with context.timings.phase("reading"):
            if self._site.first:
                warn_of_unread_posts(self._site.blogs, (file.src_uri for file in files))
            settings = read_settings(context, files)
            blog_files = add_blog_files(files, context, settings, self._reads)
            plan, listed = blog_files.plan, blog_files.blog.listed
            feeds = SiteFeeds(context, files, plan, listed, blog_files.files)
            tell_neighbours(config, blog_files)
            # Another language's build links to the blog of the default language's one.
            elsewhere = other_language(config) is not None
        placed = PlacedFiles(context, self._site, blog_files, feeds, elsewhere, self._dialect)
        return Placed(placed)
