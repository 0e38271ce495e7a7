"""Each post's entry in lists of posts: rendered once a build, shown on every list it is in."""

from __future__ import annotations

from functools import partial

from markupsafe import Markup

from ..portable_html import LinkRecorder, PortableHtml
from ..posts import Post
from ..rendering import ListedPost, Templates
from ..views import ViewMaker


class Entries:
    def __init__(self, views: ViewMaker, templates: Templates) -> None:
        """Make entries only once every post is rendered: they hold excerpts and reading times."""
        self._views = views
        self._templates = templates
        self._made: dict[str, PortableHtml] = {}

    def listed(self, post: Post, base: str) -> ListedPost:
        """The post as listed on the page at URL `base`."""
        entry = self._made.get(post.source)
        if entry is None:
            record = LinkRecorder()
            view = self._views.linked_post(post, record, excerpt=True)
            entry = self._made[post.source] = record.portable(self._templates.entry(view))
        view_here = partial(self._views.post, post, base, excerpt=True)
        return ListedPost(Markup(entry.on_page(base)), view_here)
