"""The blog beside other plugins a docs site runs, each built for real with the example site.
The plugins tested here come with the test extras; issue 14 grows this into the whole matrix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from sitebuild import Built, build, copy_example_site, text

pytestmark = pytest.mark.compat

STRING_TAGS_POST = "blog/releases/2015/10/01/shell-completion/"  # `tags: release shell`
# A post whose text shows Jinja-like templates (`{{ station.name }}`), some inside `{% raw %}`.
TEMPLATES_POST = "blog/releases/2020/06/16/templates-in-1-2/"
# Docs pages of the example site that show such templates as text, as a docs team marks them
# for mkdocs-macros.
TEMPLATE_EXAMPLES = ("guide/migrating-from-jekyll.md", "guide/output-formats.md")


def with_plugins(
    tmp_path: Path, plugins: list[Any], files: dict[str, str], front_matter: str = ""
) -> Built:
    """The example site with `plugins`, the `files` added, and `front_matter` given to its
    docs pages that show Jinja- and Liquid-like examples as text."""
    root = copy_example_site(tmp_path / "site")
    config_path = root / "mkdocs.yml"
    config = yaml.safe_load(config_path.read_text("utf-8"))
    config["plugins"] = plugins
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    for rel, content in files.items():
        (root / "docs" / rel).write_text(content, "utf-8")
    for rel in TEMPLATE_EXAMPLES if front_matter else ():
        page = root / "docs" / rel
        page.write_text(f"---\n{front_matter}\n---\n{page.read_text('utf-8')}", "utf-8")
    built = build(root, strict=True)
    assert built.returncode == 0 and "Traceback" not in built.log, built.log[-3000:]
    return built


BLOG = {"jekyll-blog": {"permalink": "pretty"}}


@pytest.mark.parametrize(
    "plugins",
    [["search", "tags", BLOG], ["search", BLOG, "tags"]],
    ids=["tags-first", "blog-first"],
)
def test_material_tags_lists_posts_by_their_jekyll_tags(tmp_path: Path, plugins: list[Any]) -> None:
    built = with_plugins(tmp_path, plugins, {"tags.md": "# Tags\n\n<!-- material/tags -->\n"})
    post = built.page(STRING_TAGS_POST)
    assert [text(tag) for tag in post.cssselect(".md-tags .md-tag")] == ["release", "shell"]
    listing = built.page("tags/")
    by_tag: dict[str, list[str]] = {}
    for heading in listing.cssselect("article h2"):
        items = heading.getnext()
        by_tag[text(heading).rstrip("¶").strip()] = [text(a) for a in items.cssselect("li a")]
    assert "Shell completion in TideKit 0.5" in by_tag["shell"]
    assert "TideKit 0.1: first public release" in by_tag["release"]
    # the blog's own tag page is untouched
    assert len(built.page("blog/tag/shell/").cssselect(".jb-entry")) == 1


@pytest.mark.parametrize(
    "plugins",
    [["search", "macros", BLOG], ["search", BLOG, "macros"]],
    ids=["macros-first", "blog-first"],
)
def test_macros_renders_docs_pages_and_leaves_posts_alone(
    tmp_path: Path, plugins: list[Any]
) -> None:
    """A post's Liquid is the blog's to render, before mkdocs-macros sees the page, which then
    skips it (`render_macros: false`): no macro errors, and the post shows what it shows
    without macros."""
    page = {"macros.md": "# Macros\n\nTwo is {{ 1 + 1 }}.\n"}
    built = with_plugins(tmp_path / "macros", plugins, page, front_matter="render_macros: false")
    assert "[macros] - ERROR" not in built.log
    assert text(built.page("macros/").cssselect("article p, div[role=main] p")[0]) == "Two is 2."
    plain = with_plugins(tmp_path / "plain", ["search", BLOG], {})
    body = built.page(TEMPLATES_POST).cssselect(".jb-post-body")[0]
    assert text(body) == text(plain.page(TEMPLATES_POST).cssselect(".jb-post-body")[0])
    assert "{{ station.name }}" in text(body)
    assert len(built.page("blog/").cssselect(".jb-entry")) == 10
