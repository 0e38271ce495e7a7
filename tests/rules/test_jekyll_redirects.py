"""Redirect pages (jekyll-semantics.md section 8: jekyll-redirect-from's redirectable.rb,
redirect_page.rb, redirect.html and spec/), made safe for hostile front matter and for hosts
that do not map `/foo` to `foo.html`."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from mkdocs_blog_plugin.html.redirect_page import redirect_html
from mkdocs_blog_plugin.jekyll.redirects import (
    legacy_paths,
    redirect_files,
    redirect_from_paths,
    redirect_to_target,
)


@pytest.mark.parametrize(
    ("value", "paths"),
    [
        ("/foo", ["/foo"]),
        ("foo", ["/foo"]),  # a leading "/" is added
        ("/2017/09/08/forest-check/", ["/2017/09/08/forest-check/"]),
        (["/a/", "b.html", "/c"], ["/a/", "/b.html", "/c"]),
        (["/a", "/a", "a"], ["/a"]),  # without repeats
        ("  /spaced/ ", ["/spaced/"]),
        (["/a", None, 3, ["/b"], {"x": 1}, "", "  "], ["/a"]),  # other values ignored
        (None, []),
        (2014, []),
        ({"from": "/a"}, []),
        ("", []),
        ([], []),
        # of a full URL, only the path (and query) is kept
        ("https://old.example.org/2014/x.html", ["/2014/x.html"]),
        ("HTTP://old.example.org", ["/"]),
        ("http://old.example.org/a?b=1#c", ["/a?b=1#c"]),
        ("http://[::1/broken", ["/broken"]),  # never a ValueError from URL parsing
        ("mailto:x@example.org", ["/mailto:x@example.org"]),
        ("/see/http://x.org/y", ["/see/http://x.org/y"]),
    ],
)  # fmt: skip
def test_redirect_from_paths(value: object, paths: list[str]) -> None:
    assert redirect_from_paths(value) == paths


@pytest.mark.parametrize(
    ("value", "target"),
    [
        ("https://example.org/new/", "https://example.org/new/"),
        ("/new/", "/new/"),
        ("bar", "bar"),  # as written: the caller makes it absolute
        (["https://a.example/", "https://b.example/"], "https://a.example/"),
        ([None, "", "  ", "/second"], "/second"),  # the first non-empty
        ([3, "/x"], "/x"),
        (" /trimmed ", "/trimmed"),
        ([], None),
        ([None], None),
        (None, None),
        ("", None),
        (42, None),
        ({"to": "/x"}, None),
    ],
)
def test_redirect_to_target(value: object, target: str | None) -> None:
    assert redirect_to_target(value) == target


@pytest.mark.parametrize(
    ("path", "files"),
    [
        # jekyll-redirect-from's destinations, plus `foo/index.html` for extension-less paths
        ("/foo", ["foo.html", "foo/index.html"]),
        ("/foo/", ["foo/index.html"]),
        ("/foo.html", ["foo.html"]),
        ("/foo.htm", ["foo.htm"]),
        ("/FOO.HTML", ["FOO.HTML"]),
        ("foo", ["foo.html", "foo/index.html"]),
        ("/2014/02/11/x.html", ["2014/02/11/x.html"]),
        ("/blog/2014/fosdem", ["blog/2014/fosdem.html", "blog/2014/fosdem/index.html"]),
        ("/v1.0-released", ["v1.0-released.html", "v1.0-released/index.html"]),
        ("/atom.xml", ["atom.xml.html", "atom.xml/index.html"]),  # only HTML is served as HTML
        ("/", ["index.html"]),
        ("", ["index.html"]),
        ("/index.html", ["index.html"]),
        ("/a/b/", ["a/b/index.html"]),
        ("/a//b", ["a/b.html", "a/b/index.html"]),
        ("/foo/.", ["foo/index.html"]),
        # a query or fragment is not part of the file
        ("/foo?page=2", ["foo.html", "foo/index.html"]),
        ("/foo/#top", ["foo/index.html"]),
        ("/old.html?x=1#y", ["old.html"]),
        # percent-escapes are decoded, as Jekyll writes them
        ("/caf%C3%A9", ["café.html", "café/index.html"]),
        ("/a%20b/", ["a b/index.html"]),
        ("/a%3Fb", ["a?b.html", "a?b/index.html"]),
        # never outside site_dir
        ("/../../etc/passwd", ["etc/passwd.html", "etc/passwd/index.html"]),
        ("/%2e%2e/%2e%2e/etc/cron.d/x.html", ["etc/cron.d/x.html"]),
        ("/%2E%2E%2Fsecret/", ["secret/index.html"]),
        ("/..\\..\\windows\\x.htm", ["windows/x.htm"]),
        ("\\\\host\\share\\", ["host/share/index.html"]),
        ("/a/%5C..%5C..%5Cb", ["a/b.html", "a/b/index.html"]),
        ("/..", ["index.html"]),
        ("/%2e%2e/", ["index.html"]),
    ],
)  # fmt: skip
def test_redirect_files(path: str, files: list[str]) -> None:
    assert redirect_files(path) == files
    for file in files:
        assert not file.startswith(("/", "\\")) and ".." not in file.split("/")


@pytest.mark.parametrize(
    ("old_url", "paths"),
    [
        ("/2014/02/11/x.html", ["/2014/02/11/x.html", "/2014/02/11/x"]),  # GitHub Pages: both
        ("/blog/2014/x", ["/blog/2014/x", "/blog/2014/x.html"]),  # written to x.html
        ("/x/", ["/x/", "/x/index.html"]),
        ("/2014/02/11/fosdem/", ["/2014/02/11/fosdem/", "/2014/02/11/fosdem/index.html"]),
        ("/", ["/", "/index.html"]),
        ("/v1.0-released", ["/v1.0-released", "/v1.0-released.html"]),
        # with output `.html`, Jekyll writes `/x.htm` to `x.htm.html`
        ("/x.htm", ["/x.htm", "/x.htm.html"]),
    ],
)
def test_legacy_paths(old_url: str, paths: list[str]) -> None:
    assert legacy_paths(old_url) == paths


def test_legacy_files_never_hit_the_new_pretty_page() -> None:
    """Old `date` URLs of a site moved to `pretty`: the `.html` form is written to `x.html`, and
    only the extension-less form asks for `x/index.html`, the real page, which the caller keeps."""
    files = [file for path in legacy_paths("/2014/02/11/x.html") for file in redirect_files(path)]
    assert files == ["2014/02/11/x.html", "2014/02/11/x.html", "2014/02/11/x/index.html"]


# ---------------------------------------------------------------------------------------------
# The page


class Page(HTMLParser):
    """The elements of a redirect page, as a browser's tokenizer sees them."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: dict[str, str] = {}
        self._open: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            self.data[self._open[-1]] = self.data.get(self._open[-1], "") + data

    def only(self, tag: str, **attrs: str) -> dict[str, str | None]:
        found = [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())
        ]
        assert len(found) == 1, (tag, attrs, self.tags)
        return found[0]


