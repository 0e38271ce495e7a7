"""`mkdocs serve` on a free loopback port: Jekyll's extension-less URLs, drafts and feeds, read
over HTTP."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator

import lxml.etree
import lxml.html
import pytest
from serving import Served
from sitebuild import write_site


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = write_site(
        tmp_path_factory.mktemp("serve") / "site",
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
    server = Served(root)
    yield server
    server.stop()


def get(url: str) -> tuple[str, lxml.html.HtmlElement]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.geturl(), lxml.html.fromstring(response.read())


def test_extensionless_jekyll_url_is_served(served: Served) -> None:
    final, page = get(served.base + "blog/2014/fosdem")
    assert final == served.base + "blog/2014/fosdem/"
    assert [h.text_content() for h in page.cssselect("h1")] == ["FOSDEM"]


def test_drafts_are_shown_under_serve(served: Served) -> None:
    _, page = get(served.base + "blog/2015/an-idea/")
    assert [h.text_content() for h in page.cssselect("h1")] == ["An idea"]
    _, index = get(served.base + "blog/")
    assert len(index.cssselect(".jb-entry")) == 2


def test_feeds_use_the_served_address(served: Served) -> None:
    status, atom = served.get("blog/feed.xml")
    assert status == 200
    ns = {"a": "http://www.w3.org/2005/Atom"}
    links = lxml.etree.fromstring(atom.encode()).xpath("//a:entry/a:link/@href", namespaces=ns)
    assert links and all(link.startswith(served.base + "blog/") for link in links)


def test_nothing_is_left_in_the_source(served: Served) -> None:
    assert not (served.root / "docs" / "blog" / "index.md").exists()  # nothing written to docs/
