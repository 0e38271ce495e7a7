"""Each post's entry in lists of posts: rendered once a build, shown on every list it is in."""

from __future__ import annotations

from dataclasses import replace

from markupsafe import Markup

from ..model.posts import Post
from .maker import ViewMaker
from .templates import PostView, Templates


class Entries:
    def __init__(self, views: ViewMaker, templates: Templates) -> None:
        self._views = views
        self._templates = templates
        self._made: dict[str, PostView] = {}

    def listed(self, post: Post) -> PostView:
        """The post's view with its `entry`; ask only once every post is rendered."""
        view = self._made.get(post.source)
        if view is None:
            plain = self._views.post(post)
            view = replace(plain, entry=Markup(self._templates.entry(plain)))
            self._made[post.source] = view
        return view
