"""A post as an entry of the site's feeds: its URL and body made absolute, its authors
resolved, from what rendering the post yielded."""

from __future__ import annotations

from ...feeds.entries import feed_entry
from ...feeds.feed import FeedEntry
from ...html.absolute_links import absolute_html
from ...model.authors import AuthorsData
from ...model.posts import Post
from ...model.rendered import RenderedPost
from ..serve.keys import absolute_key
from ..serve.memo import Memo
from ..site import SiteFacts


def site_entry(
    post: Post,
    page_url: str,
    authors: AuthorsData,
    rendered: RenderedPost | None,
    site: SiteFacts,
    content: str,
    memo: Memo,
) -> FeedEntry:
    """`page_url`: the post's MkDocs URL; `content`: the `feeds.content` option."""
    url = site.url + page_url
    excerpt_html = rendered.excerpt.on_page(page_url) if rendered else ""
    body = excerpt_html if content == "excerpt" else (rendered.body if rendered else None)
    shown = None
    if body:
        shown = memo.get("absolute", absolute_key(body, url), lambda: absolute_html(body, url))
    return feed_entry(
        post,
        url,
        shown,
        excerpt_html,
        [authors.resolve(name) for name in post.authors],
        site.url,
    )
