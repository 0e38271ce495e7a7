"""Every link the blog handles in pages MkDocs renders.

- `{% post_url %}` and `{% link %}` targets become the relative path from the linking page to the
  target's source file, so MkDocs turns it into the right URL for `use_directory_urls` and
  validates it like any other link (in posts through Liquid, in docs pages here).
- Links inside a post are mended before MkDocs checks and rewrites them: an href `urlsplit`
  cannot parse is percent-escaped (with a warning) instead of crashing MkDocs, and a
  site-absolute link (`{{ site.baseurl }}/guide/setup/`, as Jekyll posts write them) to a file
  of this site becomes a link to that file's source.
- `LinkGuard`, a Markdown step just before MkDocs rewrites links, hands every `href`/`src` of the
  page being rendered to that mending.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Mapping
from urllib.parse import quote, unquote, urlsplit, urlunsplit
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from ...jekyll.filenames import split_collection_path
from ...jekyll.problems import Problem
from ...model.posts import Post
from ..serve.keys import page_targets_key, targets_key


class PostIndex:
    """Every published post under the names `post_url` accepts: `[dir/]DATE-SLUG` as written
    inside `_posts`, `<folder above>/DATE-SLUG`, and, as Jekyll's deprecated fallback, the bare
    `DATE-SLUG` of a post in any folder."""

    def __init__(self, posts: Iterable[Post], sources: Iterable[str]) -> None:
        self._by_name: dict[str, str] = {}
        fallback: dict[str, str] = {}
        for post in posts:
            parts = split_collection_path(post.source)
            if parts is None:
                continue
            above, _, inner = parts
            stem = posixpath.splitext(inner)[0]
            self._by_name.setdefault(stem, post.source)
            if above:
                self._by_name.setdefault(f"{above}/{stem}", post.source)
            fallback.setdefault(posixpath.basename(stem), post.source)
        for name, source in fallback.items():
            self._by_name.setdefault(name, source)
        self._sources = frozenset(sources)

    def post_source(self, name: str) -> str | None:
        return self._by_name.get(name.strip().lstrip("/"))

    def file_source(self, path: str) -> str | None:
        path = path.strip().lstrip("/")
        return path if path in self._sources else None

    def fingerprint(self) -> bytes:
        """A key of everything a target can resolve to: every name and every file."""
        return targets_key(self._by_name, self._sources)


class PostResolver:
    """A `LinkResolver` for one page: targets as links relative to that page's source file,
    which MkDocs turns into URLs; or, given `urls` (src_uri → URL) for HTML that MkDocs does not
    rewrite, as URLs relative to the page's own."""

    def __init__(
        self, index: PostIndex, source: str, urls: Mapping[str, str] | None = None
    ) -> None:
        self._index = index
        self._source = source
        self._folder = posixpath.dirname(source)
        self._urls = urls

    def post_url(self, name: str) -> str | None:
        return self._relative(self._index.post_source(name))

    def link(self, path: str) -> str | None:
        return self._relative(self._index.file_source(path))

    def _relative(self, target: str | None) -> str | None:
        if target is None:
            return None
        if self._urls is not None:
            return get_relative_url(self._urls[target], self._urls[self._source])
        return quote(posixpath.relpath(target, self._folder or "."))


_CODE_OR_TAG = re.compile(
    r"(?P<fence>^ {0,3}(?P<mark>`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}(?P=mark)[ \t]*$|\Z))"
    r"|(?P<span>(?P<ticks>`+).+?(?P=ticks))"
    r"|\{%-?\s*(?P<tag>post_url|link)\s+(?P<arg>[^%]*?)\s*-?%\}",
    re.MULTILINE | re.DOTALL,
)


def resolve_page_tags(markdown: str, resolver: PostResolver) -> tuple[str, list[Problem]]:
    """`{% post_url %}` and `{% link %}` in an ordinary docs page, outside code, as links;
    (the new text, the targets not found). Nothing else of Liquid is touched in docs pages."""
    missing: list[Problem] = []

    def replace(match: re.Match[str]) -> str:
        tag = match.group("tag")
        if tag is None:
            return match.group(0)
        arg = match.group("arg")
        found = resolver.post_url(arg) if tag == "post_url" else resolver.link(arg)
        if found is None:
            missing.append(Problem(f"{tag} target {arg!r} not found"))
            return match.group(0)
        return found

    if "{%" not in markdown:
        return markdown, missing
    return _CODE_OR_TAG.sub(replace, markdown), missing


