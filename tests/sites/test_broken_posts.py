"""The folder of broken and hostile posts in tests/broken_posts: one clear warning each, a
failing `--strict`, every other post built and listed everywhere, nothing unescaped, nothing
written outside the site."""

from __future__ import annotations

import json
from urllib.parse import unquote

import feedparser
import lxml.html
import pytest
from blogcheck import listed_posts, post_pages
from sitebuild import Built, broken_site, build, text

P = "blog/_posts/"
EXPECTED_WARNINGS = {
    f"{P}2016-01-01-tab-indent.md:4: invalid front matter: found character that cannot start any token",
    f"{P}2016-01-02-unclosed-quote.md:4: invalid front matter: found unexpected end of stream",
    f"{P}2016-01-03-blank-line-in-value.md:5: front matter key 'and then a line' looks like text: a blank line in a value?",
    f"{P}2016-01-04-not-a-mapping.md:1: front matter is a list, not a mapping of keys; ignored",
    f"{P}2016-01-05-prose-date.md:3: invalid date 'tuesday'; the file name's date is used",
    f"{P}2016-01-07-june.md:3: date 'June 2, 2020' is not YYYY-MM-DD [HH:MM[:SS]] [+HHMM]: read as 2020-06-02 00:00:00+00:00",
    f"{P}2016-01-08-with spaces.md: the file name has characters a URL must escape: the post's URL is /blog/2016/01/08/with-spaces.html",
    f"{P}2016-01-09-a!=b.md: the file name has characters a URL must escape: the post's URL is /blog/2016/01/09/a!=b.html",
    f"{P}2016-01-10-i<3u.md: the file name has characters a URL must escape: the post's URL is /blog/2016/01/10/i-3u.html",
    f"{P}2016-01-11-ünïcödé.md: the file name has characters a URL must escape: the post's URL is /blog/2016/01/11/%C3%BCn%C3%AFc%C3%B6d%C3%A9.html",
    f"{P}2016-01-12-latin1.md: not UTF-8 text: the post is skipped",
    f"{P}2016-01-15-empty.md: the file is empty",
    f"{P}2016-01-19-same-b.md: same URL /same/ as {P}2016-01-18-same-a.md: the post is skipped",
    f"{P}2016-01-20-odd-tags.md:3: tags: None is not a name: ignored",
    f"{P}2016-01-20-odd-tags.md:3: tags: a list inside the list, ['nested', 'list']: its items are used",
    f"{P}2016-01-20-odd-tags.md:3: tags: {{'a': 'map'}} is not a name: ignored",
    f"{P}2016-01-20-odd-tags.md:3: tags: '' is not a name: ignored",
    f"{P}2016-01-21-liquid.md:3: unsupported Liquid {{% oembed %}} left as text",
    f"{P}2016-01-21-liquid.md:5: unclosed {{% raw %}}",
    f"{P}2016-01-25-over-a-page.md: the post's URL /guide/ is already the page guide.md: the post is skipped",
    f"{P}2016-22-01-impossible-date.md: invalid date '2016-22-01' in the file name: the post is skipped",
}
SKIPPED = {
    "2016-01-12-latin1.md",
    "2016-01-19-same-b.md",
    "2016-01-25-over-a-page.md",
    "2016-22-01-impossible-date.md",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    result = build(broken_site(tmp_path_factory.mktemp("broken") / "site"))
    assert result.returncode == 0, result.log[-3000:]
    return result


def test_each_problem_gets_exactly_its_warning(built: Built) -> None:
    warnings = [line.split(" -  ", 1)[1] for line in built.warnings()]
    assert len(warnings) == len(set(warnings))
    assert set(warnings) == EXPECTED_WARNINGS
    assert "Traceback" not in built.log


def test_strict_fails(built: Built) -> None:
    assert build(built.root, strict=True).returncode != 0


def test_every_other_post_is_built_and_listed_everywhere(built: Built) -> None:
    posts = post_pages(built)
    sources = sorted(p.name for p in (built.root / "docs" / P).iterdir())
    assert len(posts) == len(sources) - len(SKIPPED)
    index = listed_posts(built, "blog/")
    assert sorted(index) == sorted(posts)
    for url, info in posts.items():
        for page in [*info.tags.values(), *info.categories.values(), f"blog/{info.date[:4]}/"]:
            assert url in listed_posts(built, page), (url, page)
    items = json.loads((built.site / "blog/feed.json").read_text("utf-8"))["items"]
    assert sorted(
        unquote(item["url"].removeprefix("https://example.org/")) for item in items
    ) == sorted(posts)


def test_fallbacks_keep_the_post(built: Built) -> None:
    assert text(built.page("blog/2016/01/01/tab-indent.html").cssselect("h1")[0]) == "Tab Indent"
    crlf = built.page("blog/2016/01/14/crlf.html")
    assert text(crlf.cssselect("h1")[0]) == "CRLF" and [
        text(t) for t in crlf.cssselect("a.jb-tag")
    ] == ["crlf"]
    assert text(built.page("blog/2016/01/13/bom.html").cssselect("h1")[0]) == "BOM"
    assert "2016-01-05" in built.page("blog/2016/01/05/prose-date.html").cssselect("time")[0].get(
        "datetime"
    )
    assert built.file_for("blog/2020/06/02/june.html")
    assert text(built.page("same/").cssselect("h1")[0]) == "Same URL A"
    assert text(built.page("guide/").cssselect("h1")[0]) == "Guide"


def test_nothing_hostile_is_left_unescaped(built: Built) -> None:
    for path in built.site.rglob("*"):
        if path.suffix in (".html", ".xml"):
            content = path.read_text("utf-8")
            assert "<script>alert" not in content, path
            assert "<img src=x" not in content, path
            if path.suffix == ".html":  # in XML text a quote is only a quote
                assert 'onload="alert' not in content, path
    for item in json.loads((built.site / "blog/feed.json").read_text("utf-8"))["items"]:
        assert "<script" not in item.get("content_html", "") + item.get("summary", "")
    page = lxml.html.fromstring((built.site / "blog/2016/01/22/hostile.html").read_bytes())
    assert text(page.cssselect("header h1")[0]) == 'alert(1) & "q" bell'
    atom = feedparser.parse((built.site / "blog/feed.xml").read_bytes())
    assert not atom.bozo
    assert 'alert(1) & "q" bell' in [entry.title for entry in atom.entries]


def test_nothing_is_written_outside_the_site(built: Built) -> None:
    outside = [p for p in built.root.rglob("evil.html") if built.site not in p.parents]
    assert outside == [] and (built.site / "outside/evil.html").is_file()
