"""`mkdocs serve` through a post's life, read over HTTP: saved broken, fixed, added, renamed,
deleted. Serving never stops, and the index, tag pages and feeds follow every change."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from serving import Serve, Served, wait_for
from sitebuild import write_site

POSTS = Path("docs/blog/_posts")


@pytest.fixture
def served(tmp_path: Path, serve: Serve) -> Served:
    root = write_site(
        tmp_path / "site",
        {
            "site_name": "Edits",
            "site_url": "https://example.org/",
            "theme": {"name": "mkdocs"},
            "plugins": ["jekyll-blog"],
        },
        {
            "index.md": "# Home\n",
            "blog/_posts/2014-01-01-first.md": "---\ntitle: First\ntags: [t]\n---\nOne.\n",
        },
    )
    return serve(root)


def test_broken_fixed_added_renamed_deleted(served: Served) -> None:
    posts = served.root / POSTS

    def index() -> str:
        return served.get("blog/")[1]

    # Saved broken: the build warns, serving goes on, the post falls back to its file name.
    (posts / "2014-02-02-second.md").write_text("---\ntitle: [unclosed\ntags: [t]\n---\nTwo.\n")
    wait_for(lambda: "Second" in index(), "the broken post to appear with its fallback title")
    assert served.get("blog/2014/02/02/second.html")[0] == 200
    # Fixed: its own title and tag come back.
    (posts / "2014-02-02-second.md").write_text("---\ntitle: Mended\ntags: [t]\n---\nTwo.\n")
    wait_for(lambda: "Mended" in served.get("blog/tag/t/")[1], "the fixed post on its tag page")
    # Added.
    (posts / "2014-03-03-third.md").write_text("---\ntitle: Third\ntags: [t]\n---\nThree.\n")
    wait_for(lambda: "Third" in served.get("blog/feed.xml")[1], "the new post in the feed")
    # Renamed: the old URL goes, the new one comes.
    (posts / "2014-03-03-third.md").rename(posts / "2014-04-04-fourth.md")
    wait_for(lambda: served.get("blog/2014/04/04/fourth.html")[0] == 200, "the renamed page")
    assert served.get("blog/2014/03/03/third.html")[0] == 404
    # Deleted: gone from the index, the tag page and the feed.
    (posts / "2014-04-04-fourth.md").unlink()
    wait_for(lambda: "Third" not in index(), "the deleted post to leave the index")
    assert "Third" not in served.get("blog/tag/t/")[1]
    assert "Third" not in served.get("blog/feed.xml")[1]
    assert served.get("blog/2014/04/04/fourth.html")[0] == 404
    assert "First" in index() and "Mended" in index()
    log = served.stop()
    assert (
        "blog/_posts/2014-02-02-second.md:3: invalid front matter: did not find expected ',' or ']'"
        in log
    )
    assert "Traceback" not in log


def test_a_bad_date_is_reported_and_serving_goes_on(served: Served) -> None:
    (served.root / POSTS / "2014-02-02-bad.md").write_text(
        "---\ntitle: Bad\ndate: tuesday\n---\nx\n"
    )
    wait_for(lambda: "Bad" in served.get("blog/")[1], "the post with a bad date")
    assert served.get("")[0] == 200
    log = served.stop()
    assert (
        "blog/_posts/2014-02-02-bad.md:3: invalid date 'tuesday'; the file name's date is used"
        in log
    )


def test_what_a_rebuild_keeps_never_shows_anything_stale(tmp_path: Path, serve: Serve) -> None:
    """Under `mkdocs serve` the plugin keeps renders from one build to the next: each change a
    post's page, lists and feeds are made from shows on the next rebuild (its text, the authors
    file, an option, a template of custom_dir), and a docs page's edit changes nothing else."""
    config = {
        "site_name": "Kept",
        "site_url": "https://example.org/",
        "theme": {"name": "mkdocs", "custom_dir": "overrides"},
        "plugins": ["jekyll-blog"],
    }
    root = write_site(
        tmp_path / "site",
        config,
        {
            "index.md": "# Home\n",
            "_data/authors.yml": "tom:\n  name: Tom First\n",
            "blog/_posts/2014-01-01-first.md": "---\ntitle: First\nauthor: tom\n---\nOne.\n",
            "blog/_posts/2014-02-01-second.md": "---\ntitle: Second\n---\n"
            "See [the first]({% post_url 2014-01-01-first %}).\n",
        },
    )
    overrides = root / "overrides"
    overrides.mkdir()
    header = Path(__file__).parents[2] / "mkdocs_blog_plugin/templates/jekyll-blog-post-header.html"
    (overrides / "jekyll-blog-post-header.html").write_text(
        '<p class="mark">v1</p>' + header.read_text("utf-8")
    )
    served = serve(root, "/", "--watch-theme")
    post, docs = "blog/2014/01/01/first.html", root / "docs"

    def shows(path: str, *texts: str) -> bool:
        page = served.get(path)[1]
        return all(t in page for t in texts)

    assert shows(post, "Tom First", ">v1<", "January 1, 2014")
    (docs / "_data/authors.yml").write_text("tom:\n  name: Tom Second\n")
    wait_for(lambda: shows(post, "Tom Second"), "the authors file's new name on the post")
    wait_for(lambda: shows("blog/feed.xml", "Tom Second"), "and in the feed")
    (docs / "blog/_posts/2014-01-01-first.md").write_text(
        "---\ntitle: First\nauthor: tom\n---\nUno, edited.\n"
    )
    wait_for(lambda: shows("blog/", "Uno, edited."), "the edited excerpt on the index")
    wait_for(lambda: shows("blog/feed.xml", "Uno, edited."), "the edited body in the feed")
    assert not shows("blog/feed.xml", "<p>One.</p>")
    (overrides / "jekyll-blog-post-header.html").write_text(
        '<p class="mark">v2</p>' + header.read_text("utf-8")
    )
    wait_for(lambda: shows(post, ">v2<"), "the edited template on the post")
    text = (root / "mkdocs.yml").read_text()
    (root / "mkdocs.yml").write_text(
        text.replace("- jekyll-blog", "- jekyll-blog:\n    date_format: '%Y-%m-%d'")
    )
    wait_for(lambda: shows(post, ">2014-01-01<"), "the new date format on the post")
    (docs / "blog/_posts/2014-01-01-first.md").write_text(
        "---\ntitle: First\nauthor: tom\n---\nLine one\nline two.\n"
    )
    wait_for(lambda: shows("blog/", "Line one\nline two."), "the two lines on the index")
    text = (root / "mkdocs.yml").read_text()
    (root / "mkdocs.yml").write_text(
        text.replace("date_format:", "kramdown: {hard_wrap: true}\n    date_format:")
    )
    wait_for(lambda: shows("blog/", "Line one<br"), "kramdown's hard_wrap on the index")
    wait_for(lambda: shows(post, "Line one<br"), "and on the post")
    second = "blog/2014/02/01/second.html"
    assert shows(second, 'href="../../01/01/first.html"')
    (docs / "blog/_posts/2014-01-01-first.md").write_text(
        "---\ntitle: First\nauthor: tom\npermalink: /moved/\n---\nUno, edited.\n"
    )
    wait_for(lambda: shows(second, 'href="../../../../moved/"'), "post_url to the moved post")

    def index() -> str:  # but for live reload's build numbers
        return re.sub(r"load\(\d+, \d+\)", "load()", served.get("blog/")[1])

    before = index()
    (docs / "index.md").write_text("# Home, edited\n")
    wait_for(lambda: shows("", "Home, edited"), "the edited docs page")
    assert index() == before.replace("Home<", "Home, edited<")
    log = served.stop()
    assert "Traceback" not in log


