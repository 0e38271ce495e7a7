"""Authors files: jekyll-feed's `_data/authors.yml` and Material's `.authors.yml`
(jekyll-semantics.md section 6, peers-material-rss.md section 1(a)), and resolving a post's
`author`."""

from __future__ import annotations

import pytest
import yaml

from mkdocs_blog_plugin.jekyll.problems import Problem
from mkdocs_blog_plugin.model import authors as authors_module
from mkdocs_blog_plugin.model.authors import Author, AuthorsData, load_authors

JEKYLL = "_data/authors.yml"
MATERIAL = "blog/.authors.yml"


@pytest.fixture(params=["libyaml", "pure-python"], autouse=True)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every case with libyaml's loader (when PyYAML has it) and with the pure-Python one."""
    if request.param == "pure-python":
        monkeypatch.setattr(authors_module, "_Loader", yaml.SafeLoader)


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        # jekyll-feed's spec fixture
        (
            JEKYLL,
            "garthdb:\n  name: Garth\n  email: example@mail.com\n  uri: http://garthdb.com\n",
            [Author("garthdb", "Garth", url="http://garthdb.com", email="example@mail.com")],
        ),
        # `url` before jekyll-feed's `uri`, `avatar` before `picture`; kept as written
        (
            JEKYLL,
            "pat:\n  name: Pat\n  url: /about/pat/\n  uri: https://pat.example\n"
            "  picture: /img/pat.png\n"
            "ben:\n  name: Ben\n  avatar: img/ben.jpg\n  picture: /img/b.png\n",
            [
                Author("pat", "Pat", url="/about/pat/", avatar="/img/pat.png"),
                Author("ben", "Ben", avatar="img/ben.jpg"),
            ],
        ),
        # an empty field is no field: the next key is read
        (JEKYLL, "a:\n  name: A\n  url: ''\n  uri: http://a\n", [Author("a", "A", url="http://a")]),
        # a string is the name
        (JEKYLL, "pat: Pat Doe\nben: ' Ben '\n", [Author("pat", "Pat Doe"), Author("ben", "Ben")]),
        # keys and names as text
        (
            JEKYLL,
            "2014: {name: 1337}\n'007': Bond\n42: 3.5\n",
            [Author("2014", "1337"), Author("007", "Bond"), Author("42", "3.5")],
        ),
        # Material's schema: description is the bio; slug is not kept
        (
            MATERIAL,
            "authors:\n  squidfunk:\n    name: Martin Donath\n    description: Creator\n"
            "    avatar: https://github.com/squidfunk.png\n    url: https://github.com/squidfunk\n"
            "    slug: martin\n",
            [
                Author(
                    "squidfunk",
                    "Martin Donath",
                    url="https://github.com/squidfunk",
                    avatar="https://github.com/squidfunk.png",
                    bio="Creator",
                )
            ],
        ),
        (
            MATERIAL,
            "authors:\n  a: Alice\n  b: {name: Bob}\n",
            [Author("a", "Alice"), Author("b", "Bob")],
        ),
        # `authors` among other entries, or holding one author's fields: jekyll-feed's
        (
            JEKYLL,
            "authors: {name: The Team}\ngarth: Garth\n",
            [Author("authors", "The Team"), Author("garth", "Garth")],
        ),
        (
            JEKYLL,
            "authors: {name: The Team, email: t@x}\n",
            [Author("authors", "The Team", email="t@x")],
        ),
        # ... which outside a `_data` folder is Material's, with an author `name`
        (MATERIAL, "authors: {name: Nam, b: Bob}\n", [Author("name", "Nam"), Author("b", "Bob")]),
        (MATERIAL, "authors: {name: {name: Nam}}\n", [Author("name", "Nam")]),
        (JEKYLL, "authors: {name: {name: Nam}}\n", [Author("name", "Nam")]),
        # merge keys
        (
            JEKYLL,
            "<<: {x: X}\ny:\n  <<: {email: shared@x}\n  name: Y\n",
            [Author("x", "X"), Author("y", "Y", email="shared@x")],
        ),
        # nothing
        (JEKYLL, "", []),
        (JEKYLL, "# no authors yet\n", []),
        (MATERIAL, "authors:\n", []),
        (MATERIAL, "authors: {}\n", []),
    ],
)
def test_load(path: str, text: str, expected: list[Author]) -> None:
    data, problems = load_authors(path, text)
    assert problems == ()
    assert list(data.authors.values()) == expected
    assert list(data.authors) == [author.key for author in expected]


