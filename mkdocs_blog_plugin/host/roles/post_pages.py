"""The MkDocs pages of the posts: their text, their Markdown after Liquid, their HTML and what it
yields for the listings and feeds, and the header and footer shown around it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import cast

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from ...html.portable import PortableHtml
from ...html.reading_time import reading_minutes
from ...html.text import escaped
from ...jekyll.liquid import LiquidMode, LiquidResult, LiquidSite, render_liquid
from ...model.posts import Post
from ...model.reading import read_body
from ...model.related import related_posts
from ...model.rendered import RenderedPost
from ...views.maker import ViewMaker
from ...views.templates import Templates
from ..context import BuildContext
from ..links.page_links import PageLinks
from ..output.redirect_pages import redirect_to_page
from ..placing.blog_files import BlogFiles, FileSources
from ..report import report
from ..serve.keys import liquid_key, yielded_key
from .excerpt_renders import Excerpts
from .post_markdown import PostMarkdown


class PostPages:
    def __init__(
        self,
        context: BuildContext,
        blog_files: BlogFiles,
        links: PageLinks,
        keeps_body: Callable[[str], bool],
        dialect: PostMarkdown,
    ) -> None:
        """`keeps_body`: whether a feed shows the whole post, whose body is then kept;
        `dialect`: how the page MkDocs renders next reads its Markdown."""
        self._memo = context.memo
        self._blog = blog_files.blog
        self._files = blog_files.files
        self._bodies = blog_files.bodies  # given back to MkDocs, one by one
        self._options = options = context.options
        self._config = context.config
        self._site = context.site
        self._links = links
        limit = options.related_posts
        self._related = related_posts(self._blog.listed, limit) if limit > 0 else {}
        self._keeps_body = keeps_body
        self._dialect = dialect
        self._excerpts = Excerpts(context.config, dialect.dialect)
        self._serving = context.serving  # `mkdocs serve` marks an unlisted post on its page
        self.rendered: dict[str, RenderedPost] = {}  # post source → what rendering it yielded

    def post_of(self, page: Page) -> Post | None:
        post = self._blog.get(page.file.src_uri)
        return post if post is not None and page.file is self._files.get(post.source) else None

    def source(self, post: Post) -> str:
        """The text after the front matter, with a leading newline that keeps MkDocs from
        reading a body that starts with "---" as meta."""
        body = self._bodies.pop(post.source, None)
        text = read_body(FileSources(self._files), post) if body is None else body
        return "\n" + text

    def markdown(self, markdown: str, page: Page, post: Post) -> str:
        """The page's meta from the front matter (escaped for themes), and Liquid rendered;
        MkDocs renders the page next, reading its Markdown as the blog says."""
        self._dialect.read(post)
        page.meta = post_meta(post)
        return self._liquid(post, markdown)

    def _liquid(self, post: Post, text: str) -> str:
        html = post.converter == "html"
        site = LiquidSite(
            baseurl=self._site.liquid_baseurl,
            url=self._site.liquid_url,
            mode=cast(LiquidMode, self._options.liquid),
            resolver=self._links.resolver(post.source, html=html),
        )
        # The body is served with one extra leading line (see `source`).
        first_line = post.body_line - 1

        def render() -> LiquidResult:
            return render_liquid(text, site, first_line=first_line)

        if self._memo.keeping:
            # what the render is made from: the text, and every target its tags may resolve to
            targets = self._links.fingerprint(html=html)
            key = liquid_key(
                text, post.source, first_line, html, site.baseurl, site.url, site.mode, targets
            )
            result = self._memo.get("liquid", key, render)
        else:
            result = render()
        for problem in result.problems:
            report(post.source, problem)
        if result.errors:
            raise PluginError(f"{post.source}: Liquid the blog cannot render (liquid: error)")
        return result.text

    def content(self, html: str, page: Page, post: Post, files: Files) -> str:
        """The post's body; what it yields is kept in `rendered`."""
        text = page.markdown or ""
        if post.converter == "html":
            html = text
        elif post.converter == "identity":  # plain text, shown as it is written
            html = f'<pre class="jb-text">{escape(text)}</pre>'

        def yielded() -> tuple[PortableHtml, int | None]:
            excerpt = self._excerpts.of_post(post, html, text, page, files)
            return excerpt, reading_minutes(html) if self._options.reading_time else None

        if self._memo.keeping:
            # made from the body, the text, the post, and the pages an excerpt's links name
            targets = self._links.fingerprint(html=False)
            reading_time, dialect = self._options.reading_time, self._dialect.dialect
            key = yielded_key(html, text, post, page.file.url, reading_time, targets, dialect)
            excerpt, minutes = self._memo.get("yielded", key, yielded)
        else:
            excerpt, minutes = yielded()
        body = html if self._keeps_body(post.source) else None
        self.rendered[post.source] = RenderedPost(excerpt, minutes, body)
        return html

    def pages(self, posts: Iterable[Post]) -> list[Page]:
        """The MkDocs pages of `posts`."""
        found = (self._files[post.source].page for post in posts if post.source in self._files)
        return [page for page in found if page is not None]

    def take_rendered(self) -> dict[str, RenderedPost]:
        """What rendering each post yielded, handed over once every post is rendered."""
        rendered, self.rendered = self.rendered, {}
        return rendered

    def render_skipped(self, files: Files) -> None:
        """Render (without writing) every post MkDocs did not render in this build (--dirty):
        the listings and feeds show them too."""
        for post in self._blog.posts:
            page = self._files[post.source].page
            if page is None or post.source in self.rendered:  # rendered by MkDocs
                continue
            page.read_source(self._config)
            page.markdown = self.markdown(page.markdown or "", page, post)
            page.render(self._config, files)
            self.content(page.content or "", page, post, files)
        self._dialect.read(None)

    def add_chrome(self, page: Page, post: Post, views: ViewMaker, templates: Templates) -> None:
        """The header and footer around the body, whose links are MkDocs' already."""
        assert page.content is not None
        body = page.content
        newer, older = self._blog.newer(post), self._blog.older(post)
        unlisted = post.unlisted and self._serving
        header = templates.post_header(views.post(post), views.series(post), unlisted)
        footer = templates.post_footer(
            None if newer is None else views.post(newer),
            None if older is None else views.post(older),
            [views.post(other) for other in self._related.get(post.source, ())],
        )
        base = page.file.url
        header, footer = views.on_page(header, base), views.on_page(footer, base)
        direction = self._site.labels.dir
        page.content = f'{header}\n<div class="jb-post-body"{direction}>\n{body}\n</div>\n{footer}'

    def redirect_page(self, post: Post) -> str | None:
        """The page a post with `redirect_to` is instead, None for any other post."""
        return redirect_to_page(post, self._site)


def post_meta(post: Post) -> dict[str, object]:
    """The front matter as other plugins and themes read `page.meta`: escaped (themes print
    it as HTML), the title as shown, tags and categories as the lists Jekyll reads
    (`tags: release shell` is two tags; Material's tags plugin wants a list), and, unless the
    post says otherwise, `render_macros: false`: its Liquid is rendered already, and
    mkdocs-macros would read what is left of it as Jinja."""
    meta: dict[str, object] = {
        "render_macros": False,
        **escaped(dict(post.data)),
        "title": escape(post.display_title),
    }
    for key, values in (("tags", post.tags), ("categories", post.categories)):
        if values or key in meta:
            meta[key] = escaped(list(values))
    if post.unlisted:  # Material's search reads it (MkDocs' own: host/roles/unlisted.py)
        meta["search"] = {"exclude": True}
    return meta
