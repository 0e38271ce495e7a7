"""Post file names, entry filter, folder categories, titleized slugs and converters, as in Jekyll
(jekyll-semantics.md sections 1 and 2; the odd cases were checked with Jekyll 4.3.1)."""

from __future__ import annotations

import pytest

from mkdocs_blog_plugin.jekyll.filenames import (
    MARKDOWN_EXTENSIONS,
    PostName,
    categories_from_dir,
    converter_for,
    is_ignored_entry,
    output_ext,
    parse_draft_name,
    parse_post_name,
    split_collection_path,
    titleize_slug,
)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("2009-03-27-star-wars.markdown", PostName("2009-03-27", "star-wars", ".markdown")),
        ("2017-2-5-i-dont-like-zeroes.md", PostName("2017-2-5", "i-dont-like-zeroes", ".md")),
        ("es/2008-11-21-nested.markdown", PostName("2008-11-21", "nested", ".markdown")),
        ("scifi/2009-03-27-star-wars.html", PostName("2009-03-27", "star-wars", ".html")),
        ("99-1-9-two-digit-year.md", PostName("99-1-9", "two-digit-year", ".md")),
        (
            "2018-10-12-trailing-dots...markdown",
            PostName("2018-10-12", "trailing-dots", ".markdown"),
        ),
        ("2009-06-22-no-yaml.markdown", PostName("2009-06-22", "no-yaml", ".markdown")),
        ("2009-03-27-Custom_Schema.md", PostName("2009-03-27", "Custom_Schema", ".md")),
        ("2015-05-21-TockingTime.md", PostName("2015-05-21", "TockingTime", ".md")),
        (
            "2017-09-28-three-ways-to manage-research-projects.md",
            PostName("2017-09-28", "three-ways-to manage-research-projects", ".md"),
        ),
        ("2019-12-3-long-term-teams.md", PostName("2019-12-3", "long-term-teams", ".md")),
        ("2016-22-01-test.md", PostName("2016-22-01", "test", ".md")),  # the date fails later
        ("2014-01-01-notes.text", PostName("2014-01-01", "notes", ".text")),
        ("2014-01-01-analysis.Rmd", PostName("2014-01-01", "analysis", ".Rmd")),
        ("2014-01-01-.md", PostName("2014-01-01", "", ".md")),
        ("2019-01-05-data.YML", PostName("2019-01-05", "data", ".YML")),  # only .yml is data
        ("2013-03-19-not-a-post/dubious.markdown", None),  # the date must be in the file name
        ("2013-03-19-a.b/c", None),  # Jekyll reads it, undated: not copied
        ("2009-03-27-star-wars", None),  # an extension is required
        ("2008-02-03-wrong-extension.yml", None),
        ("2008-02-03-wrong-extension.yaml", None),
        ("star-wars.md", None),
        ("12345-01-01-too-long-a-year.md", None),
        ("2009-123-01-bad-month.md", None),
        ("2009-03-27.md", None),
    ],
)
def test_parse_post_name(path: str, expected: PostName | None) -> None:
    assert parse_post_name(path) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("recipe.markdown", PostName(None, "recipe", ".markdown")),
        ("sub/recipe.md", PostName(None, "recipe", ".md")),
        ("draft.with.dots.md", PostName(None, "draft.with.dots", ".md")),
        ("ends-with-dots...md", PostName(None, "ends-with-dots", ".md")),
        ("2019-02-04-hello-world.md", PostName("2019-02-04", "hello-world", ".md")),
        ("recipe.yml", None),
        ("no-extension", None),
    ],
)
def test_parse_draft_name(path: str, expected: PostName | None) -> None:
    assert parse_draft_name(path) == expected


