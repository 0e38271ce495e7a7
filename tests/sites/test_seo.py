"""Search and social metadata (Open Graph, Twitter, JSON-LD) and updated dates, read back from
built sites under the three themes."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import feedparser
import jsonschema
import lxml.html
import pytest
import yaml
from sitebuild import Built, build, text, write_site

SITE = "https://example.org/docs/"
AUTHORS = {"ada": {"name": "Ada L.", "url": "https://ada.example/", "twitter": "@ada_writes"}}
POSTS = {
    "2014-02-11-card.md": (
        "title: A <card> post\ndescription: What   this post is about.\nauthor: ada\n"
        "tags: [a, b]\nlast_modified_at: 2015-05-12 13:27:59 +0200\n"
        "image: {path: /images/card.png, width: 1200, height: 630, alt: The card}"
    ),
    "2014-02-12-plain.md": "title: Plain\nimage: images/plain.png\nupdated: 2014-03-01",
    "2014-02-13-none.md": "title: Nothing else",
}
ARRAYS = {"article:author", "article:tag"}  # Open Graph's properties that may repeat

# The schema.org properties the pages use, as a JSON Schema: what each must hold.
PERSON = {
    "type": "object",
    "required": ["@type", "name"],
    "properties": {"@type": {"const": "Person"}, "url": {"type": "string", "format": "uri"}},
}
DATE = {"type": "string", "pattern": r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$"}
BLOG_POSTING = {
    "type": "object",
    "required": [
        "@context",
        "@type",
        "headline",
        "datePublished",
        "dateModified",
        "url",
        "mainEntityOfPage",
        "publisher",
    ],
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "BlogPosting"},
        "headline": {"type": "string", "minLength": 1},
        "datePublished": DATE,
        "dateModified": DATE,
        "description": {"type": "string"},
        "url": {"type": "string", "pattern": "^https://"},
        "image": {"type": "string", "pattern": "^https://"},
        "author": {"type": "array", "items": PERSON, "minItems": 1},
        "mainEntityOfPage": {
            "type": "object",
            "required": ["@type", "@id"],
            "properties": {"@type": {"const": "WebPage"}, "@id": {"type": "string"}},
        },
        "publisher": {
            "type": "object",
            "required": ["@type", "name"],
            "properties": {
                "@type": {"const": "Organization"},
                "logo": {
                    "type": "object",
                    "required": ["@type", "url"],
                    "properties": {"@type": {"const": "ImageObject"}},
                },
            },
        },
    },
    "additionalProperties": False,
}
COLLECTION_PAGE = {
    "type": "object",
    "required": ["@context", "@type", "name", "url"],
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "CollectionPage"},
        "name": {"type": "string", "minLength": 1},
        "description": {"type": "string"},
        "url": {"type": "string", "pattern": "^https://"},
    },
    "additionalProperties": False,
}


def seo_site(root: Path, theme: str, **options: Any) -> Built:
    config = {
        "site_name": "Tide & Time",
        "site_url": SITE,
        "site_description": "Notes on tides.",
        "theme": {"name": theme},
        "plugins": [
            {
                "jekyll-blog": {
                    "permalink": "pretty",
                    "twitter": "@tidekit",
                    "logo": "/images/logo.png",
                    **options,
                }
            }
        ],
    }
    files: dict[str, str | bytes] = {
        "index.md": "# Home\n",
        "_data/authors.yml": yaml.safe_dump(AUTHORS),
        "images/card.png": b"\x89PNG card",
        "images/plain.png": b"\x89PNG plain",
        "images/logo.png": b"\x89PNG logo",
    }
    for name, front in POSTS.items():
        files[f"blog/_posts/{name}"] = f"---\n{front}\n---\nThe first paragraph.\n\nMore.\n"
    built = build(write_site(root, config, files), strict=True)
    assert built.returncode == 0, built.log[-3000:]
    return built


@pytest.fixture(scope="module", params=["material", "mkdocs", "readthedocs"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    return seo_site(tmp_path_factory.mktemp(request.param) / "site", request.param)


def head_meta(page: lxml.html.HtmlElement) -> list[tuple[str, str]]:
    return [
        (meta.get("property") or meta.get("name"), meta.get("content"))
        for meta in page.xpath("//head/meta[@property or @name]")
    ]


def meta(page: lxml.html.HtmlElement, key: str) -> list[str]:
    return [content for name, content in head_meta(page) if name == key]


def ld(page: lxml.html.HtmlElement) -> dict[str, Any]:
    scripts = page.xpath("//head/script[@type='application/ld+json']/text()")
    assert len(scripts) == 1, scripts
    data: dict[str, Any] = json.loads(scripts[0])
    return data


def test_a_post_has_every_property_once_absolute_and_dated(built: Built) -> None:
    page = built.page("blog/2014/02/11/card/")
    url = f"{SITE}blog/2014/02/11/card/"
    expected = {
        "og:title": "A <card> post",
        "og:type": "article",
        "og:url": url,
        "og:description": "What this post is about.",
        "og:site_name": "Tide & Time",
        "og:locale": "en_US",
        "og:image": f"{SITE}images/card.png",
        "og:image:width": "1200",
        "og:image:height": "630",
        "og:image:alt": "The card",
        "article:published_time": "2014-02-11T00:00:00+00:00",
        "article:modified_time": "2015-05-12T11:27:59+00:00",
        "twitter:card": "summary_large_image",
        "twitter:site": "@tidekit",
        "twitter:creator": "@ada_writes",
    }
    for key, value in expected.items():
        assert meta(page, key) == [value], key
    assert meta(page, "article:author") == [f"{SITE}blog/author/ada/"]
    assert meta(page, "article:tag") == ["a", "b"]
    for key in ("article:published_time", "article:modified_time"):
        assert datetime.fromisoformat(meta(page, key)[0]).tzinfo is not None
    data = ld(page)
    jsonschema.validate(data, BLOG_POSTING)
    assert data["headline"] == "A <card> post" and data["url"] == url
    assert data["dateModified"] == "2015-05-12T11:27:59+00:00"
    assert data["author"] == [
        {"@type": "Person", "name": "Ada L.", "url": f"{SITE}blog/author/ada/"}
    ]
    assert data["publisher"]["logo"]["url"] == f"{SITE}images/logo.png"


def test_a_post_without_a_description_has_its_excerpt(built: Built) -> None:
    page = built.page("blog/2014/02/12/plain/")
    assert meta(page, "og:description") == ["The first paragraph."]
    assert meta(page, "og:image") == [f"{SITE}images/plain.png"]
    assert meta(page, "twitter:creator") == []
    none = built.page("blog/2014/02/13/none/")
    assert meta(none, "twitter:card") == ["summary"] and meta(none, "og:image") == []
    jsonschema.validate(ld(none), BLOG_POSTING)


def test_a_listing_page_is_a_website_and_a_collection_page(built: Built) -> None:
    for path, title in (("blog/", "Blog"), ("blog/tag/a/", "Tag: a"), ("blog/archive/", "Archive")):
        page = built.page(path)
        assert meta(page, "og:type") == ["website"], path
        assert meta(page, "og:url") == [SITE + path]
        assert meta(page, "og:title") == [title]
        data = ld(page)
        jsonschema.validate(data, COLLECTION_PAGE)
        assert data["name"] == title


def test_no_meta_tag_is_written_twice(built: Built) -> None:
    for path in built.rendered_pages():
        page = lxml.html.fromstring(path.read_bytes())
        counts = Counter(key for key, _ in head_meta(page) if key not in ARRAYS)
        assert [key for key, n in counts.items() if n > 1] == [], path
        assert len(page.xpath("//head/link[@rel='canonical']")) <= 1, path


def test_updated_dates_are_shown_and_in_the_feeds(built: Built) -> None:
    page = built.page("blog/2014/02/11/card/")
    updated = page.cssselect(".jb-post-header .jb-updated")[0]
    assert text(updated) == "Updated May 12, 2015"
    assert updated.cssselect("time")[0].get("datetime") == "2015-05-12T11:27:59+00:00"
    plain = built.page("blog/2014/02/12/plain/")
    assert plain.cssselect(".jb-updated time")[0].get("datetime") == "2014-03-01T00:00:00+00:00"
    assert built.page("blog/2014/02/13/none/").cssselect(".jb-updated") == []
    feed = feedparser.parse((built.site / "blog/feed.xml").read_bytes())
    updated_of = {e.title: e.updated for e in feed.entries}
    assert updated_of["A <card> post"] == "2015-05-12T11:27:59+00:00"
    assert updated_of["Plain"] == "2014-03-01T00:00:00+00:00"


def test_seo_false_writes_none_of_it(tmp_path: Path) -> None:
    built = seo_site(tmp_path / "site", "mkdocs", seo=False)
    page = built.page("blog/2014/02/11/card/")
    assert [k for k, _ in head_meta(page) if k.startswith(("og:", "article:", "twitter:"))] == []
    assert page.xpath("//script[@type='application/ld+json']") == []


def test_an_update_that_is_no_date_is_a_warning_with_its_line(tmp_path: Path) -> None:
    config = {"site_name": "x", "plugins": ["jekyll-blog"]}
    files: dict[str, str | bytes] = {
        "index.md": "# x\n",
        "blog/_posts/2014-01-01-x.md": "---\ntitle: X\nlast_modified_at: soon\n---\nText.\n",
    }
    built = build(write_site(tmp_path / "site", config, files))
    assert any(
        "blog/_posts/2014-01-01-x.md:3: last_modified_at:" in w and "shows no update" in w
        for w in built.warnings()
    ), built.warnings()
