"""Tags, categories and titles from front matter (jekyll-semantics.md section 2 and cases 10-14
of section 12; the mixed-value rows were checked with Jekyll 4.3.1)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from mkdocs_blog_plugin.jekyll.taxonomy import categories_from, tags_from, title_from


@pytest.mark.parametrize(
    ("data", "tags"),
    [
        ({}, []),
        (
            {"tags": ["app engine", "TV", "internet of things"]},
            ["app engine", "TV", "internet of things"],
        ),
        ({"tags": "classic hollywood"}, ["classic", "hollywood"]),
        ({"tags": "  spaced\tout\nwords "}, ["spaced", "out", "words"]),
        ({"tags": "a\u00a0b c"}, ["a\u00a0b", "c"]),  # Ruby splits on ASCII whitespace only
        ({"tag": "classic hollywood"}, ["classic hollywood"]),
        ({"tag": "dog cat"}, ["dog cat"]),
        ({"tag": "dog", "tags": ["dog", "cat"]}, ["dog"]),
        ({"tag": None, "tags": ["dog", "cat"]}, ["dog", "cat"]),
        ({"tag": False, "tags": "x y"}, ["x", "y"]),
        ({"tag": 0, "tags": ["x"]}, ["0"]),  # 0 is true in Ruby
        ({"tag": ["a", None]}, ["a"]),
        ({"tag": []}, []),
        ({"tag": 2014}, ["2014"]),
        ({"tags": None}, []),
        ({"tags": []}, []),
        ({"tags": 2014}, []),
        ({"tags": {"k": "v"}}, []),
        ({"tags": ["a", None, 3, ["b", "c"], {"k": "v"}, True]}, ["a", "3", "b", "c", "true"]),
        ({"tags": ["a", "a", "A"]}, ["a", "a", "A"]),  # not de-duplicated
        ({"tags": [1.5, date(2014, 1, 1)]}, ["1.5", "2014-01-01"]),
    ],
)
def test_tags_from(data: dict[str, Any], tags: list[str]) -> None:
    assert tags_from(data) == tags


@pytest.mark.parametrize(
    ("path", "data", "categories"),
    [
        (["scifi", "Movies"], {}, ["scifi", "Movies"]),
        (["movies"], {}, ["movies"]),
        (["movies"], {"category": "film"}, ["movies", "film"]),
        (["movies"], {"category": "movies"}, ["movies"]),
        ([], {"categories": "foo bar baz"}, ["foo", "bar", "baz"]),
        ([], {"category": "classic hollywood"}, ["classic hollywood"]),
        ([], {"category": 2013}, ["2013"]),
        ([], {"category": "release"}, ["release"]),
        ([], {"categories": ["team", "community"]}, ["team", "community"]),
        (["Sci-Fi Movi3s"], {"category": "vintage"}, ["Sci-Fi Movi3s", "vintage"]),
        ([], {"categories": ["MixedCase", "Mixedcase"]}, ["MixedCase", "Mixedcase"]),
        (["a"], {"categories": "s t", "category": ["q", ["r"]]}, ["a", "s", "t", "q", "r"]),
        (["blog"], {"categories": ["blog", "x"], "category": "x"}, ["blog", "x"]),
        ([], {"category": None, "categories": ["a"]}, ["a"]),
        ([], {"category": False, "categories": "a"}, ["a"]),
        ([], {"categories": None}, []),
        ([], {"categories": 2013}, ["2013"]),  # Jekyll 4.3.1 fails to read such a post
        # Jekyll 4.3.1 gives ["my", "a", None, 3, "", "3"] here; None is dropped instead.
        (["my"], {"categories": ["a", None, 3]}, ["my", "a", "3"]),
        ([], {"categories": [True, 1.0, {"k": "v"}]}, ["true", "1.0"]),
    ],
)
def test_categories_from(path: list[str], data: dict[str, Any], categories: list[str]) -> None:
    assert categories_from(path, data) == categories


@pytest.mark.parametrize(
    ("data", "slug", "title"),
    [
        ({}, "star-wars", "Star Wars"),
        ({}, "dec-the-second", "Dec The Second"),
        ({"title": "Fosdem summary"}, "fosdem-summary", "Fosdem summary"),
        ({"title": None}, "star-wars", "Star Wars"),
        ({"title": False}, "m", "M"),  # Jekyll 4.3.1
        ({"title": ""}, "star-wars", ""),  # "" is true in Ruby
        ({"title": " Content debt"}, "content-debt", " Content debt"),
        ({"title": "18F practices in action\n"}, "x", "18F practices in action\n"),
        ({"title": "Design & research"}, "x", "Design & research"),
        ({"title": 3.0}, "j", "3.0"),
        ({"title": 2014}, "x", "2014"),
        ({"title": True}, "x", "true"),
        ({"title": date(2014, 1, 1)}, "x", "2014-01-01"),
    ],
)
def test_title_from(data: dict[str, Any], slug: str, title: str) -> None:
    assert title_from(data, slug) == title