@pytest.mark.parametrize(
    ("path", "text", "keys", "problems"),
    [
        # a broken file: nothing read, the line of the error
        (JEKYLL, "a: A\nb: [B\n", [], [(3, "invalid authors file, ignored: ")]),
        (JEKYLL, "a: A\nb:\n\tname: B\n", [], [(3, "invalid authors file, ignored: ")]),
        (JEKYLL, "a: A\nb: \x07\n", [], [(2, "invalid authors file, ignored: ")]),
        (JEKYLL, "a: A\n---\nb: B\n", [], [(2, "invalid authors file, ignored: ")]),
        (JEKYLL, "a: *nowhere\n", [], [(1, "invalid authors file, ignored: ")]),
        # not a mapping
        (JEKYLL, "- a\n- b\n", [], [(1, "the authors file holds a list, not a mapping")]),
        (JEKYLL, "\n\njust text\n", [], [(3, "the authors file holds a single value, not")]),
        # entries that cannot be authors are skipped, at their line
        (
            JEKYLL,
            "a: A\nb:\n  - B\nc:\nd: 2014-02-11\ne: true\nf: A\n",
            ["a", "f"],
            [
                (2, "author 'b' is a list, not a mapping or a name; skipped"),
                (4, "author 'c' is empty, not a mapping or a name; skipped"),
                (5, "author 'd' is a date, not a mapping or a name; skipped"),
                (6, "author 'e' is a bool, not a mapping or a name; skipped"),
            ],
        ),
        (
            MATERIAL,
            "authors:\n  a:\n    description: no name\n  b: {name: ''}\n  c: {name: [x]}\n"
            "  d: ''\n  e: E\n",
            ["e"],
            [
                (2, "author 'a' has no name; skipped"),
                (4, "author 'b' has no name; skipped"),
                (5, "author 'c' has no name; skipped"),
                (6, "author 'd' has no name; skipped"),
            ],
        ),
        (JEKYLL, "a: !!python/object:os.system {}\nb: B\n", ["b"], [(1, "author 'a' skipped: ")]),
        (JEKYLL, "? [a, b]\n: A\nc: C\n", ["c"], [(1, "an author's key is not text; skipped")]),
        # a field that is not text is dropped, the author kept
        (
            JEKYLL,
            "a:\n  name: A\n  url: [x]\n  email: {x: y}\n",
            ["a"],
            [(1, "`url` of author 'a' is not text; ignored"), (1, "`email` of author 'a' is not")],
        ),
        # the same key twice: the last one
        (JEKYLL, "a: First\nb: B\na: Second\n", ["a", "b"], [(3, "author 'a' is defined again")]),
    ],
)
def test_problems(path: str, text: str, keys: list[str], problems: list[tuple[int, str]]) -> None:
    data, found = load_authors(path, text)
    assert list(data.authors) == keys
    assert len(found) == len(problems), found
    for problem, (line, start) in zip(found, problems, strict=True):
        assert (problem.line, problem.message[: len(start)]) == (line, start), problem


def test_the_last_of_a_key_twice_wins() -> None:
    data, _ = load_authors(JEKYLL, "a: First\na: Second\n")
    assert data.authors["a"] == Author("a", "Second")


def test_bio_wins_over_description() -> None:
    data, _ = load_authors(JEKYLL, "a: {name: A, bio: Own words, description: Other}\n")
    assert data.authors["a"].bio == "Own words"


def test_a_field_not_text_keeps_the_rest() -> None:
    data, _ = load_authors(JEKYLL, "a: {name: A, url: [x], avatar: a.png}\n")
    assert data.authors["a"] == Author("a", "A", avatar="a.png")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("garthdb", Author("garthdb", "Garth", email="g@x")),
        ("Garth", Author("Garth", "Garth")),  # a name is not a key
        ("GarthDB", Author("GarthDB", "GarthDB")),  # keys are exact, as in Liquid
        ("Dr. Jekyll", Author("Dr. Jekyll", "Dr. Jekyll")),
        ("2014", Author("2014", "Year")),
    ],
)
def test_resolve(written: str, expected: Author) -> None:
    data, problems = load_authors(JEKYLL, "garthdb: {name: Garth, email: g@x}\n2014: Year\n")
    assert problems == ()
    assert data.resolve(written) == expected


def test_resolve_without_a_file() -> None:
    assert AuthorsData({}).resolve("Pat") == Author("Pat", "Pat")


def test_problem_type() -> None:
    _, problems = load_authors(JEKYLL, "a:\n")
    assert problems == (Problem("author 'a' is empty, not a mapping or a name; skipped", 1),)
