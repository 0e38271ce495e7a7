"""The blog beside the plugins docs sites run: each one of `neighbours.NEIGHBOURS` built for real
with the example site, before and after `jekyll-blog` in the plugin list. Each build must keep
the whole blog (every post on the index, its tag pages and the feeds; one `h1` a post; the
post's body as without the other plugin) and the other plugin's own feature. The README's table
is checked against the same list."""

from __future__ import annotations

import copy
import functools
import http.server
import json
import re
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
import pytest
import yaml
from blogcheck import listed_posts, post_pages
from neighbours import NEIGHBOURS, TEMPLATE_EXAMPLES, Neighbour
from sitebuild import REPO, Built, build, copy_example_site, text

pytestmark = pytest.mark.compat

BLOG = {"jekyll-blog": {"permalink": "pretty"}}
FEEDS = ("blog/feed.xml", "blog/rss.xml")
JSON_FEED = "blog/feed.json"


@dataclass(frozen=True)
class BlogShape:
    """What a build shows of the blog, by post title."""

    titles: list[str]
    tags: dict[str, list[str]]  # post title → its tags
    bodies: dict[str, str]  # post title → the text of its body


def shape_of(built: Built) -> BlogShape:
    posts = post_pages(built)
    bodies = {}
    for path, info in posts.items():
        page = built.page(path)
        assert len(page.cssselect("h1")) == 1, f"{path}: not one h1"
        body = page.cssselect(".jb-post-body")[0]
        bodies[info.title] = text(body)
        assert "{%" not in prose(body), f"{path}: Liquid shows"
    return BlogShape(
        sorted(info.title for info in posts.values()),
        {info.title: sorted(info.tags) for info in posts.values()},
        bodies,
    )


def prose(body: lxml.html.HtmlElement) -> str:
    """A post body's text outside code, where Liquid is never meant to show."""
    copied = copy.deepcopy(body)
    for code in copied.cssselect("pre, code"):
        code.drop_tree()
    return text(copied)


DOCS_TEXT = "check the station's time zone"  # in the example site's faq.md


def assert_whole_blog(built: Built, plain: BlogShape, neighbour: Neighbour) -> None:
    shape = shape_of(built)
    assert shape.titles == sorted([*plain.titles, *neighbour.extra_posts])
    posts = post_pages(built)
    title_of = {path: info.title for path, info in posts.items()}
    assert sorted(title_of[path] for path in listed_posts(built, "blog/")) == shape.titles
    for path, info in posts.items():
        for tag_page in info.tags.values():
            assert path in listed_posts(built, tag_page), f"{path} not on {tag_page}"
        if info.title in plain.tags:
            assert sorted(info.tags) == plain.tags[info.title]
            assert shape.bodies[info.title] == plain.bodies[info.title], path
    for feed in FEEDS:
        parsed = feedparser.parse((built.site / feed).read_bytes())
        assert sorted(entry.title for entry in parsed.entries) == shape.titles, feed
    items = json.loads((built.site / JSON_FEED).read_text("utf-8"))["items"]
    assert sorted(item["title"] for item in items) == shape.titles
    # docs pages read as MkDocs reads them (kramdown would curl the apostrophe)
    faq = [
        p for p in built.html_files() if "faq" in p.relative_to(built.site).with_suffix("").parts
    ]
    shown = [text(lxml.html.fromstring(path.read_bytes())) for path in faq]
    assert faq and all(DOCS_TEXT in page for page in shown), faq


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> BlogShape:
    """The example site's blog with no other plugin."""
    root = copy_example_site(tmp_path_factory.mktemp("plain") / "site")
    built = build(root, strict=True)
    assert built.returncode == 0, built.log[-3000:]
    return shape_of(built)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def assets_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on loopback for the files a page takes from elsewhere (this machine reaches no
    other host)."""
    folder = tmp_path_factory.mktemp("assets")
    (folder / "pixel.png").write_bytes(png_pixel())
    handler = functools.partial(_Quiet, directory=str(folder))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield f"http://127.0.0.1:{server.server_address[1]}"
        server.shutdown()


def png_pixel() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    pixels = zlib.compress(b"\x00\xff\x80\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def build_beside(root: Path, neighbour: Neighbour, order: str, assets: str) -> Built:
    copy_example_site(root)
    config_path = root / "mkdocs.yml"
    config = yaml.safe_load(config_path.read_text("utf-8"))
    others = [] if neighbour.id == "search-separator" else ["search"]
    pair = [neighbour.plugin, BLOG] if order == "before" else [BLOG, neighbour.plugin]
    config["plugins"] = [*others, *pair]
    if neighbour.configure:
        neighbour.configure(config)
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    for rel, content in neighbour.files.items():
        path = root / "docs" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content.replace("{assets}", assets), "utf-8")
    for rel in TEMPLATE_EXAMPLES if neighbour.example_front_matter else ():
        page = root / "docs" / rel
        page.write_text(f"---\n{neighbour.example_front_matter}\n---\n{page.read_text('utf-8')}")
    if neighbour.setup:
        neighbour.setup(root)
    return build(root, strict=True)


@pytest.mark.parametrize(
    ("neighbour", "order"),
    [(n, order) for n in NEIGHBOURS for order in n.orders],
    ids=[f"{n.id}-{order}" for n in NEIGHBOURS for order in n.orders],
)
def test_the_blog_beside(
    tmp_path: Path, neighbour: Neighbour, order: str, plain: BlogShape, assets_url: str
) -> None:
    built = build_beside(tmp_path / "site", neighbour, order, assets_url)
    assert "Traceback" not in built.log, built.log[-3000:]
    if neighbour.refusal:
        assert built.returncode != 0
        errors = [line for line in built.log.splitlines() if line.startswith("ERROR")]
        assert len(errors) == 1 and neighbour.refusal in errors[0], built.log[-3000:]
        assert not (built.site / "blog").exists()  # stopped before anything was built
        return
    assert built.returncode == 0, built.log[-3000:]
    assert_whole_blog(built, plain, neighbour)
    assert neighbour.check is not None
    neighbour.check(built)


def readme_table() -> str:
    rows = [
        "| Plugin | Version tested | Beside jekyll-blog |",
        "|---|---|---|",
    ]
    for n in NEIGHBOURS:
        verdict = "refused" if n.refusal else "works"
        verdict = f"{verdict}: {n.note}" if n.note else verdict
        rows.append(f"| {n.label} | {n.package} {n.version} | {verdict} |")
    return "\n".join(rows) + "\n"


def test_the_readme_table_is_the_tested_matrix() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    found = re.search(r"<!-- compatibility -->\n(.*?)<!-- /compatibility -->", readme, re.S)
    assert found, "README.md has no <!-- compatibility --> table"
    assert found.group(1) == readme_table(), (
        "README's table, as the matrix has it:\n" + readme_table()
    )
