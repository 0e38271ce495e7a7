"""`redirect_from` and `redirect_to` in all their forms, redirect pages that never overwrite a
real page, and `{% post_url %}` from ordinary docs pages."""

from __future__ import annotations

import lxml.html
import pytest
from sitebuild import Built, build, text, write_site

SITE = "https://example.org/"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    posts = {
        "blog/_posts/2014-02-11-moved.md": (
            "title: Moved\nredirect_from:\n  - /old-name\n  - /older/name/\n"
            "  - /oldest.html\n  - /guide/\n  - /../../escape\n"
        ),
        "blog/_posts/2014-02-12-single.md": "title: Single\nredirect_from: /one-string",
        "blog/_posts/2014-02-13-away.md": "title: Away\nredirect_to: https://elsewhere.example/x",
        "blog/_posts/2014-02-14-relative.md": "title: Relative\nredirect_to: [/guide/]",
        "blog/_posts/2014-02-15-hostile.md": "title: Hostile\nredirect_to: 'javascript:alert(1)'",
    }
    files: dict[str, str | bytes] = {
        "index.md": "# Home\n\nSee [the post]({% post_url 2014-02-11-moved %}) and "
        "`{% post_url 2014-02-11-moved %}` in code.\n\n```\n{% post_url 2014-02-11-moved %}\n```\n",
        "guide.md": "# Guide\n",
        **{path: f"---\n{front}\n---\nBody of {path}.\n" for path, front in posts.items()},
    }
    root = write_site(
        tmp_path_factory.mktemp("redirects") / "site",
        {
            "site_name": "R",
            "site_url": SITE,
            "theme": {"name": "mkdocs"},
            "plugins": ["jekyll-blog"],
        },
        files,
    )
    result = build(root)
    assert result.returncode == 0, result.log[-3000:]
    return result


def redirect_target(built: Built, rel: str) -> str:
    page = lxml.html.fromstring((built.site / rel).read_bytes())
    refresh = page.xpath("//meta[@http-equiv='refresh']/@content")[0]
    target = refresh.split("url=", 1)[1]
    assert page.xpath("//link[@rel='canonical']/@href") == [target]
    assert page.xpath("//meta[@name='robots']/@content") == ["noindex"]
    assert [a.get("href") for a in page.xpath("//a")] == [target]
    assert "location=" in page.xpath("//script/text()")[0]
    return target


@pytest.mark.parametrize(
    ("rel", "post"),
    [
        ("old-name.html", "blog/2014/02/11/moved.html"),
        ("old-name/index.html", "blog/2014/02/11/moved.html"),
        ("older/name/index.html", "blog/2014/02/11/moved.html"),
        ("oldest.html", "blog/2014/02/11/moved.html"),
        ("escape.html", "blog/2014/02/11/moved.html"),
        ("one-string.html", "blog/2014/02/12/single.html"),
    ],
)
def test_redirect_from_forms(built: Built, rel: str, post: str) -> None:
    assert redirect_target(built, rel) == SITE + post


def test_a_redirect_never_overwrites_a_real_page(built: Built) -> None:
    guide = lxml.html.fromstring((built.site / "guide/index.html").read_bytes())
    assert text(guide.cssselect("h1")[0]) == "Guide"
    assert "blog/_posts/2014-02-11-moved.md: redirect_from /guide/ is not written" in built.log
    assert not (built.site.parent / "escape.html").exists()


def test_redirect_to_makes_the_post_a_redirect_page(built: Built) -> None:
    assert redirect_target(built, "blog/2014/02/13/away.html") == "https://elsewhere.example/x"
    assert redirect_target(built, "blog/2014/02/14/relative.html") == SITE + "guide/"
    hostile = (built.site / "blog/2014/02/15/hostile.html").read_text("utf-8")
    assert "javascript:" not in hostile and 'http-equiv="refresh"' not in hostile
    assert "redirect_to 'javascript:alert(1)' is not used" in built.log


def test_redirect_pages_stay_out_of_the_sitemap(built: Built) -> None:
    sitemap = (built.site / "sitemap.xml").read_text("utf-8")
    assert "old-name" not in sitemap and "blog/2014/02/11/moved.html" in sitemap


def test_post_url_in_a_docs_page_outside_code(built: Built) -> None:
    home = built.page("index.html")
    links = [a.get("href") for a in home.cssselect("p a") if text(a) == "the post"]
    assert links == ["blog/2014/02/11/moved.html"]
    codes = [text(c) for c in home.cssselect("code")]
    assert codes[0] == "{% post_url 2014-02-11-moved %}"
    assert "{% post_url 2014-02-11-moved %}" in codes[1]
