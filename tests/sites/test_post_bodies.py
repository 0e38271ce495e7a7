"""A post reads as it did on the Jekyll site: each post page of the shared corpora, built by
MkDocs with the blog, holds the blocks Jekyll 4.3's kramdown made of the post (typography
included) and every heading id Jekyll gave; with `markdown: mkdocs` it holds MkDocs' reading."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import lxml.html
import pytest
import yaml
from kramdown_blocks import Agreement, compare
from sitebuild import CORPORA, Built, build, corpus_site, shared, text, write_site

# Where posts still read otherwise, named: the post's path → why (empty: none).
KNOWN_DIFFERENCES: dict[str, str] = {}


def built_corpus(tmp: Path, name: str, **options: Any) -> tuple[Built, list[dict[str, Any]]]:
    root, decisions = corpus_site(tmp, name)
    config_path = root / "mkdocs.yml"
    config = yaml.safe_load(config_path.read_text("utf-8"))
    config["plugins"][0]["jekyll-blog"].update(options)
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    built = build(root)
    assert built.returncode == 0, built.log[-3000:]
    rendered = json.loads((shared("corpora") / name / "jekyll-4.3-rendered.json").read_text())
    # the URLs of the decisions' permalink, which the site is built with
    urls = {post["path"]: post["url"] for post in decisions["posts"]}
    posts = [{**post, "url": urls[post["path"]]} for post in rendered["posts"]]
    return built, [post for post in posts if not post["liquid"]]


def post_body(built: Built, url: str) -> str:
    found = built.page(url).cssselect(".jb-post-body")
    assert len(found) == 1, url
    inner = [lxml.html.tostring(child, encoding="unicode") for child in found[0]]
    return (found[0].text or "") + "".join(inner)


@pytest.mark.parametrize("name", CORPORA)
def test_every_post_reads_as_jekyll_rendered_it(tmp_path: Path, name: str) -> None:
    built, posts = built_corpus(tmp_path, name)
    results: dict[str, Agreement] = {
        post["path"]: compare(post["html"], post_body(built, post["url"])) for post in posts
    }
    differ = {
        path: result.first_difference
        for path, result in results.items()
        if not result.same_typography and path not in KNOWN_DIFFERENCES
    }
    ids = {
        path: f"{result.ids_kept} of {result.ids_expected} heading ids"
        for path, result in results.items()
        if not result.all_ids_kept
    }
    same = sum(result.same_typography for result in results.values())
    print(f"{name}: {same} of {len(results)} posts read as Jekyll rendered them")
    assert posts and not differ and not ids, {**differ, **ids}


def test_markdown_mkdocs_reads_posts_as_docs_pages(tmp_path: Path) -> None:
    """The switch is real: with it, a post Jekyll showed as a list after a paragraph reads as
    Python-Markdown reads it."""
    built, posts = built_corpus(tmp_path, "jekyll-docs", markdown="mkdocs")
    results = [compare(post["html"], post_body(built, post["url"])) for post in posts]
    assert sum(not result.same_typography for result in results) > len(results) // 2


EVERYWHERE = (
    '---\ntitle: Upgrade\n---\nUpgrade "now":\n- Ruby 2.4\n  - or newer\n\nThe rest -- all of it.\n'
)


def test_everywhere_a_post_shows_it_reads_as_kramdown(tmp_path: Path) -> None:
    """The index's excerpt, the feeds, the search index, the head's description and a latest
    posts list on a docs page all come from the post's kramdown reading."""
    config = {
        "site_name": "Site",
        "site_url": "https://example.org/",
        "theme": {"name": "mkdocs"},
        "plugins": ["search", {"jekyll-blog": {"feeds": {"content": "full"}}}],
    }
    files: dict[str, str | bytes] = {
        "index.md": "# Home\n\n<!-- jekyll-blog:posts style=full -->\n",
        "_posts/2014-02-11-upgrade.md": EVERYWHERE,
    }
    built = build(write_site(tmp_path / "site", config, files), strict=True)
    assert built.returncode == 0, built.log[-3000:]
    nested = ".//ul/li/ul/li"
    excerpt = built.page("blog/").cssselect(".jb-excerpt")[0]
    assert text(excerpt.find(".//p")) == "Upgrade \u201cnow\u201d:" and excerpt.findall(nested)
    latest = built.page("index.html").cssselect(".jb-excerpt")[0]
    assert lxml.html.tostring(latest) == lxml.html.tostring(excerpt)
    item = json.loads((built.site / "blog/feed.json").read_text("utf-8"))["items"][0]
    content = lxml.html.fragment_fromstring(item["content_html"], create_parent="div")
    assert content.findall(nested) and "The rest \u2013 all of it." in content.text_content()
    assert item["summary"] == "Upgrade \u201cnow\u201d: Ruby 2.4 or newer"
    post = built.page("2014/02/11/upgrade.html")
    description = post.xpath("//meta[@property='og:description']/@content")
    assert description == ["Upgrade \u201cnow\u201d: Ruby 2.4 or newer"]
    index = json.loads((built.site / "search/search_index.json").read_text("utf-8"))
    found = [doc["text"] for doc in index["docs"] if doc["location"].startswith("2014/")]
    assert any("Upgrade \u201cnow\u201d" in shown for shown in found), found
