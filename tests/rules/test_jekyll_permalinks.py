"""Jekyll's post URLs: research/jekyll-semantics.md 4.1-4.3 and section 12 cases 19-22, then
every post of the shared corpora against what Jekyll 4.3 decided for it."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from sitebuild import shared

from mkdocs_blog_plugin.jekyll.permalinks import (
    STYLES,
    escape_path,
    expand_url,
    output_ext_for,
    permalink_template,
    post_placeholders,
)
from mkdocs_blog_plugin.jekyll.problems import RuleError

UTC = timezone.utc


def url(
    template: str,
    slug: str,
    date: datetime,
    categories: Sequence[str] = (),
    output_ext: str = ".html",
    name: str | None = None,
) -> str:
    """The URL of a post `<date>-<slug>.md` under a site permalink setting or a template."""
    placeholders = post_placeholders(
        date=date,
        slug=slug,
        categories=categories,
        output_ext=output_ext,
        name=name or f"{date:%Y-%m-%d}-{slug}",
    )
    return expand_url(permalink_template(template), placeholders)


MARCH_27 = datetime(2009, 3, 27, tzinfo=UTC)
SEPT_9 = datetime(2008, 9, 9, tzinfo=UTC)


def test_styles() -> None:
    assert STYLES == {
        "date": "/:categories/:year/:month/:day/:title:output_ext",
        "pretty": "/:categories/:year/:month/:day/:title/",
        "ordinal": "/:categories/:year/:y_day/:title:output_ext",
        "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none": "/:categories/:title:output_ext",
    }


@pytest.mark.parametrize(
    ("setting", "template"),
    [
        ("date", STYLES["date"]),
        ("pretty", STYLES["pretty"]),
        ("/:categories/:year/:title", "/:categories/:year/:title"),
        ("Pretty", "Pretty"),  # style names are case-sensitive
        ("", ""),
    ],
)
def test_permalink_template(setting: str, template: str) -> None:
    assert permalink_template(setting) == template


@pytest.mark.parametrize(
    ("template", "slug", "date", "categories", "expected"),
    [
        # Section 12, case 19.
        ("none", "none-permalink-schema", MARCH_27, (), "/none-permalink-schema.html"),
        ("pretty", "pretty-permalink-schema", MARCH_27, (), "/2009/03/27/pretty-permalink-schema/"),
        ("ordinal", "foo-bar", SEPT_9, (), "/2008/253/foo-bar.html"),
        ("weekdate", "star-wars", MARCH_27, (), "/2009/W13/Fri/star-wars.html"),
        ("date", "star-wars", MARCH_27, (), "/2009/03/27/star-wars.html"),
        # Case 20: `:title` keeps case and `_`, `:slug` does not.
        ("pretty", "Custom_Schema", MARCH_27, (), "/2009/03/27/Custom_Schema/"),
        ("pretty", "Pretty-Permalink-Schema", MARCH_27, (), "/2009/03/27/Pretty-Permalink-Schema/"),
        ("/:year/:month/:day/:slug/", "Custom-Schema", MARCH_27, (), "/2009/03/27/custom-schema/"),
        (
            "pretty",
            "special-chars-(+)",
            datetime(2016, 11, 26, tzinfo=UTC),
            (),
            "/2016/11/26/special-chars-(+)/",
        ),
        # 4.2's examples from Jekyll's tests.
        (
            "/:month-:day-:year/:title.html",
            "custom-permalink-schema",
            MARCH_27,
            (),
            "/03-27-2009/custom-permalink-schema.html",
        ),
        (
            "/:year:month:day:hour:minute:second.html",
            "x",
            datetime(2009, 3, 27, 22, 31, 7, tzinfo=UTC),
            (),
            "/20090327223107.html",
        ),
        (
            "/blog/:year/:month/:day/:title/",
            "custom-permalink-schema",
            MARCH_27,
            (),
            "/blog/2009/03/27/custom-permalink-schema/",
        ),
        (
            "/:categories/:title.html",
            "custom-permalink-schema",
            MARCH_27,
            ("stuff",),
            "/stuff/custom-permalink-schema.html",
        ),
        ("/:year/:i_month/:i_day/:title/", "foo-bar", SEPT_9, (), "/2008/9/9/foo-bar/"),
        ("/:year/:short_month/:day/:title/", "foo-bar", SEPT_9, (), "/2008/Sep/09/foo-bar/"),
        ("/:month_:day/:title", "foo-bar", SEPT_9, (), "/09_09/foo-bar"),
        # Section 1.3 and 12 cases 10-13: categories downcased, de-duplicated, escaped.
        (
            "date",
            "star-wars",
            MARCH_27,
            ("scifi", "Movies"),
            "/scifi/movies/2009/03/27/star-wars.html",
        ),
        (
            "date",
            "star-wars",
            MARCH_27,
            ("movies", "film"),
            "/movies/film/2009/03/27/star-wars.html",
        ),
        ("date", "star-wars", MARCH_27, ("movies", "Movies"), "/movies/2009/03/27/star-wars.html"),
        (
            "date",
            "star-wars",
            datetime(2020, 4, 3, tzinfo=UTC),
            ("Sci-Fi Movi3s", "vintage"),
            "/sci-fi%20movi3s/vintage/2020/04/03/star-wars.html",
        ),
        (
            "/:slugified_categories/:year/:month/:day/:title:output_ext",
            "star-wars",
            datetime(2020, 4, 3, tzinfo=UTC),
            ("Sci-Fi Movi3s", "vintage"),
            "/sci-fi-movi3s/vintage/2020/04/03/star-wars.html",
        ),
        ("date", "x", MARCH_27, ("classic hollywood",), "/classic%20hollywood/2009/03/27/x.html"),
        ("date", "x", MARCH_27, ("2013",), "/2013/2009/03/27/x.html"),
        # Section 9's post_url examples.
        (
            "/:title:output_ext",
            "hello-world",
            datetime(2019, 2, 4, tzinfo=UTC),
            (),
            "/hello-world.html",
        ),
        (
            "date",
            "hello-world",
            datetime(2019, 2, 4, tzinfo=UTC),
            ("Cats and Dogs",),
            "/cats%20and%20dogs/2019/02/04/hello-world.html",
        ),
        # Section 12 cases 1, 6, 7.
        (
            "date",
            "fosdem",
            datetime(2014, 2, 11, 12, 40, tzinfo=UTC),
            (),
            "/2014/02/11/fosdem.html",
        ),
        (
            "date",
            "i-dont-like-zeroes",
            datetime(2017, 2, 5, tzinfo=UTC),
            (),
            "/2017/02/05/i-dont-like-zeroes.html",
        ),
        # Section 12 case 8 of the corpora README: nymote's setting.
        (
            "/:categories/:year/:title",
            "fosdem-summary",
            datetime(2014, 2, 11, tzinfo=UTC),
            ("blog",),
            "/blog/2014/fosdem-summary",
        ),
    ],
)
def test_post_urls(
    template: str, slug: str, date: datetime, categories: Sequence[str], expected: str
) -> None:
    assert url(template, slug, date, categories) == expected


@pytest.mark.parametrize(
    ("instant", "zone", "expected"),
    [
        # Section 12 cases 2 and 3: the caller converts to the site's zone; the day follows it.
        (datetime(2014, 2, 11, 0, 30, tzinfo=ZoneInfo("Etc/GMT-1")), "UTC", "/2014/02/10/x.html"),
        (
            datetime(2013, 4, 10, 3, 14, tzinfo=ZoneInfo("Etc/GMT-4")),
            "Pacific/Honolulu",
            "/2013/04/09/x.html",
        ),
        (
            datetime(2013, 4, 9, 23, 22, tzinfo=ZoneInfo("Etc/GMT-4")),
            "Australia/Eucla",
            "/2013/04/10/x.html",
        ),
    ],
)
def test_date_parts_are_taken_as_given(instant: datetime, zone: str, expected: str) -> None:
    assert url("date", "x", instant.astimezone(ZoneInfo(zone))) == expected


def test_every_placeholder() -> None:
    placeholders = post_placeholders(
        date=datetime(2009, 3, 27, 22, 31, 7, tzinfo=UTC),
        slug="Star_Wars (Part 1)",
        categories=["Sci Fi", "movies", "sci fi", "Movies"],
        output_ext=".html",
        name="2009-03-27-Star Wars",
    )
    assert placeholders == {
        "collection": "posts",
        "path": "/2009-03-27-Star Wars",
        "output_ext": ".html",
        "name": "2009-03-27-star-wars",
        "title": "Star_Wars-(Part-1)",
        "slug": "star-wars-part-1",
        "categories": "sci fi/movies",
        "slugified_categories": "sci-fi/movies",
        "year": "2009",
        "month": "03",
        "day": "27",
        "hour": "22",
        "minute": "31",
        "second": "07",
        "i_day": "27",
        "i_month": "3",
        "short_month": "Mar",
        "long_month": "March",
        "short_year": "09",
        "w_year": "2009",
        "week": "13",
        "w_day": "5",
        "short_day": "Fri",
        "long_day": "Friday",
        "y_day": "086",
    }


@pytest.mark.parametrize(
    ("date", "w_year", "week", "w_day"),
    [
        (datetime(2021, 1, 1, tzinfo=UTC), "2020", "53", "5"),  # ISO week-year differs from %Y
        (datetime(2024, 12, 30, tzinfo=UTC), "2025", "01", "1"),
        (datetime(2023, 1, 1, tzinfo=UTC), "2022", "52", "7"),
    ],
)
def test_iso_week(date: datetime, w_year: str, week: str, w_day: str) -> None:
    placeholders = post_placeholders(date=date, slug="x", categories=(), output_ext="", name="x")
    assert (placeholders["w_year"], placeholders["week"], placeholders["w_day"]) == (
        w_year,
        week,
        w_day,
    )


@pytest.mark.parametrize(
    ("relative_path", "expected"),
    [
        (None, "/2014-02-11-fosdem"),
        ("_posts/2014-02-11-fosdem.md", "/2014-02-11-fosdem"),
        ("blog/_posts/2014-02-11-fosdem.md", "blog//2014-02-11-fosdem"),
        ("_posts/2018-10-12-trailing-dots...markdown", "/2018-10-12-trailing-dots"),
    ],
)
def test_path(relative_path: str | None, expected: str) -> None:
    placeholders = post_placeholders(
        date=MARCH_27,
        slug="x",
        categories=(),
        output_ext=".html",
        name="2014-02-11-fosdem",
        relative_path=relative_path,
    )
    assert placeholders["path"] == expected


def test_path_in_a_url_is_squeezed() -> None:
    placeholders = post_placeholders(
        date=MARCH_27,
        slug="x",
        categories=(),
        output_ext=".html",
        name="2014-02-11-fosdem",
        relative_path="blog/_posts/2014-02-11-fosdem.md",
    )
    assert expand_url("/:collection/:path/", placeholders) == "/posts/blog/2014-02-11-fosdem/"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain/Value-1.0", "plain/Value-1.0"),
        ("", ""),
        ("a b", "a%20b"),
        ("c#", "c%23"),
        ("x#y#z", "x%23y%23z"),
        ("50%", "50%25"),
        ("[x]", "%5Bx%5D"),
        ("why?", "why%3F"),  # differs from Jekyll, which starts a query here
        ("café", "caf%C3%A9"),
        ("a\\b", "a%5Cb"),
        ("special-chars-(+)", "special-chars-(+)"),
        ("!$&'()*+,;=:@~_", "!$&'()*+,;=:@~_"),
    ],
)
def test_escape_path(value: str, expected: str) -> None:
    assert escape_path(value) == expected


def test_a_category_with_a_hash_is_escaped() -> None:
    assert url("date", "x", MARCH_27, ("C#",)) == "/c%23/2009/03/27/x.html"


@pytest.mark.parametrize(
    ("permalink", "expected"),
    [
        # Front matter permalinks (section 2, 4.2, 12 case 21).
        ("my_category/permalinked-post", "/my_category/permalinked-post"),
        ("/:title", "/extensionless-permalink"),
        ("/custom/posts/1/", "/custom/posts/1/"),
        ("/2015/05/21/tockingtime/", "/2015/05/21/tockingtime/"),
        ("/:categories/:title/", "/extensionless-permalink/"),
        # Jekyll's sanitising: "..", "./" and "//".
        ("/a//b///c", "/a/b/c"),
        ("/a/./b/", "/a/b/"),
        ("../../etc/passwd", "/etc/passwd"),
        ("/a/../b", "/a/b"),  # ".." becomes "/", it does not go up
        ("/a...b", "/a/.b"),
        ("//evil.example/x", "/evil.example/x"),
        # Safe once decoded, with "\" read as a separator.
        ("/%2e%2e/%2e%2e/%2e%2e/baddie.html", "/baddie.html"),
        ("/a/%2E%2E/b.html", "/b.html"),
        ("/a/%2e/b/", "/a/b/"),
        ("/%2F%2Fevil.example/x", "/evil.example/x"),
        ("/x/%2e%2e%5c%2e%2e%5cy", "/y"),
        ("\\..\\..\\windows\\x", "/windows/x"),
        ("/\\evil.example/x", "/evil.example/x"),
        ("/foo/.", "/foo"),
        ("/%2e%2e/", "/"),
        ("/", "/"),
        ("", "/"),
        ("/%20x/", "/%20x/"),  # escapes that decode to ordinary names are kept
    ],
)
def test_front_matter_permalinks(permalink: str, expected: str) -> None:
    assert url(permalink, "extensionless-permalink", MARCH_27) == expected


@pytest.mark.parametrize(
    ("template", "missing"),
    [
        ("/:year/:nope/:title", "nope"),
        ("/:title_foo", "title_foo"),
        ("/:foo_/", "foo_ or foo"),
    ],
)
def test_unknown_placeholder(template: str, missing: str) -> None:
    with pytest.raises(RuleError) as raised:
        url(template, "x", MARCH_27)
    assert raised.value.message == (
        f"The URL template doesn't have {missing} keys. Check your permalink template!"
    )


def test_placeholder_names_are_lower_case() -> None:
    assert url("/:Year/:title", "x", MARCH_27) == "/:Year/x"


@pytest.mark.parametrize(
    ("permalink", "expected"),
    [
        (None, ".html"),
        ("", ".html"),
        ("/:title", ".html"),
        ("/:title:output_ext", ".html"),
        ("/custom/posts/1/", ".html"),
        ("/feed.php", ".php"),
        ("/a.b/c", ".html"),
        ("/release/v1.0", ".0"),
        ("/.hidden", ".html"),
    ],
)
def test_output_ext_for(permalink: str | None, expected: str) -> None:
    assert output_ext_for(permalink, ".html") == expected


_LITERAL = st.text(alphabet=st.sampled_from("ab./\\%2eEfF5cC_ #?"), max_size=12)
_VALUE = st.text(alphabet=st.sampled_from("ab./\\%2eEfF5cC:_ #?"), max_size=12)


@given(
    literal=st.lists(_LITERAL, max_size=5), value=_VALUE, categories=st.lists(_VALUE, max_size=3)
)
def test_no_url_leaves_the_site(literal: list[str], value: str, categories: list[str]) -> None:
    template = "/:title/".join(literal) + "/:categories/:slug/:raw"
    placeholders = post_placeholders(
        date=MARCH_27, slug=value, categories=categories, output_ext=".html", name=value
    )
    result = expand_url(template, {**placeholders, "raw": value})
    assert result.startswith("/")
    assert "\\" not in result
    for form in (result, unquote(result)):
        segments = re.split(r"[/\\]", form)[1:]
        if segments[-1] == "":
            segments.pop()
        assert all(segment.strip(".") != "" for segment in segments), form


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\n)?(?:---|\.\.\.)[ \t]*$", re.M | re.S)


def _front_matter(path: Path) -> dict[str, Any] | None:
    """The post's front matter, or None when its YAML does not parse."""
    match = _FRONT_MATTER.match(path.read_text("utf-8"))
    try:
        data = yaml.safe_load(match.group(1) or "") if match else None
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else {}


