"""Two blogs in one site (the plugin listed twice): each keeps its posts, pages, feeds and
redirects; links and latest-posts lists reach either; clashes stop at config time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import feedparser
import lxml.html
import pytest
from blogcheck import listed_posts
from linkcheck import broken_links
from serving import Serve, wait_for
from sitebuild import Built, build, text, write_site

RELEASES = {"blog_dir": "releases", "posts_dir": "releases"}
FILES: dict[str, str | bytes] = {
    "index.md": (
        "# Home\n\n<!-- jekyll-blog:posts limit=1 -->\n\n"
        "<!-- jekyll-blog:posts blog=releases -->\n\n<!-- jekyll-blog:posts blog=nope -->\n"
    ),
    "guide.md": "# Guide\n\nSee [the first release]({% post_url 2014-03-01-v1 %}).\n",
    "blog/_posts/2014-02-11-hello.md": (
        "---\ntitle: Hello\ntags: [news]\n---\nOut soon: [v1]({% post_url 2014-03-01-v1 %}).\n"
    ),
    "blog/_posts/2014-02-12-second.md": "---\ntitle: Second\n---\nMore.\n",
    "releases/_posts/2014-03-01-v1.md": "---\ntitle: Version 1\ntags: [news]\n---\nOut.\n",
    "releases/_posts/2014-04-01-v2.md": (
        "---\ntitle: Version 2\nredirect_from: /old-v2/\n---\nBack to [hello]"
        "({% post_url 2014-02-11-hello %}).\n"
    ),
}


def two_blogs(root: Path, second: dict[str, Any], files: dict[str, str | bytes] = FILES) -> Built:
    config = {
        "site_name": "Site",
        "site_url": "https://example.org/",
        "theme": {"name": "mkdocs"},
        "plugins": ["search", "jekyll-blog", {"jekyll-blog": second}],
    }
    return build(write_site(root, config, files))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    built = two_blogs(tmp_path_factory.mktemp("two") / "site", RELEASES)
    assert built.returncode == 0, built.log[-3000:]
    return built


BLOG_POSTS = ["blog/2014/02/12/second.html", "blog/2014/02/11/hello.html"]
RELEASE_POSTS = ["releases/2014/04/01/v2.html", "releases/2014/03/01/v1.html"]


def test_each_blog_lists_only_its_own_posts(built: Built) -> None:
    assert listed_posts(built, "blog/") == BLOG_POSTS
    assert listed_posts(built, "releases/") == RELEASE_POSTS
    assert listed_posts(built, "blog/tag/news/") == BLOG_POSTS[1:]
    assert listed_posts(built, "releases/tag/news/") == RELEASE_POSTS[1:]
    assert [text(h) for h in built.page("releases/index.html").cssselect("h1")] == ["Releases"]
    assert broken_links(built.site) == []


def test_each_blog_has_its_own_feeds(built: Built) -> None:
    blog = feedparser.parse((built.site / "blog/feed.xml").read_bytes())
    releases = feedparser.parse((built.site / "releases/feed.xml").read_bytes())
    assert [e.title for e in blog.entries] == ["Second", "Hello"]
    assert [e.title for e in releases.entries] == ["Version 2", "Version 1"]
    assert blog.feed.title == "Site" and releases.feed.title == "Site | Releases"
    head = built.page("index.html").xpath("//head/link[@rel='alternate']/@href")
    assert "https://example.org/blog/feed.xml" in head
    assert "https://example.org/releases/feed.xml" in head


def test_the_nav_has_a_section_per_blog(built: Built) -> None:
    nav = built.page("index.html").cssselect(".navbar-nav > li > a.dropdown-toggle")
    assert [text(a) for a in nav] == ["Blog", "Releases"]


def test_links_and_latest_lists_reach_either_blog(built: Built) -> None:
    hello = built.page("blog/2014/02/11/hello.html")
    assert "../../../../releases/2014/03/01/v1.html" in hello.xpath(
        "//div[@class='jb-post-body']//a/@href"
    )
    v2 = built.page("releases/2014/04/01/v2.html")
    assert "../../../../blog/2014/02/11/hello.html" in v2.xpath(
        "//div[@class='jb-post-body']//a/@href"
    )
    guide = built.page("guide/index.html")
    assert "../releases/2014/03/01/v1.html" in guide.xpath("//a/@href")
    home = built.page("index.html")
    lists = [
        [text(a) for a in ul.cssselect("a.jb-entry-title")] for ul in home.cssselect(".jb-latest")
    ]
    assert lists == [["Second"], ["Version 2", "Version 1"]]
    warnings = built.warnings()
    assert (
        len(warnings) == 1 and "index.md:7: jekyll-blog:posts marker: no blog 'nope'" in warnings[0]
    )


def test_each_blog_writes_its_redirects(built: Built) -> None:
    redirect = (built.site / "old-v2/index.html").read_text("utf-8")
    assert "https://example.org/releases/2014/04/01/v2.html" in redirect


@pytest.mark.parametrize(
    ("second", "message"),
    [
        (
            {"blog_dir": "blog", "posts_dir": "releases"},
            "build their blogs in 'blog' and 'blog', one inside the other",
        ),
        (
            {"blog_dir": "blog/releases", "posts_dir": "releases"},
            "build their blogs in 'blog' and 'blog/releases', one inside the other",
        ),
        (
            {"blog_dir": "releases"},
            "would both read every posts folder: give each but one a posts_dir",
        ),
    ],
)
def test_two_blogs_that_would_clash_stop_at_config_time(
    tmp_path: Path, second: dict[str, Any], message: str
) -> None:
    built = two_blogs(tmp_path / "site", second)
    assert built.returncode != 0
    assert f"jekyll-blog and jekyll-blog #2 {message}" in built.log, built.log[-2000:]
    assert "Traceback" not in built.log


@pytest.mark.parametrize(
    ("plugins", "message"),
    [
        (
            [
                "jekyll-blog",
                {"jekyll-blog": {"blog_dir": "releases", "posts_dir": "releases"}},
                {"jekyll-blog": {"blog_dir": "news", "posts_dir": "releases/_posts"}},
            ],
            "jekyll-blog #2 and jekyll-blog #3 both read the posts under 'releases'",
        ),
        (
            [
                {"jekyll-blog": {"posts_dir": "blog/_posts"}},
                {"jekyll-blog": {"blog_dir": "releases", "posts_dir": "blog"}},
            ],
            "jekyll-blog and jekyll-blog #2 both read the posts under 'blog'",
        ),
    ],
)
def test_blogs_whose_posts_folders_clash_stop_at_config_time(
    tmp_path: Path, plugins: list[Any], message: str
) -> None:
    config = {"site_name": "Site", "plugins": plugins}
    built = build(write_site(tmp_path / "site", config, {"index.md": "# x\n"}))
    assert built.returncode != 0
    assert message in built.log and "Traceback" not in built.log


EVERY_POSTS_DIR: dict[str, str | bytes] = {
    "index.md": "# Home\n",
    "_posts/2014-02-11-hello.md": "---\ntitle: Hello\ntags: [news]\n---\nFirst.\n",
    "_posts/2014-02-12-second.md": "---\ntitle: Second\n---\nMore.\n",
    "releases/_posts/2014-03-01-v1.md": "---\ntitle: Version 1\ntags: [news]\n---\nOut.\n",
    "releases/_drafts/v2.md": "---\ntitle: Version 2\n---\nSoon.\n",
}


def every_blog_names_its_posts(root: Path, files: dict[str, str | bytes], strict: bool) -> Built:
    config = {
        "site_name": "Site",
        "site_url": "https://example.org/",
        "theme": {"name": "mkdocs"},
        "plugins": [
            "search",
            {"jekyll-blog": {"blog_dir": "blog", "posts_dir": "_posts"}},
            {"jekyll-blog": {"blog_dir": "news", "posts_dir": "releases/_posts"}},
        ],
    }
    return build(write_site(root, config, files), strict=strict)


def test_every_blog_may_name_its_posts_folder(tmp_path: Path) -> None:
    built = every_blog_names_its_posts(tmp_path / "site", EVERY_POSTS_DIR, strict=True)
    assert built.returncode == 0, built.log[-3000:]
    assert listed_posts(built, "blog/") == ["2014/02/12/second.html", "2014/02/11/hello.html"]
    assert listed_posts(built, "news/") == ["releases/2014/03/01/v1.html"]
    assert listed_posts(built, "blog/tag/news/") == ["2014/02/11/hello.html"]
    assert listed_posts(built, "news/tag/news/") == ["releases/2014/03/01/v1.html"]
    blog = feedparser.parse((built.site / "blog/feed.xml").read_bytes())
    news = feedparser.parse((built.site / "news/feed.xml").read_bytes())
    assert [e.title for e in blog.entries] == ["Second", "Hello"]
    assert [e.title for e in news.entries] == ["Version 1"]
    post = built.page("releases/2014/03/01/v1.html")
    assert [text(h) for h in post.cssselect("header.jb-post-header h1")] == ["Version 1"]
    assert "WARNING" not in built.log and broken_links(built.site) == []


def test_a_posts_folder_no_blog_reads_is_a_warning(tmp_path: Path) -> None:
    files = {**EVERY_POSTS_DIR, "notes/_posts/2014-05-01-aside.md": "---\ntitle: Aside\n---\nX.\n"}
    built = every_blog_names_its_posts(tmp_path / "site", files, strict=False)
    assert built.returncode == 0, built.log[-3000:]
    warnings = [line for line in built.log.splitlines() if line.startswith("WARNING")]
    assert warnings == [
        "WARNING -  jekyll-blog: the posts in notes/_posts are read by no blog (jekyll-blog "
        "reads '_posts', jekyll-blog #2 reads 'releases/_posts'): name the folder in a blog's "
        "posts_dir, or leave one blog without a posts_dir to read it"
    ]
    assert listed_posts(built, "blog/") == ["2014/02/12/second.html", "2014/02/11/hello.html"]
    assert listed_posts(built, "news/") == ["releases/2014/03/01/v1.html"]
    strict = every_blog_names_its_posts(tmp_path / "strict", files, strict=True)
    assert strict.returncode != 0 and "notes/_posts are read by no blog" in strict.log


def test_a_post_at_another_blog_s_address_is_refused_with_a_warning(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "index.md": "# Home\n",
        "blog/_posts/2014-02-11-same.md": "---\ntitle: First blog's\npermalink: /same/\n---\nA.\n",
        "releases/_posts/2014-03-01-same.md": "---\ntitle: Second's\npermalink: /same/\n---\nB.\n",
    }
    built = two_blogs(tmp_path / "site", RELEASES, files)
    assert built.returncode == 0, built.log[-2000:]
    assert [text(h) for h in built.page("same/index.html").cssselect("h1")] == ["First blog's"]
    assert any(
        "releases/_posts/2014-03-01-same.md: the post's URL /same/ is already the page "
        "blog/_posts/2014-02-11-same.md" in w
        for w in built.warnings()
    )


def test_under_serve_a_new_post_joins_only_its_own_blog(tmp_path: Path, serve: Serve) -> None:
    two_blogs(tmp_path / "site", RELEASES)  # writes the site; serve builds it again
    root = tmp_path / "site"
    served = serve(root)

    def titles(path: str) -> list[str]:
        status, body = served.get(path)
        if status != 200:
            return []
        return [text(a) for a in lxml.html.fromstring(body).cssselect(".jb-entry-title")]

    assert titles("releases/") == ["Version 2", "Version 1"]
    post = root / "docs/releases/_posts/2014-05-01-v3.md"
    post.write_text("---\ntitle: Version 3\n---\nThree.\n", "utf-8")
    wait_for(lambda: titles("releases/")[:1] == ["Version 3"], "the new release")
    assert "Version 3" not in titles("blog/")
    home = lxml.html.fromstring(served.get("")[1])
    second = home.cssselect(".jb-latest")[1]
    assert text(second.cssselect("a.jb-entry-title")[0]) == "Version 3"
    log = served.stop()
    assert "Traceback" not in log