def _kept(log: str) -> list[tuple[int, int]]:
    """Each build's (kept, all) from the plugin's line on the theme renders it kept."""
    found = re.findall(r"jekyll-blog: (\d+) of (\d+) page renders kept from the last build", log)
    return [(int(kept), int(rendered)) for kept, rendered in found]


def test_kept_theme_renders_follow_the_nav_config_and_posts(tmp_path: Path, serve: Serve) -> None:
    """Under Material, a blog page's whole theme render is kept across rebuilds: a docs page's
    body edited keeps every blog page byte for byte, while its title (in every page's nav), the
    config's copyright (in every footer) and a post's text each show on the next rebuild."""
    config = {
        "site_name": "Kept renders",
        "site_url": "https://example.org/",
        "theme": {"name": "material"},
        "copyright": "Copyright one",
        "nav": ["index.md", {"Guide": "guide.md"}, "blog/index.md"],
        "plugins": ["jekyll-blog"],
    }
    root = write_site(
        tmp_path / "site",
        config,
        {
            "index.md": "# Home\n",
            "guide.md": "# Guide\n\nFirst text.\n",
            "blog/_posts/2014-01-01-first.md": "---\ntitle: First\ntags: [t]\n---\nOne.\n",
            "blog/_posts/2014-02-01-second.md": "---\ntitle: Second\ntags: [t]\n---\nTwo.\n",
        },
    )
    blog_pages = ("blog/", "blog/tag/t/", "blog/2014/01/01/first.html", "blog/2014/")
    served = serve(root)
    docs = root / "docs"

    def pages() -> dict[str, str]:  # but for live reload's build numbers
        return {
            path: re.sub(r"load\(\d+, \d+\)", "load()", served.get(path)[1]) for path in blog_pages
        }

    before = pages()
    assert all("Copyright one" in html for html in before.values())
    (docs / "guide.md").write_text("# Guide\n\nSecond text.\n")
    wait_for(lambda: "Second text." in served.get("guide/")[1], "the edited docs page")
    assert pages() == before
    kept, rendered = _kept(served.log_text())[-1]
    assert kept == rendered > 4
    (root / "mkdocs.yml").write_text(
        (root / "mkdocs.yml").read_text().replace("Guide: guide.md", "Handbook: guide.md")
    )
    wait_for(
        lambda: all("Handbook" in html for html in pages().values()),
        "the renamed nav entry on every blog page",
    )
    (root / "mkdocs.yml").write_text(
        (root / "mkdocs.yml").read_text().replace("Copyright one", "Copyright two")
    )
    wait_for(
        lambda: all("Copyright two" in html for html in pages().values()),
        "the new copyright on every blog page",
    )
    (docs / "blog/_posts/2014-01-01-first.md").write_text(
        "---\ntitle: First\ntags: [t]\n---\nUno, edited.\n"
    )
    wait_for(lambda: "Uno, edited." in pages()["blog/"], "the edited excerpt on the index")
    assert "Uno, edited." in pages()["blog/2014/01/01/first.html"]
    # the second post's page is made from nothing that changed
    assert _kept(served.log_text())[-1][0] > 0
    log = served.stop()
    assert "Traceback" not in log


