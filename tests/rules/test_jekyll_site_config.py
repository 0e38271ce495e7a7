"""The old site's `_config.yml` (jekyll-semantics.md sections 6, 7 and 10; Jekyll's
configuration.rb and frontmatter_defaults.rb, features/frontmatter_defaults.feature), and the
three real configurations of the shared corpora."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sitebuild import shared

from mkdocs_blog_plugin.jekyll.problems import RuleError
from mkdocs_blog_plugin.jekyll.site_config import (
    JekyllConfig,
    PostDefaults,
    front_matter_with_defaults,
    read_jekyll_config,
)


def corpus_config(name: str) -> JekyllConfig:
    found = sorted((shared("corpora") / name).rglob("_config.yml"))
    assert found, f"no _config.yml in the corpus {name}"
    return read_jekyll_config(found[0].read_text("utf-8"))


# ---------------------------------------------------------------------------------------------
# The three real configurations


@pytest.mark.parametrize(
    ("name", "options", "baseurl", "paginate_path", "feed_path", "taken", "ignored"),
    [
        (
            "nymote",
            # author: {twitter: nymote}, as jekyll-seo-tag reads it
            {
                "permalink": "/:categories/:year/:title",
                "twitter_creator": "nymote",
                "markdown": "kramdown",
            },
            "",
            None,
            None,  # Jekyll-Bootstrap's own atom.xml, not jekyll-feed
            ("permalink", "markdown", "author"),
            (
                "JB", "exclude", "highlighter", "port", "production_url",
                "tagline", "title",
            ),
        ),
        (
            "jekyll-docs",
            {
                # collections.posts.permalink wins over the (absent) site permalink
                "permalink": "/news/:year/:month/:day/:title/",
                "timezone": "America/Los_Angeles",
                "future": True,
                "feeds": {"per_category": True},  # feed.categories: [release]
                "twitter": "jekyllrb",  # twitter: {username: jekyllrb}
                "logo": "/img/logo-2x.png",
                "kramdown": {"syntax_highlighter_opts": {"default_lang": "plaintext"}},
            },
            "",
            None,
            "feed.xml",  # plugins lists jekyll-feed, and feed: has no path
            (
                "timezone", "twitter", "logo", "collections", "defaults", "future", "plugins",
                "feed", "kramdown",
            ),
            (
                "cloudinary_url", "description", "exclude", "google_analytics_id",
                "google_site_verification", "name", "repository", "sass",
                "site_branch", "strict_front_matter", "url", "version",
            ),
        ),
        (
            "18f",
            {
                "permalink": "pretty",
                "paginate": 5,
                # jekyll-archives enabled: [tags]
                "archives": [],
                "tags": True,
                "categories": False,
                "logo": "/assets/img/logos/18F-Logo-Bright-S.png",
                "markdown": "kramdown",
            },
            "",
            "blog/page/:num/",
            "feed.xml",
            (
                "baseurl", "permalink", "logo", "paginate", "paginate_path", "jekyll-archives",
                "defaults", "markdown", "plugins",
            ),
            (
                "autoprefixer", "collections", "dap_agency", "dap_subagency", "description",
                "env", "exclude", "footer", "github_repo", "google_analytics_ua", "highlighter",
                "localhost", "related_posts", "search_site_handle",
                "tag_dir", "title", "url",
            ),
        ),
    ],
)  # fmt: skip
def test_corpus_configs(
    name: str,
    options: dict[str, Any],
    baseurl: str,
    paginate_path: str | None,
    feed_path: str | None,
    taken: tuple[str, ...],
    ignored: tuple[str, ...],
) -> None:
    config = corpus_config(name)
    assert config.options == options
    assert config.baseurl == baseurl
    assert config.paginate_path == paginate_path
    assert config.feed_path == feed_path
    assert config.taken == taken
    assert config.ignored == ignored


def test_corpus_defaults() -> None:
    """Only the scopes that can apply to posts are kept; each post gets what Jekyll gave it."""
    docs = corpus_config("jekyll-docs").defaults
    assert docs == (
        PostDefaults("_posts", {"layout": "news_item"}, typed=True),
        PostDefaults("", {"image": "/img/jekyll-og.png"}),
    )
    post = "_posts/2013-05-06-jekyll-1-0-0-released.markdown"
    assert front_matter_with_defaults(docs, post, {"title": "Jekyll 1.0.0 Released"}) == {
        "image": "/img/jekyll-og.png",
        "layout": "news_item",
        "title": "Jekyll 1.0.0 Released",
    }
    # The one post that sets its own layout keeps it.
    assert front_matter_with_defaults(docs, post, {"layout": "post"})["layout"] == "post"

    f18 = corpus_config("18f").defaults
    assert f18[0] == PostDefaults("", {"layout": "post"}, typed=True)
    assert [d.path for d in f18[1:]] == [
        "pages", "_authors", "_contact", "_about", "_principles", "_join",
        "_products_projects", "_services_projects", "_styleguide",
    ]  # fmt: skip
    assert front_matter_with_defaults(f18, "_posts/2015-05-21-TockingTime.md", {}) == {
        "layout": "post"
    }
    assert corpus_config("nymote").defaults == ()


# ---------------------------------------------------------------------------------------------
# Settings, one at a time


@pytest.mark.parametrize(
    ("yaml_text", "options", "taken", "ignored"),
    [
        ("", {}, (), ()),
        ("# nothing but a comment\n", {}, (), ()),
        ("permalink: pretty", {"permalink": "pretty"}, ("permalink",), ()),
        (
            "permalink: /:categories/:year/:title",
            {"permalink": "/:categories/:year/:title"},
            ("permalink",),
            (),
        ),
        ('permalink: ""', {}, (), ("permalink",)),
        ("permalink: [a]", {}, (), ("permalink",)),
        # Jekyll: collections.posts.permalink, when set, is the posts' permalink.
        (
            "permalink: date\ncollections: {posts: {permalink: /news/:title/}}",
            {"permalink": "/news/:title/"},
            ("collections",),
            ("permalink",),
        ),
        (
            "permalink: date\ncollections: {posts: {output: true}}",
            {"permalink": "date"},
            ("permalink",),
            ("collections",),
        ),
        ("collections: [posts, docs]", {}, (), ("collections",)),
        ("timezone: Europe/Brussels", {"timezone": "Europe/Brussels"}, ("timezone",), ()),
        ('timezone: ""', {}, (), ("timezone",)),
        ("timezone: 5", {}, (), ("timezone",)),
        (
            "excerpt_separator: <!--more-->",
            {"excerpt_separator": "<!--more-->"},
            ("excerpt_separator",),
            (),
        ),
        ('excerpt_separator: ""', {"excerpt_separator": ""}, ("excerpt_separator",), ()),
        ("future: true", {"future": True}, ("future",), ()),
        ("future: no", {"future": False}, ("future",), ()),  # YAML 1.1, as Psych reads it
        ('future: "true"', {}, (), ("future",)),
        ("paginate: 5", {"paginate": 5}, ("paginate",), ()),
        # Jekyll drops a paginate that is not a positive integer.
        ("paginate: 0", {}, (), ("paginate",)),
        ("paginate: -3", {}, (), ("paginate",)),
        ('paginate: "5"', {}, (), ("paginate",)),
        ("paginate: true", {}, (), ("paginate",)),
        ("paginate_path: /page:num/", {}, ("paginate_path",), ()),
        ("title: My blog\nurl: https://example.org", {}, (), ("title", "url")),
        ("zeta: 1\nalpha: 2\nmid: 3", {}, (), ("alpha", "mid", "zeta")),  # sorted
        ("2014: year\ntrue: yes", {}, (), ("2014", "true")),  # keys as Ruby strings
        # jekyll-seo-tag's
        ("twitter:\n  username: tidekit", {"twitter": "tidekit"}, ("twitter",), ()),
        ("twitter: '@tidekit'", {"twitter": "@tidekit"}, ("twitter",), ()),
        ("author:\n  name: Ann\n  twitter: ann_w", {"twitter_creator": "ann_w"}, ("author",), ()),
        ("author: Ann", {}, (), ("author",)),
        ("logo: /img/logo.png", {"logo": "/img/logo.png"}, ("logo",), ()),
    ],
)
def test_settings(
    yaml_text: str, options: dict[str, Any], taken: tuple[str, ...], ignored: tuple[str, ...]
) -> None:
    config = read_jekyll_config(yaml_text)
    assert config.options == options
    assert config.taken == taken
    assert config.ignored == ignored


def test_taken_in_file_order() -> None:
    config = read_jekyll_config("timezone: UTC\npermalink: none\nfuture: true\ntitle: x")
    assert config.taken == ("timezone", "permalink", "future")


@pytest.mark.parametrize(
    ("yaml_text", "baseurl", "taken"),
    [
        ("title: x", "", False),
        ('baseurl: ""', "", True),
        ("baseurl:", "", True),
        ("baseurl: /", "", True),
        ("baseurl: /blog", "/blog", True),
        ("baseurl: /blog/", "/blog", True),
        ("baseurl: blog", "/blog", True),
        ("baseurl: ' /docs/blog/ '", "/docs/blog", True),
        ("baseurl: 5", "", False),
    ],
)
def test_baseurl(yaml_text: str, baseurl: str, taken: bool) -> None:
    config = read_jekyll_config(yaml_text)
    assert config.baseurl == baseurl
    assert ("baseurl" in config.taken) is taken


@pytest.mark.parametrize(
    ("yaml_text", "paginate_path"),
    [
        ("paginate_path: /page:num/", "/page:num/"),
        ("paginate_path: blog/page/:num/", "blog/page/:num/"),  # as written
        ("paginate_path: 3", None),
        ("title: x", None),
    ],
)
def test_paginate_path(yaml_text: str, paginate_path: str | None) -> None:
    assert read_jekyll_config(yaml_text).paginate_path == paginate_path


# ---------------------------------------------------------------------------------------------
# jekyll-archives


ALL_ARCHIVES = {"archives": ["year", "month", "day"], "tags": True, "categories": True}
NO_ARCHIVES = {"archives": [], "tags": False, "categories": False}


@pytest.mark.parametrize(
    ("yaml_text", "options"),
    [
        ("jekyll-archives: {enabled: true}", ALL_ARCHIVES),
        ("jekyll-archives: {enabled: all}", ALL_ARCHIVES),
        (
            "jekyll-archives: {enabled: [year, month, day, categories, tags]}",
            ALL_ARCHIVES,
        ),
        (
            "jekyll-archives: {enabled: [tags]}",
            {"archives": [], "tags": True, "categories": False},
        ),
        (
            "jekyll-archives: {enabled: [day, categories, year]}",
            {"archives": ["year", "day"], "tags": False, "categories": True},
        ),
        # The plural kinds only: `tag` and `category` are the permalink keys, not kinds.
        ("jekyll-archives: {enabled: [tag, category]}", NO_ARCHIVES),
        ("jekyll-archives: {enabled: false}", NO_ARCHIVES),
        ("jekyll-archives: {enabled: tags}", NO_ARCHIVES),
        ("jekyll-archives: {enabled: }", NO_ARCHIVES),
        ("jekyll-archives: {enabled: [], layout: archive}", NO_ARCHIVES),
    ],
)
def test_archives(yaml_text: str, options: dict[str, Any]) -> None:
    config = read_jekyll_config(yaml_text)
    assert config.options == options
    assert config.taken == ("jekyll-archives",)


@pytest.mark.parametrize(
    "yaml_text",
    [
        "jekyll-archives: {layout: archive}",  # no `enabled`: the plugin's own defaults stand
        "jekyll-archives: [tags]",  # not a mapping: jekyll-archives warns and makes nothing
        "jekyll-archives:",
        "jekyll-archives: yes",
    ],
)
def test_archives_not_taken(yaml_text: str) -> None:
    config = read_jekyll_config(yaml_text)
    assert config.options == {}
    assert config.ignored == ("jekyll-archives",)


# ---------------------------------------------------------------------------------------------
# jekyll-feed


@pytest.mark.parametrize(
    ("yaml_text", "feeds", "feed_path"),
    [
        ("title: x", None, None),
        ("plugins: [jekyll-feed]", None, "feed.xml"),
        ("gems: [jekyll-feed]", None, "feed.xml"),
        ("feed: {}", None, "feed.xml"),
        ("feed: {path: atom.xml}", None, "atom.xml"),
        ("feed: {path: /blog/atom.xml}", None, "blog/atom.xml"),
        ("feed: {path: ../../../x.xml}", None, "x.xml"),
        ("feed: {path: 3}", None, "feed.xml"),
        (
            "feed: {path: a.xml, collections: {posts: {path: /b.xml}}}",
            None,
            "b.xml",
        ),
        ("feed: {posts_limit: 2}", {"limit": 2}, "feed.xml"),
        ("feed: {posts_limit: 0}", None, "feed.xml"),  # jekyll-feed: empty; plugin: all
        ("feed: {posts_limit: '2'}", None, "feed.xml"),
        ("feed: {excerpt_only: true}", {"content": "excerpt"}, "feed.xml"),
        ("feed: {excerpt_only: false}", {"content": "full"}, "feed.xml"),
        ("feed: {tags: true}", {"per_tag": True}, "feed.xml"),
        ("feed: {tags: {only: [news], path: alt/}}", {"per_tag": True}, "feed.xml"),
        ("feed: {tags: false}", {"per_tag": False}, "feed.xml"),
        ("feed: {tags: }", {"per_tag": False}, "feed.xml"),
        ("feed: {tags: [news]}", None, "feed.xml"),  # jekyll-feed ignores a list
        ("feed: {categories: [release]}", {"per_category": True}, "feed.xml"),
        ("feed: {categories: []}", {"per_category": False}, "feed.xml"),
        ("feed: {categories: }", {"per_category": False}, "feed.xml"),
        (
            "feed: {collections: {posts: {categories: [news]}}}",
            {"per_category": True},
            "feed.xml",
        ),
        (
            "feed: {posts_limit: 5, excerpt_only: true, tags: true, categories: [a]}",
            {"limit": 5, "content": "excerpt", "per_tag": True, "per_category": True},
            "feed.xml",
        ),
    ],
)
def test_feed(yaml_text: str, feeds: dict[str, Any] | None, feed_path: str | None) -> None:
    config = read_jekyll_config(yaml_text)
    assert config.options.get("feeds") == feeds
    assert config.feed_path == feed_path


@pytest.mark.parametrize(
    ("yaml_text", "feed_path", "taken", "ignored"),
    [
        ("feed: true", None, (), ("feed",)),  # not a mapping: as if absent
        ("feed: [a]\nplugins: [jekyll-feed]", "feed.xml", ("plugins",), ("feed",)),
        ("plugins: [jekyll-sitemap]", None, (), ("plugins",)),
        ("plugins: jekyll-feed", None, (), ("plugins",)),
        (
            "plugins: [jekyll-feed]\ngems: [jekyll-feed]\nfeed: {}",
            "feed.xml",
            ("plugins", "gems", "feed"),
            (),
        ),
    ],
)
def test_feed_keys(
    yaml_text: str, feed_path: str | None, taken: tuple[str, ...], ignored: tuple[str, ...]
) -> None:
    config = read_jekyll_config(yaml_text)
    assert config.feed_path == feed_path
    assert config.taken == taken
    assert config.ignored == ignored


# ---------------------------------------------------------------------------------------------
# Broken files


@pytest.mark.parametrize(
    ("yaml_text", "message", "line"),
    [
        ("title: x\npermalink: [a\n", "invalid YAML", 3),
        ("title: x\nfoo: bar: baz\n", "invalid YAML: mapping values are not allowed", 2),
        ("a:\n  b: 1\n c: 2\n", "invalid YAML", 3),
        ("title: 'unclosed\n", "invalid YAML", None),
        ("a: *undefined\n", "invalid YAML: found undefined alias", 1),
        ("ok: 1\nbell: \x07\n", "invalid YAML", 2),
        ("x: !!int abc\n", "invalid YAML", None),
        ("x: !!python/object:os.system {}\n", "invalid YAML", 1),
        ("[" * 5000, "invalid YAML", None),
        ("- a\n- b\n", "the configuration is a list, not a mapping of settings", None),
        ("just text\n", "the configuration is a str, not a mapping of settings", None),
        ("42\n", "the configuration is a int, not a mapping of settings", None),
    ],
)
def test_broken_config(yaml_text: str, message: str, line: int | None) -> None:
    with pytest.raises(RuleError) as caught:
        read_jekyll_config(yaml_text)
    assert caught.value.message.startswith(message)
    if line is not None:
        assert caught.value.line == line


@pytest.mark.parametrize(
    "yaml_text",
    [
        "\ufefftitle: x\n",  # a byte order mark
        "---\ntitle: x\n",  # a document start, as jekyll-docs has
        "title: x\n---\nbroken: [\n",  # only the first document is read, as by Psych
        "date: 2016-02-30\n",  # an impossible timestamp stays text
        "title: x\n...\n",
    ],
)
def test_readable_config(yaml_text: str) -> None:
    assert read_jekyll_config(yaml_text).ignored in (("title",), ("date",))


# ---------------------------------------------------------------------------------------------
# Front matter defaults


@pytest.mark.parametrize(
    ("yaml_text", "defaults"),
    [
        ("title: x", ()),
        ("defaults: {values: {a: 1}}", ()),  # not a list
        ("defaults: [{scope: {path: ''}, values: {a: 1}}]", (PostDefaults("", {"a": 1}),)),
        ("defaults: [{values: {a: 1}}]", (PostDefaults("", {"a": 1}),)),  # no scope
        ("defaults: [{scope: {}, values: {a: 1}}]", (PostDefaults("", {"a": 1}),)),
        ("defaults: [{scope: , values: {a: 1}}]", (PostDefaults("", {"a": 1}),)),
        (
            "defaults: [{scope: {type: posts}, values: {a: 1}}]",
            (PostDefaults("", {"a": 1}, typed=True),),
        ),
        (
            "defaults: [{scope: {type: post, path: blog}, values: {a: 1}}]",  # deprecated type
            (PostDefaults("blog", {"a": 1}, typed=True),),
        ),
        ("defaults: [{scope: {type: pages}, values: {a: 1}}]", ()),
        ("defaults: [{scope: {type: drafts}, values: {a: 1}}]", ()),  # drafts are posts now
        ("defaults: [{scope: {type: docs, path: _docs}, values: {a: 1}}]", ()),
        ("defaults: [{scope: {path: 3}, values: {a: 1}}]", (PostDefaults("", {"a": 1}),)),
        # Invalid sets are skipped, as Jekyll does with a warning.
        ("defaults: [{scope: {path: ''}}]", ()),
        ("defaults: [{values: [a]}]", ()),
        ("defaults: [just text, 3]", ()),
        ("defaults: [{values: {2014: year}}]", (PostDefaults("", {"2014": "year"}),)),
        (
            "defaults: [{scope: {path: a}, values: {x: 1}}, {scope: {type: pages}, values: {y: 2}},"
            " {scope: {path: b, type: posts}, values: {z: 3}}]",
            (PostDefaults("a", {"x": 1}), PostDefaults("b", {"z": 3}, typed=True)),
        ),
    ],
)
def test_post_defaults(yaml_text: str, defaults: tuple[PostDefaults, ...]) -> None:
    config = read_jekyll_config(yaml_text)
    assert config.defaults == defaults
    assert ("defaults" in config.taken) is bool(defaults)


def d(path: str, typed: bool = False, **values: Any) -> PostDefaults:
    return PostDefaults(path, values, typed)


POST = "_posts/2013-10-14-about.md"


@pytest.mark.parametrize(
    ("defaults", "source", "data", "expected"),
    [
        ([], POST, {"title": "x"}, {"title": "x"}),
        ([d("", layout="pretty")], POST, {}, {"layout": "pretty"}),
        # features/frontmatter_defaults.feature: override by path, either order
        (
            [d("special", layout="sub"), d("", layout="root")],
            "special/_posts/2013-10-14-about.md",
            {},
            {"layout": "sub"},
        ),
        ([d("special", layout="sub"), d("", layout="root")], POST, {}, {"layout": "root"}),
        (
            [d("", layout="root"), d("special", layout="sub")],
            "special/_posts/2013-10-14-about.md",
            {},
            {"layout": "sub"},
        ),
        # a path is a prefix of the post's path: `_posts` is not `special/_posts`
        ([d("_posts", layout="main")], "special/_posts/x.md", {}, {}),
        ([d("special/_posts", layout="main")], "special/_posts/x.md", {}, {"layout": "main"}),
        (
            [d("_posts/en", lang="en"), d("_posts/de", lang="de")],
            "_posts/de/x.md",
            {},
            {"lang": "de"},
        ),
        # ... a string prefix, as Jekyll's start_with?
        ([d("_post", a=1)], POST, {}, {"a": 1}),
        ([d("_posts/2013", a=1)], POST, {}, {"a": 1}),
        ([d("_posts/2014", a=1)], POST, {}, {}),
        ([d("_posts", a=1)], "/_posts/x.md", {}, {"a": 1}),  # the post's leading "/" is dropped
        ([d("/_posts", a=1)], POST, {}, {}),  # a scope's is not: it never matches in Jekyll
        # override by type: a typed scope beats an untyped one of the same path length
        (
            [d("", True, permalink="/post.html"), d("", permalink="/perma.html")],
            POST,
            {},
            {"permalink": "/post.html"},
        ),
        (
            [d("", permalink="/perma.html"), d("", True, permalink="/post.html")],
            POST,
            {},
            {"permalink": "/post.html"},
        ),
        # same path length, both typed or both untyped: the later one wins
        ([d("", True, a=1), d("", True, a=2)], POST, {}, {"a": 2}),
        ([d("", a=1), d("", a=2)], POST, {}, {"a": 2}),
        # a longer path beats a typed scope
        ([d("_posts", a="path"), d("", True, a="type")], POST, {}, {"a": "path"}),
        # values merge: the winner's keys win, the others' other keys stay
        (
            [d("_posts", a=1, b=1), d("", a=2, c=2)],
            POST,
            {},
            {"a": 1, "b": 1, "c": 2},
        ),
        # the front matter wins over every default
        (
            [d("", permalink="/perma.html", author="Chris")],
            POST,
            {"permalink": "/frontmatter.html", "author": "some guy"},
            {"permalink": "/frontmatter.html", "author": "some guy"},
        ),
        # ... except with null, which keeps the default (Utils.deep_merge_hashes)
        ([d("", image="/og.png")], POST, {"image": None}, {"image": "/og.png"}),
        ([d("", image=None)], POST, {"image": None}, {"image": None}),
        ([], POST, {"image": None}, {"image": None}),
        ([d("", layout="post")], POST, {"layout": False}, {"layout": False}),
        # mappings are merged (the Deep merge scenario), lists replaced
        (
            [d("", fruit={"apple": 2, "pear": {"x": 1}})],
            POST,
            {"fruit": {"orange": 1, "pear": {"y": 2}}},
            {"fruit": {"apple": 2, "pear": {"x": 1, "y": 2}, "orange": 1}},
        ),
        ([d("", fruit={"apple": 2})], POST, {"fruit": "none"}, {"fruit": "none"}),
        ([d("", tags=["a", "b"])], POST, {"tags": ["c"]}, {"tags": ["c"]}),
        ([d("", tags=["a", "b"])], POST, {}, {"tags": ["a", "b"]}),
        ([d("_posts/x", a=1), d("", b=2)], POST, {}, {"b": 2}),
        # categories of defaults and front matter are joined (Document#merge_categories!)
        (
            [d("", categories=["news", "blog"])],
            POST,
            {"categories": ["blog", "release"]},
            {"categories": ["news", "blog", "release"]},
        ),
        (
            [d("", categories="news blog")],
            POST,
            {"categories": "release  news"},
            {"categories": ["news", "blog", "release"]},
        ),
        ([d("", categories=["news"])], POST, {}, {"categories": ["news"]}),
        ([d("", categories=["news"])], POST, {"categories": None}, {"categories": ["news"]}),
        (
            [d("", categories=["news"])],
            POST,
            {"category": "release"},
            {"categories": ["news"], "category": "release"},
        ),
        ([d("", categories=[1])], POST, {"categories": ["1", 1]}, {"categories": [1, "1"]}),
        ([d("", categories=5)], POST, {"categories": ["a"]}, {"categories": ["a"]}),
        ([], POST, {"categories": "a a"}, {"categories": "a a"}),  # no defaults: as written
    ],
)
def test_front_matter_with_defaults(
    defaults: list[PostDefaults], source: str, data: dict[str, Any], expected: dict[str, Any]
) -> None:
    assert front_matter_with_defaults(defaults, source, data) == expected


@pytest.mark.parametrize(
    ("scope", "source", "applies"),
    [
        ("_posts/*", POST, True),
        ("_posts/*.md", POST, True),
        ("_posts/*.html", POST, False),
        ("*/_posts", "blog/_posts/x.md", True),
        ("*/_posts", POST, False),
        ("*", POST, True),  # the folder `_posts` matches
        ("**/_posts", POST, True),
        ("**/_posts", "a/b/_posts/x.md", True),
        ("blog/**/*.md", "blog/_posts/x.md", True),
        ("_posts/2013-??-14-*", POST, True),
        ("_posts/2014-*", POST, False),
        ("_posts/*/x.md", POST, False),  # `*` stays inside one folder
        ("_p*s/[a].md", "_posts/[a].md", True),  # only `*`, `**/` and `?` are wildcards
        ("_p(o)*", POST, False),
    ],
)
def test_glob_scopes(scope: str, source: str, applies: bool) -> None:
    result = front_matter_with_defaults([d(scope, hit=True)], source, {})
    assert result == ({"hit": True} if applies else {})


def test_defaults_are_not_shared() -> None:
    defaults = [d("", tags=["a"], meta={"x": [1]})]
    first = front_matter_with_defaults(defaults, POST, {})
    first["tags"].append("changed")
    first["meta"]["x"].append(2)
    assert front_matter_with_defaults(defaults, POST, {}) == {"tags": ["a"], "meta": {"x": [1]}}
    assert defaults[0].values == {"tags": ["a"], "meta": {"x": [1]}}


def test_front_matter_is_not_changed() -> None:
    data = {"fruit": {"orange": 1}, "categories": ["b"]}
    front_matter_with_defaults([d("", fruit={"apple": 2}, categories=["a"])], POST, data)
    assert data == {"fruit": {"orange": 1}, "categories": ["b"]}


def test_defaults_read_and_applied(tmp_path: Path) -> None:
    """A whole `_config.yml`: permalink by defaults for posts, a section's own layout."""
    config = read_jekyll_config(
        "defaults:\n"
        "  - scope: {path: '', type: posts}\n"
        "    values: {layout: post, permalink: '/:categories/:title/', author: tom}\n"
        "  - scope: {path: blog/_posts/2014}\n"
        "    values: {layout: old-post}\n"
        "  - scope: {type: pages}\n"
        "    values: {layout: page}\n"
    )
    old = front_matter_with_defaults(config.defaults, "blog/_posts/2014-02-11-x.md", {})
    new = front_matter_with_defaults(
        config.defaults, "blog/_posts/2019-03-04-y.md", {"author": "jonas"}
    )
    assert old == {"layout": "old-post", "permalink": "/:categories/:title/", "author": "tom"}
    assert new == {"layout": "post", "permalink": "/:categories/:title/", "author": "jonas"}
