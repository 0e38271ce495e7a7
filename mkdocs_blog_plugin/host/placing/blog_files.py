"""The blog's files in an MkDocs build: its posts read and put in place of their files, its
generated pages, its stylesheet and the authors data file taken out of the site."""

from __future__ import annotations

import copy
import os
import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from ...config import BlogConfig
from ...jekyll.frontmatter import FrontMatter, split_front_matter
from ...jekyll.problems import Problem
from ...model.authors import NO_AUTHORS, AuthorsData, load_authors
from ...model.posts import Blog, Post
from ...model.reading import ReadResult, ReadSettings, read_posts
from ...pages.kinds import LISTING_KINDS, BlogPage
from ...pages.plan import BlogPlan, PlanOptions, plan_pages
from ..context import BuildContext
from ..report import log, report
from ..serve.keys import front_matter_key
from ..serve.memo import Memo
from ..site import SiteFacts
from .allowed_files import allowed_terms
from .generated_page import LISTING_MARKER, GeneratedPage
from .stylesheet import STYLESHEET_URI, stylesheet

AUTHORS_FILES = ("_data/authors.yml", "{blog}/.authors.yml")


class PostFile(File):
    """A post's file: a page wherever Jekyll would convert it (`.html` and `.mkdown` too)."""

    def is_documentation_page(self) -> bool:
        return True


@dataclass(frozen=True)
class FileSources:
    """The posts' text as MkDocs holds it: a file in docs_dir, or one another plugin made
    (mkdocs-gen-files writes into a folder of its own; others keep the text in memory)."""

    files: Mapping[str, File | None]  # src_uri → file

    def raw(self, source: str) -> bytes:
        file = self.files.get(source)
        assert file is not None  # only asked about the files it was given
        return file.content_bytes

    def modified(self, source: str) -> float:
        file = self.files.get(source)
        path = file.abs_src_path if file is not None else None
        return os.path.getmtime(path) if path else datetime.now(timezone.utc).timestamp()


@dataclass(frozen=True)
class BlogFiles:
    """What the blog put into the site's files."""

    blog: Blog
    plan: BlogPlan
    files: Mapping[str, File]  # src_uri → file, of every post and generated page built
    pages: Mapping[str, BlogPage]  # src_uri → generated page built
    user_pages: frozenset[str]  # generated pages the user wrote text for
    bodies: dict[str, str]  # post source → its text, until MkDocs reads it
    authors: AuthorsData

    @property
    def urls(self) -> dict[str, str]:
        """src_uri → MkDocs URL of every post and generated page."""
        return {uri: file.url for uri, file in self.files.items()}


def add_blog_files(
    files: Files,
    context: BuildContext,
    settings: ReadSettings,
    reads: Callable[[str], bool] = lambda src_uri: True,
) -> BlogFiles:
    """Read the posts (of the files `reads` accepts: this blog's folders), then add their
    files, the generated pages and the stylesheet."""
    options, config, site = context.options, context.config, context.site
    everything = {file.src_uri: file for file in files}
    parse = _remembered_front_matter(context.memo)
    candidates = [uri for uri in everything if reads(uri)]
    result = read_posts(FileSources(everything), candidates, settings, parse)
    for problem in result.problems:
        report(problem.source, problem.problem)
    claimed = {source: everything[source] for source in result.claimed}
    others = [file for uri, file in everything.items() if uri not in claimed]
    blog = Blog.of(_not_over_pages(result.posts, others))
    built = {}
    for source, file in claimed.items():
        post = blog.get(source)
        if post is None:
            files.remove(file)
        else:
            built[source] = _post_file(files, file, post, config)
    authors = _take_authors(files, options, config.docs_dir)
    plan = plan_pages(blog, _plan_options(options, site), authors)
    pages, user_pages = _add_blog_pages(files, plan, blog, config, built)
    if files.get_file_from_path(STYLESHEET_URI) is None:  # the first blog's serves them all
        files.append(File.generated(config, STYLESHEET_URI, content=stylesheet(config.theme.name)))
    _summarise(result, blog, len(pages))
    return BlogFiles(blog, plan, built, pages, frozenset(user_pages), result.bodies, authors)


def _remembered_front_matter(memo: Memo) -> Callable[[str], FrontMatter]:
    """Front matter read once a serve: a copy of its data each build, as a parse gives."""

    def parse(text: str) -> FrontMatter:
        key = front_matter_key(text)
        kept = memo.get("front matter", key, lambda: split_front_matter(text))
        return replace(kept, data=copy.deepcopy(kept.data), key_lines=dict(kept.key_lines))

    return parse


def read_settings(context: BuildContext, files: Files) -> ReadSettings:
    """`files`: the site's, from which data files of allowed names are taken."""
    options, config, site = context.options, context.config, context.site
    serving, imported = context.serving, context.imported
    drafts = options.drafts is True or (options.drafts == "serve" and serving)
    return ReadSettings(
        zone=site.zone,
        permalink=options.permalink,
        future=options.future,
        drafts=drafts,
        now=datetime.now(timezone.utc),
        excerpt_separator=options.excerpt_separator,
        use_directory_urls=config.use_directory_urls,
        defaults=imported.jekyll.defaults if imported else (),
        allowed=allowed_terms(options, config.docs_dir, files),
    )


