"""`mkdocs serve` through a post's life, read over HTTP: saved broken, fixed, added, renamed,
deleted. Serving never stops, and the index, tag pages and feeds follow every change."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sitebuild import write_site
from test_serve import free_port

POSTS = Path("docs/blog/_posts")


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, ""
    except (urllib.error.URLError, ConnectionError):
        return 0, ""  # not serving (yet)


def wait_for(check: Callable[[], bool], what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.3)


class Served:
    """A running `mkdocs serve`; `stop()` ends it and returns everything it logged."""

    def __init__(self, root: Path) -> None:
        self.root = root
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        command = ["serve", "-f", str(root / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"]
        self._process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", *command, "--livereload"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._log: str | None = None

    def get(self, path: str) -> tuple[int, str]:
        return fetch(self.base + path)

    def stop(self) -> str:
        if self._log is None:
            self._process.terminate()
            self._log, _ = self._process.communicate(timeout=30)
        return self._log


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
    try:
        wait_for(lambda: server.get("/")[0] == 200, "mkdocs serve to start", 60)
        yield server
    finally:
        server.stop()


def test_broken_fixed_added_renamed_deleted(served: Served) -> None:
    posts = served.root / POSTS

    def index() -> str:
        return served.get("/blog/")[1]

    # Saved broken: the build warns, serving goes on, the post falls back to its file name.
    (posts / "2014-02-02-second.md").write_text("---\ntitle: [unclosed\ntags: [t]\n---\nTwo.\n")
    wait_for(lambda: "Second" in index(), "the broken post to appear with its fallback title")
    assert served.get("/blog/2014/02/02/second.html")[0] == 200
    # Fixed: its own title and tag come back.
    (posts / "2014-02-02-second.md").write_text("---\ntitle: Mended\ntags: [t]\n---\nTwo.\n")
    wait_for(lambda: "Mended" in served.get("/blog/tag/t/")[1], "the fixed post on its tag page")
    # Added.
    (posts / "2014-03-03-third.md").write_text("---\ntitle: Third\ntags: [t]\n---\nThree.\n")
    wait_for(lambda: "Third" in served.get("/blog/feed.xml")[1], "the new post in the feed")
    # Renamed: the old URL goes, the new one comes.
    (posts / "2014-03-03-third.md").rename(posts / "2014-04-04-fourth.md")
    wait_for(lambda: served.get("/blog/2014/04/04/fourth.html")[0] == 200, "the renamed page")
    assert served.get("/blog/2014/03/03/third.html")[0] == 404
    # Deleted: gone from the index, the tag page and the feed.
    (posts / "2014-04-04-fourth.md").unlink()
    wait_for(lambda: "Third" not in index(), "the deleted post to leave the index")
    assert "Third" not in served.get("/blog/tag/t/")[1]
    assert "Third" not in served.get("/blog/feed.xml")[1]
    assert served.get("/blog/2014/04/04/fourth.html")[0] == 404
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
    wait_for(lambda: "Bad" in served.get("/blog/")[1], "the post with a bad date")
    assert served.get("/")[0] == 200
    log = served.stop()
    assert (
        "blog/_posts/2014-02-02-bad.md:3: invalid date 'tuesday'; the file name's date is used"
        in log
    )