class SiteLinks:
    def __init__(self, files: Iterable[File], base_path: str) -> None:
        """`base_path`: the path of `site_url` ("/docs/" or "/")."""
        self._base = base_path if base_path.endswith("/") else base_path + "/"
        self._by_url: dict[str, str] = {}
        for file in files:
            url = unquote(file.url)
            self._by_url.setdefault(url, file.src_uri)
            if url.endswith("/"):
                self._by_url.setdefault(url.rstrip("/"), file.src_uri)
                self._by_url.setdefault(url + "index.html", file.src_uri)

    def mend(self, url: str, source: str, problems: list[Problem], *, in_post: bool) -> str:
        """`url` as written in the page at `source`, mended (see the module's docstring);
        site-absolute links are only redirected in posts."""
        try:
            parts = urlsplit(url)
        except ValueError as e:
            fixed = quote(url, safe="/:?#@!$&'()*+,;=%~")
            problems.append(Problem(f"link {url!r} cannot be parsed ({e}); written as {fixed!r}"))
            return fixed
        if not in_post or parts.scheme or parts.netloc or not parts.path.startswith(self._base):
            return url
        target = self._by_url.get(unquote(parts.path[len(self._base) :]))
        if target is None:
            return url
        relative = posixpath.relpath(target, posixpath.dirname(source) or ".")
        return urlunsplit(("", "", quote(relative), parts.query, parts.fragment))


_ATTRIBUTE = {"a": "href", "img": "src"}


# A link as written, and the src_uri of the page MkDocs renders it in (None when the Markdown is
# converted outside a page, by another plugin say) → the link to write.
LinkRewrite = Callable[[str, str | None], str]


class _LinkTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, rewrite: LinkRewrite) -> None:
        super().__init__(md)
        self._rewrite = rewrite

    def run(self, root: Element) -> None:
        source = _page_of(self.md)
        for element in root.iter():
            key = _ATTRIBUTE.get(element.tag)
            url = element.get(key) if key else None
            if key is not None and url is not None:
                element.set(key, self._rewrite(url, source))


def _page_of(md: Markdown) -> str | None:
    """The page this Markdown is converted for, from MkDocs' own link step, which knows it."""
    registry = md.treeprocessors  # a Markdown Registry, which has no `get`
    relpath = registry["relpath"] if "relpath" in registry else None  # noqa: SIM401
    file = getattr(relpath, "file", None)
    return file.src_uri if isinstance(file, File) else None


class LinkGuard(Extension):
    def __init__(self, rewrite: LinkRewrite, blog_dir: str = "") -> None:
        """`blog_dir` names this blog's step apart from another blog's."""
        super().__init__()
        self._rewrite = rewrite
        self._name = f"jekyll_blog_links:{blog_dir}"

    def extendMarkdown(self, md: Markdown) -> None:
        # MkDocs' own link rewriting ("relpath") has priority 0: run just before it.
        md.treeprocessors.register(_LinkTreeprocessor(md, self._rewrite), self._name, 1)


class PageLinks:
    """The links of one build: targets for Liquid and docs pages, and the mending of the links
    of the pages MkDocs renders."""

    def __init__(
        self,
        posts: Iterable[Post],
        files: Iterable[File],
        base_path: str,
        own: Iterable[Post] | None = None,
    ) -> None:
        """`posts`: every post a link may name (every blog's); `own`: those whose links this
        blog mends (all of `posts` if not given)."""
        files = list(files)
        posts = list(posts)
        self._index = PostIndex(posts, (file.src_uri for file in files))
        self._site = SiteLinks(files, base_path)
        self._posts = frozenset(post.source for post in posts)
        self._own = self._posts if own is None else frozenset(post.source for post in own)
        self._files = files
        self._urls: dict[str, str] | None = None  # see _file_urls
        self._fingerprints: dict[bool, bytes] = {}

    def resolver(self, source: str, *, html: bool = False) -> PostResolver:
        """`post_url` and `link` targets as links from the page at `source`; as URLs for a page
        written in `html`, whose links MkDocs does not rewrite."""
        if not html:
            return PostResolver(self._index, source)
        return PostResolver(self._index, source, self._file_urls())

    def fingerprint(self, *, html: bool) -> bytes:
        """A key of what `resolver(..., html=html)` answers, the same for every page."""
        found = self._fingerprints.get(html)
        if found is None:
            urls = self._file_urls() if html else None
            found = self._fingerprints[html] = page_targets_key(self._index.fingerprint(), urls)
        return found

    def _file_urls(self) -> dict[str, str]:
        """src_uri → URL of every file, made when an HTML post first needs it."""
        if self._urls is None:
            self._urls = {file.src_uri: file.url for file in self._files}
        return self._urls

    def in_docs_page(self, markdown: str, source: str) -> tuple[str, list[Problem]]:
        """A docs page's `post_url` and `link` tags as links; (the text, targets not found)."""
        return resolve_page_tags(markdown, self.resolver(source))

    def mend(
        self, url: str, source: str | None, *, others: bool = True
    ) -> tuple[str, list[Problem]]:
        """A link of the page at `source` (None: outside a page), mended; (the link, what was
        wrong with it). `others`: pages that are no blog's posts are mended too; another
        blog's posts never are (that blog mends them)."""
        problems: list[Problem] = []
        in_post = source in self._own
        if not in_post and (not others or source in self._posts):
            return url, problems
        return self._site.mend(url, source or "", problems, in_post=in_post), problems
