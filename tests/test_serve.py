"""`mkdocs serve` as a subprocess on a free loopback port: Jekyll's extension-less URLs and
drafts, read over HTTP."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from sitebuild import write_site


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    root = write_site(
        tmp_path / "site",
        {
            "site_name": "Served",
            "site_url": "https://example.org/",
            "theme": {"name": "mkdocs"},
            "plugins": [{"jekyll-blog": {"permalink": "/:categories/:year/:title"}}],
        },
        {
            "index.md": "# Home\n",
            "blog/_posts/2014-02-11-fosdem.md": "---\ntitle: FOSDEM\n---\nText.\n",
            "blog/_drafts/an-idea.md": "---\ntitle: An idea\ndate: 2015-01-01\n---\nDraft.\n",
        },
    )
    port = free_port()
    command = ["serve", "-f", str(root / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", *command, "--no-livereload"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=2).read()
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.stdout.read().decode() if server.stdout else ""
                assert time.monotonic() < deadline, "mkdocs serve did not start"
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def get(url: str) -> tuple[str, lxml.html.HtmlElement]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.geturl(), lxml.html.fromstring(response.read())


def test_extensionless_jekyll_url_is_served(served: str) -> None:
    final, page = get(served + "/blog/2014/fosdem")
    assert final == served + "/blog/2014/fosdem/"
    assert [h.text_content() for h in page.cssselect("h1")] == ["FOSDEM"]


def test_drafts_are_shown_under_serve(served: str) -> None:
    _, page = get(served + "/blog/2015/an-idea/")
    assert [h.text_content() for h in page.cssselect("h1")] == ["An idea"]
    _, index = get(served + "/blog/")
    assert len(index.cssselect(".jb-entry")) == 2


def test_feeds_use_the_served_address(served: str) -> None:
    with urllib.request.urlopen(served + "/blog/feed.xml", timeout=10) as response:
        atom = response.read()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    links = lxml.etree.fromstring(atom).xpath("//a:entry/a:link/@href", namespaces=ns)
    assert links and all(link.startswith(served + "/blog/") for link in links)