@pytest.mark.parametrize(
    ("name", "ignored"),
    [
        ("2019-01-01-a.md", False),
        (".2019-01-01-a.md", True),
        ("_2019-01-01-a.md", True),
        ("#2019-01-01-a.md", True),
        ("~2019-01-01-a.md", True),
        ("2019-01-01-a.md~", True),
        ("2019-01-01-a.", True),
        ("_y/2019-01-01-b.md", True),  # the whole path starts with "_"
        (".z/2019-01-01-c.md", True),  # Ruby's glob lists no dot folders
        ("sub/.z/2019-01-01-c.md", True),
        ("sub/_x/2019-01-01-a.md", False),  # Jekyll 4.3.1 reads this one
        ("sub/#w/2019-01-01-d.md", False),
        ("sub/x~/2019-01-01-f.md", False),
        ("sub/_2019-01-01-g.md", True),  # the last segment starts with "_"
    ],
)
def test_is_ignored_entry(name: str, ignored: bool) -> None:
    assert is_ignored_entry(name) is ignored


@pytest.mark.parametrize(
    ("src_uri", "expected"),
    [
        ("a/b/_posts/c/d.md", ("a/b", "_posts", "c/d.md")),
        ("_drafts/x.md", ("", "_drafts", "x.md")),
        ("_posts/2014-02-11-fosdem.md", ("", "_posts", "2014-02-11-fosdem.md")),
        ("blog/_posts/2014-02-11-fosdem.md", ("blog", "_posts", "2014-02-11-fosdem.md")),
        ("a/_posts/b/_posts/x.md", ("a", "_posts", "b/_posts/x.md")),
        ("a/_drafts/b/_posts/x.md", ("a", "_drafts", "b/_posts/x.md")),
        ("my_posts/x.md", None),
        ("x/_posts", None),  # a file called _posts
        ("index.md", None),
    ],
)
def test_split_collection_path(src_uri: str, expected: tuple[str, str, str] | None) -> None:
    assert split_collection_path(src_uri) == expected


@pytest.mark.parametrize(
    ("dir_above", "special_dir", "expected"),
    [
        ("scifi/Movies", "_posts", ["scifi", "Movies"]),
        ("", "_posts", []),
        ("movies", "_posts", ["movies"]),
        ("blog", "_posts", ["blog"]),
        ("Sci-Fi Movi3s", "_posts", ["Sci-Fi Movi3s"]),
        ("my_posts", "_posts", ["my"]),  # Jekyll cuts at the text "_posts" (Jekyll 4.3.1: "my")
        ("my_posts", "_drafts", ["my_posts"]),
        ("a/b", "_drafts", ["a", "b"]),
    ],
)
def test_categories_from_dir(dir_above: str, special_dir: str, expected: list[str]) -> None:
    assert categories_from_dir(dir_above, special_dir) == expected


def test_categories_from_dir_defaults_to_posts() -> None:
    assert categories_from_dir("my_posts") == ["my"]


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        ("star-wars", "Star Wars"),
        ("dec-the-second", "Dec The Second"),
        ("This-is-a-Long-title", "This Is A Long Title"),
        ("i-dont-like-zeroes", "I Dont Like Zeroes"),
        ("fosdem", "Fosdem"),
        ("TockingTime", "Tockingtime"),
        ("o-p--q-", "O P  Q"),  # Jekyll 4.3.1
        ("Custom_Schema", "Custom_schema"),
        ("-lead", " Lead"),
        ("", ""),
    ],
)
def test_titleize_slug(slug: str, title: str) -> None:
    assert titleize_slug(slug) == title


def test_markdown_extensions_are_jekylls_default() -> None:
    assert MARKDOWN_EXTENSIONS == (".markdown", ".mkdown", ".mkdn", ".mkd", ".md")


@pytest.mark.parametrize(
    ("ext", "converter", "written"),
    [
        (".md", "markdown", ".html"),
        (".markdown", "markdown", ".html"),
        (".mkdown", "markdown", ".html"),
        (".mkdn", "markdown", ".html"),
        (".mkd", "markdown", ".html"),
        (".MD", "markdown", ".html"),
        (".Markdown", "markdown", ".html"),
        (".html", "html", ".html"),
        (".HTML", "html", ".HTML"),  # Jekyll 4.3.1 keeps the extension's case
        (".htm", "identity", ".htm"),
        (".text", "identity", ".text"),
        (".Rmd", "identity", ".Rmd"),
        (".mdown", "identity", ".mdown"),
    ],
)
def test_converter_and_output_ext(ext: str, converter: str, written: str) -> None:
    assert converter_for(ext) == converter
    assert output_ext(ext) == written
