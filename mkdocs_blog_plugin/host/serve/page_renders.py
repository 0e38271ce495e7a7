"""Under `mkdocs serve`, the theme's render of a blog page (a post or a generated page) is kept
from one build to the next and used again while nothing it is made from changed: the page, the
nav, the config, the theme's files (keys.py). MkDocs renders every page on every rebuild;
a blog's pages are most of a site, and a docs writer waits on each save.

How: once every page is read (on_env), each blog page is given a template that prints what the
plugin puts in the context; last of all plugins' `on_page_context`, the plugin renders the
page's own template there, or finds that render kept. Other plugins' `on_post_page` still run on
it, every build."""

from __future__ import annotations

import os
import zlib
from collections.abc import Hashable, Iterable

from jinja2 import ChoiceLoader, DictLoader, Environment
from markupsafe import Markup
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from .keys import BUILD_DATE, RenderKeys, build_date_key
from .memo import Memo

KEPT_TEMPLATE = "jekyll-blog-kept-render.html"
RENDER = "jekyll_blog_render"  # the context's entry the kept template prints
_NO_TEMPLATE = object()  # the page's meta had no `template`


class KeptRenders:
    def __init__(
        self,
        memo: Memo,
        theme_files: Hashable,
        env: Environment,
        theme_dirs: list[str],
        pages: Iterable[Page],
    ) -> None:
        """Before MkDocs renders the pages (on_env): each of `pages` gets the kept template."""
        self._memo = memo
        self._own: dict[str, object] = {}  # page source → its meta's template, or _NO_TEMPLATE
        self.rendered = self.made = 0  # this build's blog pages, and those rendered anew
        kept = DictLoader({KEPT_TEMPLATE: f"{{{{ {RENDER} }}}}"})
        env.loader = ChoiceLoader([kept, env.loader] if env.loader else [kept])
        self._env = env
        dirs = tuple(theme_dirs)
        key = build_date_key(theme_files, dirs)
        shows_date = memo.get("shows-build-date", key, lambda: _shows_build_date(dirs))
        self._keys = RenderKeys(env, theme_files, shows_date)
        for page in pages:
            if page.file.inclusion.is_excluded():  # type: ignore[no-untyped-call]
                continue  # MkDocs adds a draft's banner after on_page_context
            self._own[page.file.src_uri] = page.meta.get("template", _NO_TEMPLATE)
            page.meta["template"] = KEPT_TEMPLATE

    def summary(self) -> str:
        kept = self.rendered - self.made
        return f"jekyll-blog: {kept} of {self.rendered} page renders kept from the last build"

    def render(self, context: TemplateContext, page: Page) -> None:
        """The page's render, kept or made, into `context` for the kept template to print."""
        own = self._own.pop(page.file.src_uri, None)
        if own is None:
            return
        if own is _NO_TEMPLATE:
            del page.meta["template"]
        else:
            page.meta["template"] = own
        template = str(page.meta.get("template", "main.html"))
        env = self._env

        def make() -> str:
            return env.get_template(template).render(context)

        def made() -> bytes:
            self.made += 1
            return zlib.compress(make().encode(), 1)

        self.rendered += 1
        key = self._keys.key(template, context, page)
        if key is None:
            self.made += 1
            html = make()
        else:
            html = zlib.decompress(self._memo.get("page-render", key, made)).decode()
        context[RENDER] = Markup(html)  # type: ignore[literal-required]


def _shows_build_date(theme_dirs: Iterable[str]) -> bool:
    """Whether any of the theme's templates names the build's time (MkDocs' own themes do, in a
    comment): their renders then change with every build and none is kept."""
    for folder in theme_dirs:
        for parent, _, names in os.walk(folder, followlinks=True):
            for name in names:
                if name.endswith((".html", ".xml", ".j2", ".jinja")):
                    with open(os.path.join(parent, name), encoding="utf-8", errors="replace") as f:
                        if BUILD_DATE in f.read():
                            return True
    return False