def _plan_options(options: BlogConfig, site: SiteFacts) -> PlanOptions:
    return PlanOptions(
        blog_dir=options.blog_dir.strip("/"),
        paginate=options.paginate,
        tags=options.tags,
        categories=options.categories,
        authors=options.authors,
        series=options.series,
        archives=options.archives,
        slugify=options.slugify,
        styles={kind: options.listings[kind] for kind in LISTING_KINDS},
        labels=site.labels,
        dates=site.dates,
        title=site.blog_title,
    )


def _not_over_pages(posts: list[Post], files: list[File]) -> list[Post]:
    """A post whose URL is already a page of the site is refused: no silent overwrite."""
    pages = {file.dest_uri: file.src_uri for file in files}
    for post in posts:
        if post.dest_uri in pages:
            message = f"the post's URL {post.url} is already the page {pages[post.dest_uri]}"
            report(post.source, Problem(f"{message}: the post is skipped"))
    return [post for post in posts if post.dest_uri not in pages]


def _post_file(files: Files, source: File, post: Post, config: MkDocsConfig) -> File:
    """The post's page at its URL. A page's own file is kept, so that a plugin which took note
    of it (mkdocs-redirects, a redirect to the post by its source) sees where it went; a file
    MkDocs would copy as it is (`.html`) is replaced by a page that keeps its text."""
    if source.is_documentation_page():
        source.dest_uri = post.dest_uri
        source.url = source._get_url(config.use_directory_urls)
        source.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, post.dest_uri))
        source.inclusion = InclusionLevel.NOT_IN_NAV
        return source
    page = PostFile(
        post.source,
        source.src_dir,
        config.site_dir,
        config.use_directory_urls,
        dest_uri=post.dest_uri,
        inclusion=InclusionLevel.NOT_IN_NAV,
    )
    page.generated_by = source.generated_by
    if source.abs_src_path is None:
        page.content_bytes = source.content_bytes
    else:
        page.abs_src_path = source.abs_src_path
    files.remove(source)
    files.append(page)
    return page


def _add_blog_pages(
    files: Files, plan: BlogPlan, blog: Blog, config: MkDocsConfig, built: dict[str, File]
) -> tuple[dict[str, BlogPage], set[str]]:
    """Every generated page, unless it would take a post's place (then a warning); each page
    goes into `built` too."""
    pages: dict[str, BlogPage] = {}
    user_pages: set[str] = set()
    post_dests = {post.dest_uri: post.source for post in blog.posts}
    for page in plan.pages:
        own = _own_text(files, page.src_uri)
        if own is not None:
            # The user's text, as a file MkDocs always rebuilds: the list below it changes
            # with the posts even when the text does not (--dirty).
            user_pages.add(page.src_uri)
            files.remove(own)  # `tag/x/index.md`, or `tag/x.md`: both would be `tag/x/`
            file = File.generated(config, page.src_uri, content=own.content_string)
            files.append(file)
        else:
            file = File.generated(config, page.src_uri, content=LISTING_MARKER)
            if file.dest_uri in post_dests:
                message = f"the post's URL is also the blog page {file.url!r}, which is not built"
                report(post_dests[file.dest_uri], Problem(message))
                continue
            files.append(file)
            GeneratedPage(file, config, page.title)
        file.inclusion = InclusionLevel.NOT_IN_NAV
        built[page.src_uri] = file
        pages[page.src_uri] = page
    return pages, user_pages


def _take_authors(files: Files, options: BlogConfig, docs_dir: str) -> AuthorsData:
    """The authors data file: the `authors_file` option, or the first of AUTHORS_FILES. It is
    data, as Jekyll's `_data`: not published."""
    wanted = options.authors_file
    blog_dir = options.blog_dir.strip("/")
    candidates = [wanted] if wanted else [name.format(blog=blog_dir) for name in AUTHORS_FILES]
    for candidate in candidates:
        path = os.path.join(docs_dir, candidate)
        if not os.path.isfile(path):
            continue
        found = files.get_file_from_path(candidate)
        if found is not None:
            files.remove(found)
        with open(path, encoding="utf-8-sig") as f:
            data, problems = load_authors(candidate, f.read())
        for problem in problems:
            report(candidate, problem)
        return data
    if wanted:
        log.warning(f"authors_file: {wanted!r} not found in docs_dir")
    return NO_AUTHORS


def _summarise(result: ReadResult, blog: Blog, generated: int) -> None:
    """The one INFO line a build logs about the blog."""
    skipped = result.skipped
    drafts = sum(post.draft for post in blog.posts)
    others = ", ".join(
        f"{n} {reason}"
        for reason, n in sorted(skipped.items())
        if reason not in ("draft", "future", "unpublished")
    )
    log.info(
        f"jekyll-blog: {result.read} post files read, {len(blog.posts)} posts built "
        f"({drafts} drafts); skipped {skipped['draft']} drafts, {skipped['future']} future, "
        f"{skipped['unpublished']} unpublished{', ' + others if others else ''}; "
        f"{len(blog.posts) + generated} pages made"
    )


def _own_text(files: Files, src_uri: str) -> File | None:
    """The user's Markdown for the generated page `src_uri` (`blog/tag/x/index.md`): that file,
    or the one named after its folder (`blog/tag/x.md`)."""
    own = files.get_file_from_path(src_uri)
    folder = posixpath.dirname(src_uri)
    if own is None and src_uri.endswith("/index.md") and folder:
        own = files.get_file_from_path(folder + ".md")
    return own