def test_a_generated_page_with_own_text_follows_its_title_and_text(
    tmp_path: Path, serve: Serve
) -> None:
    """A user's text on a tag page, kept across rebuilds with the list it fills: a new title in
    its front matter (which its HTML does not hold) and a new text each show."""
    root = write_site(
        tmp_path / "site",
        {
            "site_name": "Own",
            "site_url": "https://example.org/",
            "theme": {"name": "material"},
            "plugins": ["jekyll-blog"],
        },
        {
            "index.md": "# Home\n",
            "blog/tag/t.md": "---\ntitle: First title\n---\nAbout t.\n",
            "blog/_posts/2014-01-01-first.md": "---\ntitle: First\ntags: [t]\n---\nOne.\n",
        },
    )
    served = serve(root)
    page = root / "docs/blog/tag/t.md"

    def h1() -> str:
        html = served.get("blog/tag/t/")[1]
        found = re.findall(r"<h1[^>]*>(.*?)</h1>", html)
        return found[0] if found else ""

    assert h1() == "First title"
    page.write_text("---\ntitle: Second title\n---\nAbout t.\n")
    wait_for(lambda: h1() == "Second title", "the new title on the tag page")
    page.write_text("---\ntitle: Second title\n---\nAll about t.\n")
    wait_for(lambda: "All about t." in served.get("blog/tag/t/")[1], "the new text")
    log = served.stop()
    assert "Traceback" not in log
