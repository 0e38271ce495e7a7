"""Front matter as Jekyll cuts and reads it (jekyll-semantics.md sections 1.1 and 2), and every
post of the shared corpora read and dated as Jekyll 4.3.1 did."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from frontmatter import default_handlers
from sitebuild import jekyll_source, shared

from mkdocs_blog_plugin.jekyll.dates import load_zone, parse_filename_date, parse_front_matter_date
from mkdocs_blog_plugin.jekyll.filenames import (
    categories_from_dir,
    is_ignored_entry,
    parse_post_name,
    split_collection_path,
)
from mkdocs_blog_plugin.jekyll.frontmatter import FrontMatter, split_front_matter
from mkdocs_blog_plugin.jekyll.problems import Problem
from mkdocs_blog_plugin.jekyll.ruby import ruby_str
from mkdocs_blog_plugin.jekyll.taxonomy import categories_from, tags_from, title_from

TAB_POST = (
    "_posts/2016-05-19-content-debt-what-it-is-where-to-find-it-and-how-to-prevent-it-in-the-"
    "first-place.md"
)


@pytest.fixture(params=["default", "pure-python"])
def pure(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[bool]:
    """With python-frontmatter's own loader (libyaml's when installed), then PyYAML's pure-Python
    one, which rejects a TAB between tokens where libyaml (and Jekyll) accept it: is it pure?"""
    if request.param == "pure-python":
        monkeypatch.setattr(default_handlers, "SafeLoader", yaml.SafeLoader)
    yield default_handlers.SafeLoader is yaml.SafeLoader


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "---\ntitle: Fosdem\n---\nBody\n",
            FrontMatter({"title": "Fosdem"}, "Body\n", 4, {"title": 2}, ()),
        ),
        # all blank lines after the closing fence are swallowed; indentation is kept
        (
            "---\na: 1\n---\n\n\n  indented\n\nmore\n",
            FrontMatter({"a": 1}, "  indented\n\nmore\n", 6, {"a": 2}, ()),
        ),
        ("---\na: 1\n---", FrontMatter({"a": 1}, "", 3, {"a": 2}, ())),
        ("---\na: 1\n...\nBody", FrontMatter({"a": 1}, "Body", 4, {"a": 2}, ())),
        (  # 2015-12-27-extra-spaces.markdown
            "---   \na: 1\n---  \t\nBody",
            FrontMatter({"a": 1}, "Body", 4, {"a": 2}, ()),
        ),
        (  # horizontal rules in the body (jekyll-docs 2022-10-20-jekyll-4-3-0-released)
            "---\na: 1\n---\nOne\n\n---\n\nTwo\n",
            FrontMatter({"a": 1}, "One\n\n---\n\nTwo\n", 4, {"a": 2}, ()),
        ),
        ("---\n---\nBody", FrontMatter({}, "Body", 3, {}, ())),
        ("---\n\n---\nBody", FrontMatter({}, "Body", 4, {}, ())),
        ("---\n# only a comment\n---\n", FrontMatter({}, "", 4, {}, ())),
        # no front matter: it must start on the first line and be closed
        ("Body\n---\na: 1\n---\n", FrontMatter({}, "Body\n---\na: 1\n---\n", 1, {}, ())),
        ("\n---\na: 1\n---\n", FrontMatter({}, "\n---\na: 1\n---\n", 1, {}, ())),
        ("---\na: 1\n", FrontMatter({}, "---\na: 1\n", 1, {}, ())),
        ("--- a: 1\n---\n", FrontMatter({}, "--- a: 1\n---\n", 1, {}, ())),
        ("", FrontMatter({}, "", 1, {}, ())),
        # keys are text; YAML keeps the last of duplicate keys
        (
            "---\n2013: x\ntrue: y\n1.5: z\n---\n",
            FrontMatter(
                {"2013": "x", "true": "y", "1.5": "z"},
                "",
                6,
                {"2013": 2, "true": 3, "1.5": 4},
                (),
            ),
        ),
        (
            "---\ntitle: a\ntags:\n- x\n  # note: here\n'quoted': 1\n\"dq\": 2\ntitle: b\n---\n",
            FrontMatter(
                {"title": "b", "tags": ["x"], "quoted": 1, "dq": 2},
                "",
                10,
                {"title": 8, "tags": 3, "quoted": 6, "dq": 7},
                (),
            ),
        ),
        # front matter that is not a mapping is ignored
        (
            "---\n- a\n- b\n---\nBody",
            FrontMatter(
                {},
                "Body",
                5,
                {},
                (Problem("front matter is a list, not a mapping of keys; ignored", 1),),
            ),
        ),
        (
            "---\njust text\n---\n",
            FrontMatter(
                {},
                "",
                4,
                {},
                (Problem("front matter is a str, not a mapping of keys; ignored", 1),),
            ),
        ),
    ],
)
def test_split_front_matter(text: str, expected: FrontMatter) -> None:
    assert split_front_matter(text) == expected


def test_blank_line_in_a_plain_value_starts_a_new_key() -> None:
    """18f 2014-05-14-hacking-bureaucracy-...: the next paragraph of an `excerpt` is a key."""
    text = "---\nexcerpt: <p>One.</p>\n\n<p>Two, in this sense: productively.</p>\ntitle: T\n---\n"
    front = split_front_matter(text)
    assert front.data == {
        "excerpt": "<p>One.</p>",
        "<p>Two, in this sense": "productively.</p>",
        "title": "T",
    }
    assert front.key_lines == {"excerpt": 2, "<p>Two, in this sense": 4, "title": 5}
    assert front.problems == ()


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("---\ntitle: T\ntags:\n- melody\t\t\n- b\n---\n", {"title": "T", "tags": ["melody", "b"]}),
        ("---\ntitle:\tT\n---\n", {"title": "T"}),
        ('---\ntitle: "a\tb"\t\n---\n', {"title": "a\tb"}),  # a TAB inside quotes is kept
        ("---\na: [x,\ty]\t \t\n---\n", {"a": ["x", "y"]}),  # one Problem for the line
    ],
)
def test_tab_between_tokens_is_read_as_jekyll_does(pure: bool, text: str, data: Any) -> None:
    front = split_front_matter(text)
    assert front.data == data
    if pure:
        assert len(front.problems) == 1
        assert front.problems[0].message.startswith("front matter: found character '\\t'")
        assert front.problems[0].message.endswith("; read with the TAB as a space, as Jekyll does")
    else:
        assert front.problems == ()


def test_tab_problems_have_the_file_lines(pure: bool) -> None:
    front = split_front_matter("---\ntitle: T\nauthors:\n- melody\t\t\ntags:\n- a\t\n---\nx\n")
    assert front.data == {"title": "T", "authors": ["melody"], "tags": ["a"]}
    assert [problem.line for problem in front.problems] == ([4, 6] if pure else [])


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("---\na: 1\nb:\n\t- x\n---\n", 4, "invalid front matter: found character"),
        ("---\na: 1\n  b: 2\n---\n", 3, "invalid front matter: mapping values are not allowed"),
        ("---\na: 1\nb: x\x07\n---\n", 3, "invalid front matter: unacceptable character #x0007"),
        ("---\na: *nowhere\n---\n", 2, "invalid front matter: found undefined alias"),
    ],
)
def test_invalid_yaml_gives_no_data_and_a_problem(
    pure: bool, text: str, line: int, message: str
) -> None:
    front = split_front_matter(text)
    assert (front.data, front.key_lines, front.body) == ({}, {}, "")
    assert [problem.line for problem in front.problems] == [line]
    assert front.problems[0].message.startswith(message)


@pytest.mark.parametrize(
    ("front_matter", "value"),
    [
        ("date: 2014-02-11 13:40:00 +0100", "2014-02-11 13:40:00 +0100"),
        (
            "date: 2014-02-11 13:40:00 +01:00",
            datetime(2014, 2, 11, 13, 40, tzinfo=timezone(timedelta(hours=1))),
        ),
        ("date: 2010-01-10 13:07:09", datetime(2010, 1, 10, 13, 7, 9)),
        ("date: 2015-10-01", date(2015, 10, 1)),
        ("date: 2016-02-30", "2016-02-30"),
        ("date: 2016-02-30 10:00:00", "2016-02-30 10:00:00"),
        ("date: 0000-01-01", "0000-01-01"),
        ("tags: []", []),
        ("shorturl:", None),
        ("version: 1.10", 1.1),
    ],
)
def test_yaml_values(front_matter: str, value: object) -> None:
    key = front_matter.partition(":")[0]
    assert split_front_matter(f"---\n{front_matter}\n---\n").data == {key: value}


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (True, "true"),
        (False, "false"),
        (3, "3"),
        (1.0, "1.0"),
        (-2.5, "-2.5"),
        (1e14, "100000000000000.0"),
        (1e15, "1.0e+15"),
        (-1.5e15, "-1.5e+15"),
        (1234567890123456.5, "1234567890123456.5"),
        (1e20, "1.0e+20"),
        (0.0001, "0.0001"),
        (1.5e-05, "1.5e-05"),
        (math.inf, "Infinity"),
        (-math.inf, "-Infinity"),
        (math.nan, "NaN"),
        (date(2014, 1, 1), "2014-01-01"),
        (datetime(2014, 1, 1, 10), "2014-01-01 10:00:00 UTC"),
        (datetime(2014, 1, 1, 10, tzinfo=timezone(timedelta(hours=1))), "2014-01-01 09:00:00 UTC"),
        ("text", "text"),
    ],
)
def test_ruby_str(value: object, text: str) -> None:
    assert ruby_str(value) == text


# --- the shared corpora -------------------------------------------------------------------


def read_post(path: Path) -> FrontMatter:
    return split_front_matter(
        path.read_bytes().decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
    )


@pytest.mark.parametrize("name", ["nymote", "jekyll-docs", "18f"])
def test_corpus_posts_as_jekyll_read_them(name: str, pure: bool) -> None:
    corpus = shared("corpora") / name
    decisions = json.loads((corpus / "jekyll-4.3-decisions.json").read_text("utf-8"))
    zone = load_zone(decisions["config"].get("timezone", "UTC"))
    source = jekyll_source(corpus)
    wrong: list[tuple[str, str, object, object]] = []
    for post in decisions["posts"]:
        front = read_post(source / post["path"])
        above, special, inside = split_collection_path(post["path"]) or ("", "", "")
        name_parts = parse_post_name(inside)
        assert name_parts is not None and not is_ignored_entry(inside), post["path"]
        if "date" in front.data:
            when = parse_front_matter_date(front.data["date"], zone)
        else:
            when = parse_filename_date(name_parts.date or "", zone)
        mine: dict[str, object] = {
            "date": when.isoformat(timespec="seconds"),
            "title": title_from(front.data, name_parts.slug),
            "tags": tags_from(front.data),
            "categories": categories_from(categories_from_dir(above, special), front.data),
            "slug": name_parts.slug,
        }
        wrong += [
            (post["path"], key, mine[key], post[key]) for key in mine if mine[key] != post[key]
        ]
    assert wrong == []
    # Jekyll read the same posts: every other file under _posts is unpublished.
    read = {post["path"] for post in decisions["posts"]}
    others = [
        path.relative_to(source).as_posix()
        for path in source.rglob("_posts/**/*")
        if path.is_file() and path.relative_to(source).as_posix() not in read
    ]
    assert [path for path in others if read_post(source / path).data.get("published", True)] == []
    assert len(read) == {"nymote": 22, "jekyll-docs": 102, "18f": 504}[name]


def test_corpus_tab_post(pure: bool) -> None:
    path = shared("corpora") / "18f" / TAB_POST
    front = read_post(path)
    assert front.data["title"].startswith(" Content debt: What it is")
    assert front.data["tags"] == ["communication tools and practices", "content design"]
    assert front.data["authors"] == ["melody"]
    assert [problem.line for problem in front.problems] == ([5] if pure else [])
