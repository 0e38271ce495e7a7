"""Builds that repeat: the same input gives byte-identical output, and a `--dirty` rebuild keeps
every listing page and feed whole."""

from __future__ import annotations

import os
import time
from pathlib import Path

import lxml.html
from sitebuild import build, copy_example_site, text

POST = "docs/blog/_posts/2024-05-14-tidekit-2-0-released.md"


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first = build(copy_example_site(tmp_path / "one"))
    second = build(copy_example_site(tmp_path / "two"))
    assert first.returncode == second.returncode == 0
    files = sorted(p.relative_to(first.site) for p in first.site.rglob("*") if p.is_file())
    assert files == sorted(
        p.relative_to(second.site) for p in second.site.rglob("*") if p.is_file()
    )
    differ = [
        rel
        for rel in files
        if not rel.name.startswith("sitemap.xml")
        and (first.site / rel).read_bytes() != (second.site / rel).read_bytes()
    ]
    assert differ == []


def test_a_dirty_rebuild_keeps_listings_and_feeds_whole(tmp_path: Path) -> None:
    root = copy_example_site(tmp_path / "site")
    assert build(root).returncode == 0
    time.sleep(1.1)
    post = root / POST
    post.write_text(post.read_text("utf-8").replace("TideKit 2.0 released", "TideKit 2.0 is out"))
    os.utime(post)
    again = build(root, "--dirty")
    assert again.returncode == 0, again.log[-2000:]
    index = lxml.html.fromstring((again.site / "blog/index.html").read_bytes())
    entries = index.cssselect(".jb-entry")
    assert len(entries) == 10
    assert all(text(e.cssselect(".jb-excerpt")[0]) for e in entries)
    newest = index.cssselect(".jb-listing > .jb-entry")[0]  # the first after the pinned one
    assert text(newest.cssselect("h2")[0]) == "TideKit 2.0 is out"
    assert (
        text(lxml.html.fromstring((again.site / "blog/page/2/index.html").read_bytes())).count(
            "Read more"
        )
        == 3
    )
    feed = (again.site / "blog/feed.xml").read_text("utf-8")
    assert feed.count("<entry") == feed.count("<content") == 13


def test_a_post_read_again_in_the_same_build_gets_its_text_again(tmp_path: Path) -> None:
    """The blog lets go of a post's text once MkDocs has read it; a second read (another
    plugin's, say) reads the file again, with Jekyll's rules: this front matter is a list,
    which Jekyll ignores and MkDocs' own reader would leave in the page."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    root = copy_example_site(tmp_path / "site")
    source = "blog/_posts/2024-01-01-listed.md"
    (root / "docs" / source).write_text("---\n- a list\n---\nThe body.\n", "utf-8")
    config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(tmp_path / "out"))
    config.plugins.on_startup(command="build", dirty=False)
    mkdocs_build(config)
    page = config.plugins["jekyll-blog"].stage.placed.blog_files.files[source].page
    assert page is not None and page.markdown is not None
    assert page.markdown.strip() == "The body."
    page.read_source(config)
    assert page.markdown.strip() == "The body."
    config.plugins.on_shutdown()
