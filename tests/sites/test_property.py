"""Random posts (front matter, file names, bodies): no exception escapes the plugin, nothing is
written outside site_dir, and every post that is built is on the index and in the feed."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml
from blogcheck import listed_posts, page_of, post_pages
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from sitebuild import Built, write_site

NAME_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/\\"), max_size=20
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 3000),
    st.text(max_size=30),
    st.dates(date(1990, 1, 1), date(2030, 12, 31)),
    st.datetimes(datetime(1990, 1, 1), datetime(2030, 12, 31)),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=2)
    ),
    max_leaves=5,
)
KEYS = st.sampled_from([
    "title", "date", "tags", "tag", "categories", "category", "permalink", "published", "slug",
    "excerpt", "excerpt_separator", "author", "authors", "redirect_from", "redirect_to", "image",
    "description", "last_modified_at",
])  # fmt: skip
BODY = st.lists(
    st.sampled_from([
        "Text with a [link](../x/) and **bold**.", "{% raw %}{{ x }}{% endraw %}", "{% if a %}b",
        "{{ site.baseurl }}/guide/", "{% post_url 2014-01-01-a %}", "---", "```\ncode\n\n```",
        "<div><script>alert(1)</script>", "[r]: http://example.eu]", "\t\x07", "# Heading",
        "{% highlight python %}\nx = 1\n{% endhighlight %}", "<!--more-->", "",
    ]) | st.text(max_size=40),
    max_size=6,
).map("\n\n".join)  # fmt: skip


@st.composite
def posts(draw: st.DrawFn) -> tuple[str, str]:
    year = draw(st.integers(1990, 2030))
    month, day = draw(st.integers(1, 13)), draw(st.integers(1, 32))
    slug = draw(NAME_TEXT).strip() or "x"
    ext = draw(st.sampled_from([".md", ".markdown", ".html", ".txt"]))
    name = f"{year}-{month}-{day}-{slug}{ext}"
    front: dict[str, Any] = draw(st.dictionaries(KEYS, VALUES, max_size=6))
    if draw(st.booleans()):
        matter = yaml.safe_dump(front, allow_unicode=True)
    else:
        matter = draw(st.text(max_size=60))  # anything at all between the fences
    return name, f"---\n{matter}\n---\n{draw(BODY)}\n"


def tree(root: Path, skip: Path) -> set[str]:
    return {
        str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and skip not in p.parents
    }


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(posts(), min_size=1, max_size=6, unique_by=lambda p: p[0].casefold()))
# found by this test: a permalink with an extension writes the page to a file of that name
@example(drafted=[("1990-1-1-x.md", "---\npermalink: '0.0'\n---\n\n")])
def test_random_posts_build_safely_and_lose_nothing(drafted: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = write_site(
            Path(tmp) / "site",
            {
                "site_name": "Random",
                "site_url": "https://example.org/",
                "theme": {"name": "mkdocs"},
                "plugins": [{"jekyll-blog": {"future": True, "feeds": {"limit": 0}}}],
            },
            {"index.md": "# Home\n", "guide.md": "# Guide\n"},
        )
        for name, text in drafted:
            path = root / "docs" / "blog" / "_posts" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
        before = tree(Path(tmp), root / "site")
        config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(root / "site"))
        cwd = os.getcwd()
        try:
            mkdocs_build(config)  # any exception fails the test
        finally:
            os.chdir(cwd)
        assert tree(Path(tmp), root / "site") == before
        built = Built(root, root / "site", 0, "")
        pages = set(post_pages(built))
        listed = listed_posts(built, "blog/")
        redirects = {
            url for url in listed if b'http-equiv="refresh"' in page_of(built, url).read_bytes()
        }
        assert sorted(listed) == sorted(pages | redirects)  # `redirect_to` posts stay listed
        items = json.loads((built.site / "blog/feed.json").read_text("utf-8"))["items"]
        urls = sorted(unquote(i["url"].removeprefix("https://example.org/")) for i in items)
        assert urls == sorted(listed)
        shutil.rmtree(root / "site")