TARGETS = [
    "https://example.org/2014/02/11/x/",
    "http://example.org/a?b=1&c=2#top",
    "/blog/2014/fosdem-summary/",
    "../x/",
    "//cdn.example.org/x",
    'https://example.org/"><script>alert(1)</script>',
    "https://example.org/</script><script>alert(1)</script>",
    "https://example.org/<!--<script>",
    "/a'b\"c<d>e&f",
    "https://example.org/caf\u00e9/\u2028/",
]


@pytest.mark.parametrize("target", TARGETS)
def test_redirect_html(target: str) -> None:
    page = Page(redirect_html(target, "en"))
    assert redirect_html(target, "en").startswith("<!DOCTYPE html>\n")
    assert page.only("html") == {"lang": "en"}
    assert page.only("meta", charset="utf-8")
    assert page.data["title"] == "Redirecting\u2026"
    assert page.only("link", rel="canonical")["href"] == target
    assert page.only("meta", **{"http-equiv": "refresh"})["content"] == f"0; url={target}"
    assert page.only("meta", name="robots")["content"] == "noindex"
    assert page.data["h1"] == "Redirecting\u2026"
    assert page.only("a")["href"] == target
    assert page.data["a"] == "Click here if you are not redirected."
    # One script, whose whole text is the assignment of the target, as a JSON string.
    page.only("script")
    script = page.data["script"]
    assert script.startswith("location=")
    assert json.loads(script.removeprefix("location=")) == target
    assert "<" not in script
    assert [tag for tag, _ in page.tags] == [
        "html", "head", "meta", "title", "link", "meta", "meta", "script", "body", "h1", "a",
    ]  # fmt: skip


def test_redirect_html_text() -> None:
    assert redirect_html("https://example.org/new/", "en-US") == (
        "<!DOCTYPE html>\n"
        '<html lang="en-US">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>Redirecting&hellip;</title>\n"
        '<link rel="canonical" href="https://example.org/new/">\n'
        '<meta http-equiv="refresh" content="0; url=https://example.org/new/">\n'
        '<meta name="robots" content="noindex">\n'
        '<script>location="https://example.org/new/"</script>\n'
        "</head>\n"
        "<body>\n"
        "<h1>Redirecting&hellip;</h1>\n"
        '<a href="https://example.org/new/">Click here if you are not redirected.</a>\n'
        "</body>\n"
        "</html>\n"
    )


@pytest.mark.parametrize(
    ("language", "html_tag"),
    [
        (None, "<html>"),
        ("", "<html>"),
        ("de", '<html lang="de">'),
        ('en"><script>', '<html lang="en&quot;&gt;&lt;script&gt;">'),
    ],
)
def test_redirect_html_language(language: str | None, html_tag: str) -> None:
    assert redirect_html("/x/", language).split("\n")[1] == html_tag


def test_hostile_target_is_escaped() -> None:
    text = redirect_html('https://example.org/"><script>alert(1)</script>')
    assert text.count("<script>") == 1
    assert text.count("</script>") == 1
    assert '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in text


@pytest.mark.parametrize(
    ("target", "cleaned"),
    [
        ("  https://example.org/x  ", "https://example.org/x"),
        ("\x00\x1f/x/\x20", "/x/"),
        ("https://exa\tmple.org/\nx\r", "https://example.org/x"),  # as browsers read it
        ("HTTPS://example.org/", "HTTPS://example.org/"),
    ],
)
def test_target_read_as_browsers_do(target: str, cleaned: str) -> None:
    assert Page(redirect_html(target)).only("a")["href"] == cleaned


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "\x01javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "jav\rascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "mailto:x@example.org",
        "ftp://example.org/",
        "foo:bar",
        "",
        "   ",
        "\t\n",
        "/x\x00y",  # control characters inside
        "/x\x7fy",
    ],
)
def test_refused_targets(target: str) -> None:
    with pytest.raises(ValueError):
        redirect_html(target)


@pytest.mark.parametrize(
    "target",
    [
        "&#106;avascript:alert(1)",  # an entity is text here, a relative URL
        "\\\\example.org/x",  # read as //example.org/x: http(s)
        "/javascript:alert(1)",
        "./javascript:alert(1)",
        "?javascript:x",
        "#javascript:x",
    ],
)
def test_relative_targets_that_look_like_schemes(target: str) -> None:
    page = Page(redirect_html(target))
    assert page.only("a")["href"] == target
