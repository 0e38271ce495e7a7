"""jekyll-archives' and jekyll-feed's old addresses, from the settings of a `_config.yml`."""

from __future__ import annotations

import pytest

from mkdocs_blog_plugin.jekyll.old_addresses import (
    OldAddresses,
    TagFeeds,
    archive_permalinks,
    tag_feeds,
)


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({}, {}),
        ({"enabled": []}, {}),
        ({"enabled": ["tags"]}, {"tag": "/tag/:name/"}),
        (
            {"enabled": ["tags", "year"], "permalinks": {"tag": "/tags/:name/"}},
            {"tag": "/tags/:name/", "year": "/:year/"},
        ),
        ({"enabled": True}, {"year": "/:year/", "month": "/:year/:month/",
                             "day": "/:year/:month/:day/", "tag": "/tag/:name/",
                             "category": "/category/:name/"}),
        ({"enabled": ["categories"], "permalinks": {"category": "/category-:name.html"}},
         {"category": "/category-:name.html"}),
    ],
)  # fmt: skip
def test_archive_permalinks(settings: dict[str, object], expected: dict[str, str]) -> None:
    assert archive_permalinks(settings) == expected


def test_archive_paths() -> None:
    old = OldAddresses(archives=archive_permalinks({"enabled": True}))
    assert old.archive_path("tag", name="Test Tag") == "/tag/test-tag/"
    assert old.archive_path("tag", name="💎") is None  # an empty slug: no page
    assert old.archive_path("month", year=2014, month=3) == "/2014/03/"
    assert old.archive_path("day", year=2013, month=8, day=16) == "/2013/08/16/"
    raw = OldAddresses(archives={"category": "/category-:name.html"}, slug_mode="raw")
    assert raw.archive_path("category", name="Big Plans") == "/category-big-plans.html"
    assert OldAddresses().archive_path("tag", name="x") is None  # archives off


@pytest.mark.parametrize(
    ("setting", "tag", "path"),
    [
        (True, "python", "feed/by_tag/python.xml"),
        (True, "c++", None),  # jekyll-feed only writes `^[A-Za-z0-9_]+$` tags
        (True, "two words", None),
        ({"only": ["success"]}, "fail", None),
        ({"only": ["success"]}, "success", "feed/by_tag/success.xml"),
        ({"except": ["fail"]}, "fail", None),
        ({"path": "alternate/path/"}, "test", "alternate/path/test.xml"),
        ({"path": "../../../questionable/path/"}, "test", "questionable/path/test.xml"),
    ],
)
def test_tag_feed_paths(setting: object, tag: str, path: str | None) -> None:
    rule = tag_feeds(setting)
    assert rule is not None and rule.path_of(tag) == path


def test_no_tag_feeds_unless_asked() -> None:
    assert tag_feeds(None) is None and tag_feeds(False) is None
    assert TagFeeds().path == "feed/by_tag/"


@pytest.mark.parametrize(
    ("baseurl", "base_path", "path", "found"),
    [
        ("", "/", "/2014/x/", "/2014/x/"),
        ("/blog", "/", "/2014/x/", "/blog/2014/x/"),
        ("/blog", "/blog/", "/2014/x/", "/2014/x/"),  # the new site where the old one was
        ("", "/docs/", "/2014/x/", None),  # outside the new site's folder
    ],
)
def test_old_paths_in_the_new_site(
    baseurl: str, base_path: str, path: str, found: str | None
) -> None:
    assert OldAddresses(baseurl=baseurl).in_new_site(path, base_path) == found