@pytest.mark.parametrize("corpus", ["nymote", "jekyll-docs", "18f"])
def test_corpus_urls_match_jekyll(corpus: str) -> None:
    folder = shared("corpora") / corpus
    decisions = json.loads((folder / "jekyll-4.3-decisions.json").read_text("utf-8"))
    source = next(iter(sorted(folder.rglob("_config.yml")))).parent
    site_template = permalink_template(decisions["config"]["permalink"])
    agree, skipped, mismatches = 0, 0, []
    for post in decisions["posts"]:
        data = _front_matter(source / post["path"])
        if data is None:
            skipped += 1
            continue
        own = data.get("permalink")
        placeholders = post_placeholders(
            date=datetime.fromisoformat(post["date"]),
            slug=post["slug"],
            categories=post["categories"],
            output_ext=output_ext_for(own, ".html"),
            name=os.path.splitext(os.path.basename(post["path"]))[0],
            relative_path=post["path"],
        )
        got = expand_url(str(own) if own else site_template, placeholders)
        if got == post["url"]:
            agree += 1
        else:
            mismatches.append((post["path"], got, post["url"]))
    print(f"{corpus}: {agree} URLs agree with Jekyll, {skipped} posts skipped (YAML error)")
    assert mismatches == []
    assert agree + skipped == len(decisions["posts"])
    assert skipped <= 1
