"""`mkdocs serve` through a post's life, read over HTTP: saved broken, fixed, added, renamed,
deleted. Serving never stops, and the index, tag pages and feeds follow every change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from serving import Served, wait_for
from sitebuild import write_site

POSTS = Path("docs/blog/_posts")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
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
    server = Served(root)
    yield server
    server.stop()


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
