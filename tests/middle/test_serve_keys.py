"""Every key of what `mkdocs serve` keeps (host/serve/keys.py): each input a key names, changed
alone, changes the key; a key that missed one would hand back a stale page. Each test lists a
changed value for every parameter of its key, and fails if a parameter has none."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

import pytest
from blogparts import BlogInSite, blog_in_site, make_post
from jinja2 import Environment
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from mkdocs_blog_plugin.config import BlogConfig
from mkdocs_blog_plugin.feeds.feed import FeedEntry
from mkdocs_blog_plugin.host.serve import keys
from mkdocs_blog_plugin.html.portable import portable
from mkdocs_blog_plugin.kramdown import KramdownOptions
from mkdocs_blog_plugin.model.authors import load_authors
from mkdocs_blog_plugin.model.rendered import RenderedPost
from mkdocs_blog_plugin.views.templates import render_key

POST = make_post("one", datetime(2014, 2, 11, tzinfo=timezone.utc), tags=["a"])


def each_input_changes(
    key: Callable[..., object], base: Mapping[str, Any], changed: Mapping[str, Any]
) -> None:
    """`key(**base)` differs from the key with any one input replaced by its `changed` value."""
    names = list(inspect.signature(key).parameters)
    assert sorted(base) == sorted(names) == sorted(changed), "a value for every input"
    before = key(**base)
    assert key(**base) == before  # the same inputs, the same key
    for name in names:
        assert key(**{**base, name: changed[name]}) != before, f"{key.__name__}: {name}"


def test_front_matter_key() -> None:
    each_input_changes(keys.front_matter_key, {"text": "a"}, {"text": "b"})


def test_targets_key() -> None:
    each_input_changes(
        keys.targets_key,
        {"names": {"2014-01-01-a": "_posts/2014-01-01-a.md"}, "sources": ["index.md"]},
        {"names": {"2014-01-01-a": "_posts/2014-01-01-b.md"}, "sources": ["other.md"]},
    )


def test_page_targets_key() -> None:
    each_input_changes(
        keys.page_targets_key,
        {"targets": b"one", "urls": {"a.md": "a/"}},
        {"targets": b"two", "urls": {"a.md": "b/"}},
    )
    assert keys.page_targets_key(b"one", None) != keys.page_targets_key(b"one", {"a.md": "a/"})


def test_liquid_key() -> None:
    base = {
        "text": "{{ site.url }}",
        "source": "_posts/2014-01-01-a.md",
        "first_line": 3,
        "html": False,
        "baseurl": "/docs",
        "url": "https://example.org/docs",
        "mode": "render",
        "targets": b"targets",
    }
    changed = {
        "text": "{{ site.baseurl }}",
        "source": "_posts/2014-01-01-b.md",
        "first_line": 4,
        "html": True,
        "baseurl": "",
        "url": "https://example.com/docs",
        "mode": "strip",
        "targets": b"others",
    }
    each_input_changes(keys.liquid_key, base, changed)


def test_yielded_key() -> None:
    base = {
        "body": "<p>One</p>",
        "text": "One",
        "post": POST,
        "page_url": "blog/2014/one/",
        "reading_time": True,
        "targets": b"targets",
        "dialect": KramdownOptions(),
    }
    changed = {
        "body": "<p>Two</p>",
        "text": "Two",
        "post": dataclasses.replace(POST, title="Other"),
        "page_url": "blog/2014/two/",
        "reading_time": False,
        "targets": b"others",
        "dialect": KramdownOptions(hard_wrap=True),
    }
    each_input_changes(keys.yielded_key, base, changed)
    excerpt = dataclasses.replace(POST, data={"excerpt": "Own"})
    assert keys.yielded_key(**{**base, "post": excerpt}) != keys.yielded_key(**base)


def test_absolute_key() -> None:
    each_input_changes(
        keys.absolute_key,
        {"body": '<a href="x/">x</a>', "url": "https://example.org/a/"},
        {"body": '<a href="y/">y</a>', "url": "https://example.org/b/"},
    )


def test_template_key() -> None:
    each_input_changes(
        keys.template_key,
        {"theme_files": (("main.html", 1, 10),), "render": ("post.html", ("title", "A"))},
        {"theme_files": (("main.html", 2, 10),), "render": ("post.html", ("title", "B"))},
    )


def test_build_date_key() -> None:
    each_input_changes(
        keys.build_date_key,
        {"theme_files": (("main.html", 1, 10),), "theme_dirs": ["theme"]},
        {"theme_files": (), "theme_dirs": ["custom", "theme"]},
    )


def test_filled_page_key() -> None:
    base = {
        "blog": b"blog",
        "src_uri": "blog/index.md",
        "url": "blog/",
        "title": "Blog",
        "content": "<p>x</p>",
    }
    changed = {
        "blog": b"other blog",
        "src_uri": "blog/page/2/index.md",
        "url": "blog/page/2/",
        "title": "News",
        "content": "<p>y</p>",
    }
    each_input_changes(keys.filled_page_key, base, changed)


@pytest.fixture(scope="module")
def blog(tmp_path_factory: pytest.TempPathFactory) -> BlogInSite:
    posts = {
        "_posts/2014-02-11-one.md": "---\ntitle: One\nauthor: ann\n---\nOne.\n",
        "_posts/2014-02-12-two.md": "---\ntitle: Two\n---\nTwo.\n",
    }
    root = tmp_path_factory.mktemp("blog")
    return blog_in_site(root, {"index.md": "# Home\n", **posts}, {}, "https://example.org/")


def test_blog_key(blog: BlogInSite) -> None:
    files = blog.blog_files
    posts = files.blog.posts
    urls = files.urls
    source = posts[0].source
    other_options = BlogConfig()
    other_options.load_dict({"paginate": 3})
    assert other_options.validate() == ([], [])
    base = {
        "options": blog.options,
        "site": blog.facts,
        "theme_files": (("main.html", 1, 10),),
        "posts": posts,
        "urls": urls,
        "rendered": {},
        "authors": files.authors,
        "user_pages": files.user_pages,
    }
    changed = {
        "options": other_options,
        "site": dataclasses.replace(blog.facts, blog_title="News"),
        "theme_files": (("main.html", 2, 10),),
        "posts": [dataclasses.replace(posts[0], title="Moved"), *posts[1:]],
        "urls": {**urls, source: "elsewhere/"},
        "rendered": {source: RenderedPost(portable("<p>Excerpt</p>", urls[source]), 1)},
        "authors": load_authors("authors.yml", "ann: {name: Ann Lee}\n")[0],
        "user_pages": frozenset({"blog/index.md"}),
    }
    each_input_changes(keys.blog_key, base, changed)
    # what rendering yielded, each part of it
    one = RenderedPost(portable("<p>Excerpt</p>", urls[source]), 1)
    for other in (
        RenderedPost(portable("<p>Other</p>", urls[source]), 1),
        RenderedPost(portable('<p><a href="../x/">x</a></p>', urls[source]), 1),
        RenderedPost(portable("<p>Excerpt</p>", urls[source]), 2),
    ):
        with_one = keys.blog_key(**{**base, "rendered": {source: one}})
        assert keys.blog_key(**{**base, "rendered": {source: other}}) != with_one


def test_a_feed_entry_is_its_own_key() -> None:
    """The feeds keep each entry serialized under the entry: every field takes part in it."""
    assert all(field.compare for field in dataclasses.fields(FeedEntry))
    assert FeedEntry.__dataclass_params__.frozen  # type: ignore[attr-defined]


# --- the key of a page's render by the theme ---------------------------------------------------


def render_page(blog: BlogInSite, src_uri: str = "index.md", content: str = "<p>x</p>") -> Page:
    file = File.generated(blog.config, src_uri, content="# x\n")
    page = Page("Title", file, blog.config)
    page.content = content
    return page


def page_key(
    blog: BlogInSite,
    *,
    globals_: Mapping[str, object] | None = None,
    theme_files: object = (),
    shows_build_date: bool = False,
    template: str = "main.html",
    context: Mapping[str, object] | None = None,
    page: Page | None = None,
) -> bytes | None:
    env = Environment()
    env.globals.update(globals_ or {"extra": "one"})
    made = keys.RenderKeys(env, theme_files, shows_build_date)  # type: ignore[arg-type]
    shown = {"config": blog.config, "extra": {"a": 1}, keys.BUILD_DATE: "2024-01-01"}
    return made.key(template, context or shown, page or render_page(blog))


def test_render_key(blog: BlogInSite) -> None:
    before = page_key(blog)
    assert before is not None and page_key(blog) == before
    config = blog.config
    changed: dict[str, Any] = {
        "globals_": {"extra": "two"},
        "theme_files": (("main.html", 1, 10),),
        "template": "post.html",
        "context": {"config": config, "extra": {"a": 2}, keys.BUILD_DATE: "2024-01-01"},
        "page": render_page(blog, content="<p>y</p>"),
    }
    for name, value in changed.items():
        assert page_key(blog, **{name: value}) != before, name


def test_a_render_key_holds_the_build_date_where_the_theme_shows_it(blog: BlogInSite) -> None:
    later = {"config": blog.config, "extra": {"a": 1}, keys.BUILD_DATE: "2024-01-02"}
    assert page_key(blog, context=later) == page_key(blog)
    shown = page_key(blog, shows_build_date=True)
    assert page_key(blog, shows_build_date=True, context=later) != shown


@pytest.mark.parametrize(
    "change",
    ["url", "title", "src_uri", "content", "meta", "toc", "edit_url", "canonical_url", "next"],
)
def test_a_render_key_holds_what_a_theme_shows_of_the_page(blog: BlogInSite, change: str) -> None:
    page = render_page(blog)
    before = page_key(blog, page=page)
    if change == "src_uri":
        page = render_page(blog, "other.md")
    elif change == "content":
        page.content = "<p>y</p>"
    elif change == "meta":
        page.meta = {"description": "d"}
    elif change == "toc":
        page = render_page(blog)
        page.toc = [keys.AnchorLink("Heading", "heading", 2)]  # type: ignore[assignment]
    elif change == "next":
        page.next_page = render_page(blog, "next.md")
    elif change == "url":
        page.file.url = "elsewhere/"
    else:
        setattr(page, change, "changed")
    assert page_key(blog, page=page) != before


def test_a_value_no_key_can_hold_renders_the_page_anew(blog: BlogInSite) -> None:
    shown = {"config": blog.config, "extra": object()}
    assert page_key(blog, context=shown) is None


def test_a_template_s_render_key() -> None:
    """The inner part of `template_key`, made by the views (views/templates.py)."""
    labels = (("read_more", "Read more"),)  # the views' Labels hashes as a value does
    base = render_key("post.html", {"title": "A", "tags": ["a", "b"], "labels": labels})
    assert base is not None
    assert render_key("post.html", {"title": "A", "tags": ["a", "b"], "labels": labels}) == base
    for name, context in [
        ("page.html", {"title": "A", "tags": ["a", "b"], "labels": labels}),
        ("post.html", {"title": "B", "tags": ["a", "b"], "labels": labels}),
        ("post.html", {"title": "A", "tags": ["a"], "labels": labels}),
        ("post.html", {"title": "A", "tags": ["a", "b"], "labels": (("read_more", "More"),)}),
    ]:
        assert render_key(name, context) != base, (name, context)
    assert render_key("post.html", {"title": "A", "data": {"x": 1}}) is None  # renders anew
