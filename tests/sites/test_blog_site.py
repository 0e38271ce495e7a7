"""Fixture sites built with real `mkdocs build`: the plugin core, post by post."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sitebuild import Built, build, text, write_site


def site(tmp_path: Path, files: dict[str, str | bytes], **options: Any) -> Path:
    config: dict[str, Any] = {
        "site_name": "Fixture",
        "site_url": "https://example.org/",
        "theme": {"name": options.pop("theme", "mkdocs")},
        "plugins": [{"jekyll-blog": options}],
    }
    if "nav" in options:
        config["nav"] = options.pop("nav")
    files.setdefault("index.md", "# Home\n\nWelcome.\n")
    return write_site(tmp_path / "site", config, files)


def post(front: str, body: str = "Some text.\n") -> str:
    return f"---\n{front.strip()}\n---\n{body}"


def built_ok(root: Path, *args: str) -> Built:
    built = build(root, *args)
    assert built.returncode == 0, built.log[-3000:]
    return built


def test_posts_land_at_jekyll_urls_with_categories_from_folders(tmp_path: Path) -> None:
    root = site(
        tmp_path,
        {
            "scifi/Movies/_posts/2009-03-27-star-wars.md": post("title: Star Wars"),
            "movies/_posts/scifi/2009-03-28-alien.md": post("title: Alien"),
            "_posts/2017-2-5-i-dont-like-zeroes.md": post("title: Zeroes"),
            "_posts/2009-04-01-page.html": post(
                "title: Raw", "<p class='raw'>kept as <b>HTML</b></p>\n"
            ),
        },
    )
    built = built_ok(root)
    star = built.page("scifi/movies/2009/03/27/star-wars.html")
    assert [text(c) for c in star.cssselect(".jb-category")] == ["scifi", "Movies"]
    alien = built.page("movies/2009/03/28/alien.html")
    assert [text(c) for c in alien.cssselect(".jb-category")] == ["movies"]
    assert built.file_for("2017/02/05/i-dont-like-zeroes.html")
    raw = built.page("2009/04/01/page.html")
    assert text(raw.cssselect("p.raw")[0]) == "kept as HTML"
    assert (
        not (built.site / "_posts").exists() and not (built.site / "scifi/Movies/_posts").exists()
    )


@pytest.mark.parametrize(
    ("permalink", "url"),
    [
        ("date", "2014/02/11/fosdem.html"),
        ("pretty", "2014/02/11/fosdem/index.html"),
        ("ordinal", "2014/042/fosdem.html"),
        ("weekdate", "2014/W07/Tue/fosdem.html"),
        ("none", "fosdem.html"),
        ("/:year/:title", "2014/fosdem/index.html"),
    ],
)
def test_permalink_styles(tmp_path: Path, permalink: str, url: str) -> None:
    root = site(
        tmp_path,
        {"_posts/2014-02-11-fosdem.md": post("date: 2014-02-11 13:40:00 +0100")},
        permalink=permalink,
    )
    built = built_ok(root)
    assert (built.site / url).is_file(), sorted(p.name for p in built.site.rglob("*"))
    assert text(built.page(url).cssselect("h1")[0]) == "Fosdem"


def test_extensionless_permalink_without_directory_urls(tmp_path: Path) -> None:
    root = site(tmp_path, {"_posts/2014-02-11-fosdem.md": post("permalink: /:title")})
    (root / "mkdocs.yml").write_text(
        (root / "mkdocs.yml").read_text() + "use_directory_urls: false\n"
    )
    built = built_ok(root)
    assert (built.site / "fosdem.html").is_file()


def test_published_future_and_drafts(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "_posts/2014-01-01-hidden.md": post("published: false"),
        "_posts/2099-01-01-later.md": post("title: Later"),
        "_posts/2014-01-02-shown.md": post("title: Shown"),
        "_drafts/an-idea.md": post("title: Idea\ndate: 2015-05-05"),
    }
    built = built_ok(site(tmp_path, dict(files)))
    assert built.file_for("2014/01/02/shown.html")
    assert not built.file_for("2014/01/01/hidden.html")
    assert not built.file_for("2099/01/01/later.html")
    assert not built.file_for("2015/05/05/an-idea.html")
    summary = (
        "3 post files read, 1 posts built (0 drafts); skipped 1 drafts, 1 future, 1 unpublished"
    )
    assert f"INFO    -  jekyll-blog: {summary}; 7 pages made" in built.log
    shown = built_ok(site(tmp_path / "more", dict(files), future=True, drafts=True))
    assert shown.file_for("2099/01/01/later.html")
    assert shown.file_for("2015/05/05/an-idea.html")


def test_excerpts_on_the_index(tmp_path: Path) -> None:
    root = site(
        tmp_path,
        {
            "_posts/2014-01-01-default.md": post("title: A", "First *para*.\n\nSecond para.\n"),
            "_posts/2014-01-02-custom.md": post(
                "title: B\nexcerpt_separator: <!--more-->", "One.\n\nTwo.\n<!--more-->\nThree.\n"
            ),
            "_posts/2014-01-03-given.md": post("title: C\nexcerpt: 'Given <b>text</b>'"),
            "_posts/2014-01-04-fence.md": post(
                "title: D", "```\ncode\n\nmore code\n```\n\nAfter.\n"
            ),
        },
    )
    built = built_ok(root)
    index = built.page("blog/")
    excerpts = {
        text(e.cssselect("h2")[0]): e.cssselect(".jb-excerpt")[0]
        for e in index.cssselect(".jb-entry")
    }
    assert text(excerpts["A"]) == "First para."
    assert text(excerpts["B"]) == "One. Two."
    assert text(excerpts["C"]) == "Given text"
    assert "more code" in text(excerpts["D"]) and "After" not in text(excerpts["D"])
    page = built.page("2014/01/01/default.html")
    assert "Second para." in text(page) and "jekyll-blog-excerpt" not in page.text_content()


def test_explicit_nav_gets_a_blog_section_and_posts_stay_out(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        f"blog/_posts/2014-01-{day:02d}-post-{day}.md": post(f"title: Post {day}")
        for day in range(1, 4)
    }
    files["guide.md"] = "# Guide\n"
    root = site(tmp_path, files, nav=["index.md", "guide.md"], paginate=2)
    built = built_ok(root)
    home = built.page("index.html")
    nav_links = [text(a) for a in home.cssselect(".navbar a, nav a") if "Post" in text(a)]
    assert nav_links == []
    assert "Blog" in [text(a) for a in home.cssselect("a")]
    assert 'not included in the "nav"' not in built.log
    assert len(built.page("blog/").cssselect(".jb-entry")) == 2
    assert len(built.page("blog/page/2/").cssselect(".jb-entry")) == 1


def test_broken_input_warns_with_file_and_line_and_strict_fails(tmp_path: Path) -> None:
    root = site(
        tmp_path,
        {
            "_posts/2016-01-01-bad-date.md": post("title: Bad\ndate: tuesday"),
            "_posts/2016-01-02-latin1.md": "---\ntitle: caf\xe9\n---\nx\n".encode("latin-1"),
            "_posts/notes.md": "not a post\n",
            "_posts/2016-01-03-odd-link.md": post(
                "title: Link", "[x][r]\n\n[r]: http://example.eu]\n"
            ),
            "_posts/2016-01-04-fine.md": post("title: Fine"),
        },
    )
    built = build(root)
    assert built.returncode == 0, built.log[-3000:]
    log = built.log
    assert "_posts/2016-01-01-bad-date.md:3: invalid date 'tuesday'" in log
    assert "_posts/2016-01-02-latin1.md: not UTF-8 text" in log
    assert "_posts/notes.md: not a post" in log
    assert "_posts/2016-01-03-odd-link.md: link 'http://example.eu]' cannot be parsed" in log
    assert built.file_for("2016/01/01/bad-date.html")  # falls back to the file name's date
    assert built.file_for("2016/01/03/odd-link.html")
    assert built.file_for("2016/01/04/fine.html")
    assert "Traceback" not in log
    assert build(root, strict=True).returncode != 0


def test_liquid_post_url_link_and_unknown_tags(tmp_path: Path) -> None:
    root = site(
        tmp_path,
        {
            "blog/_posts/2014-01-01-target.md": post("title: Target"),
            "blog/_posts/2014-01-02-source.md": post(
                "title: Source",
                "{% include JB/setup %}\n\n[a]({% post_url 2014-01-01-target %}) "
                "[b]({% link blog/_posts/2014-01-01-target.md %}) "
                "[c]({% post_url 2010-01-01-missing %})\n\n{% oembed https://x %}\n",
            ),
        },
    )
    built = build(root)
    assert built.returncode == 0
    page = built.page("blog/2014/01/02/source.html")
    hrefs = {text(a): a.get("href") for a in page.cssselect(".jb-post-header ~ * a, p a")}
    assert hrefs["a"] == "../01/target.html" or hrefs["a"].endswith("01/target.html")
    assert hrefs["b"] == hrefs["a"]
    assert "blog/_posts/2014-01-02-source.md:" in built.log and "2010-01-01-missing" in built.log
    assert "oembed" in built.log


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timezone": "Mars/Olympus_Mons"}, "option 'timezone': unknown time zone"),
        ({"paginate": -1}, "option 'paginate': Expected 0 (one page) or more posts a page"),
    ],
)
def test_a_bad_option_is_a_config_error_naming_it(
    tmp_path: Path, options: dict[str, Any], message: str
) -> None:
    built = build(site(tmp_path, {}, **options))
    assert built.returncode != 0
    assert message in built.log and "Traceback" not in built.log
