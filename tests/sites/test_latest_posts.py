"""The latest-posts marker in a docs page, read back from built sites and from `mkdocs serve`."""

from __future__ import annotations

from pathlib import Path

import lxml.html
from blogcheck import site_path
from serving import Serve, wait_for
from sitebuild import build, text, write_site

POSTS = {
    "2014-01-01-one.md": "title: One\ntags: [release]\nauthor: tom",
    "2014-02-01-two.md": "title: Two\ntags: [other]\ncategories: [news]",
    "2014-03-01-three.md": "title: Three\ntags: [Release]\ncategories: [news]",
    "2014-04-01-four.md": "title: Four\ntags: [release]\nunlisted: true",
    "2014-05-01-five.md": "title: Five\nauthor: tom",
}
PAGE = """# Home

Latest:

<!-- jekyll-blog:posts limit=2 -->

Releases, in full:

<!-- jekyll-blog:posts tag=release style=full -->

By Tom Okafor: <!-- jekyll-blog:posts author="Tom Okafor" -->

News: <!-- jekyll-blog:posts category=news limit=x colour=red -->

```html
<!-- jekyll-blog:posts limit=1 -->
```
"""


def site(root: Path) -> Path:
    config = {
        "site_name": "Latest",
        "site_url": "https://example.org/",
        "theme": {"name": "mkdocs"},
        "plugins": ["search", "jekyll-blog"],
    }
    files: dict[str, str | bytes] = {
        "index.md": PAGE,
        "guide/deep/page.md": "# Deep\n\n<!-- jekyll-blog:posts limit=1 -->\n",
        "_data/authors.yml": "tom:\n  name: Tom Okafor\n",
    }
    for name, front in POSTS.items():
        files[f"_posts/{name}"] = f"---\n{front}\n---\nThe words of {name}.\n"
    return write_site(root, config, files)


def lists(page: Path, built_site: Path) -> list[list[str]]:
    doc = lxml.html.fromstring(page.read_bytes())
    found = []
    for listing in doc.cssselect(".jb-listing.jb-latest"):
        found.append([text(a) for a in listing.cssselect("a.jb-entry-title, .jb-entry-title a")])
    return found


def test_markers_become_lists_of_the_posts_they_ask_for(tmp_path: Path) -> None:
    built = build(site(tmp_path / "site"))
    assert built.returncode == 0, built.log[-3000:]
    home = built.site / "index.html"
    assert lists(home, built.site) == [
        ["Five", "Three"],
        ["Three", "One"],  # case aside; the unlisted post never
        ["Five", "One"],
        ["Three", "Two"],
    ]
    doc = lxml.html.fromstring(home.read_bytes())
    full = doc.cssselect(".jb-listing.jb-latest")[1]
    assert full.cssselect("article.jb-entry .jb-excerpt")  # style=full: entries with excerpts
    code = text(doc.cssselect("pre code")[0])
    assert "<!-- jekyll-blog:posts limit=1 -->" in code  # a marker in code is left alone
    deep = built.site / "guide/deep/page/index.html"
    assert lists(deep, built.site) == [["Five"]]
    href = lxml.html.fromstring(deep.read_bytes()).cssselect(".jb-latest a.jb-entry-title")[0]
    assert site_path(built, deep, href.get("href")) == "2014/05/01/five.html"
    assert "index.md:13: jekyll-blog:posts marker: limit='x' is not a count, 5 used" in built.log
    assert "index.md:13: jekyll-blog:posts marker: unknown argument 'colour=red'" in built.log
    assert build(site(tmp_path / "strict"), strict=True).returncode != 0


def test_serve_keeps_the_list_up_to_date(tmp_path: Path, serve: Serve) -> None:
    root = site(tmp_path / "site")
    served = serve(root)

    def latest() -> list[str]:
        doc = lxml.html.fromstring(served.get("")[1])
        first = doc.cssselect(".jb-listing.jb-latest")[0]
        return [text(a) for a in first.cssselect("a.jb-entry-title")]

    assert latest() == ["Five", "Three"]
    (root / "docs/_posts/2014-06-01-six.md").write_text("---\ntitle: Six\n---\nSix.\n")
    wait_for(lambda: latest() == ["Six", "Five"], "the new post in the latest posts")
    log = served.stop()
    assert "Traceback" not in log
