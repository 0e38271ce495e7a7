"""A post's page shows exactly what MkDocs renders from the post's Markdown: every shape of
Markdown below (blank lines, the default excerpt separator, inside lists, admonitions, tabs,
code, comments...) is built twice in one site, as a post and as an ordinary page, and the post's
body must be the ordinary page's content; read as kramdown (the default), but for the shapes
whose syntax kramdown reads otherwise, where kramdown wins; with `markdown: mkdocs`, every
shape. The listings' excerpts must be whole HTML."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from blogcheck import entry_sources, listed_posts, post_pages, unbalanced
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from sitebuild import Built, build, write_site

THEMES = ("material", "mkdocs", "readthedocs")

MARKDOWN_EXTENSIONS: list[Any] = [
    {"toc": {"permalink": True}},
    "admonition",
    "attr_list",
    "def_list",
    "footnotes",
    "abbr",
    "md_in_html",
    "tables",
    "pymdownx.details",
    "pymdownx.superfences",
    {"pymdownx.tabbed": {"alternate_style": True}},
    "pymdownx.highlight",
    "pymdownx.tasklist",
]

# Records, last of all, the HTML MkDocs made of each ordinary page (posts are compared on their
# built pages instead: for them the plugin itself gives MkDocs the body in on_page_content); reads
# them as kramdown if asked to.
HOOK = """\
import json
import os

from markdown.extensions import Extension
from mkdocs.plugins import event_priority

from mkdocs_blog_plugin.kramdown import KramdownExtension

_contents = {}


class PlainAsKramdown(Extension):
    \"\"\"With `extra: {plain_as_kramdown: true}`, the plain pages read as kramdown too.\"\"\"

    reading = False

    def extendMarkdown(self, md):
        if self.reading:
            KramdownExtension().extendMarkdown(md)


_plain = PlainAsKramdown()


def on_config(config):
    if config.extra.get("plain_as_kramdown") and _plain not in config.markdown_extensions:
        config.markdown_extensions.append(_plain)


def on_page_markdown(markdown, page, config, files):
    _plain.reading = page.file.src_uri.startswith("plain/")


@event_priority(-200)
def on_page_content(html, page, config, files):
    if page.file.src_uri.startswith("plain/"):
        _contents[page.file.src_uri] = html
    return html


def on_post_build(config):
    path = os.path.join(os.path.dirname(config.config_file_path), "plain.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(_contents, f)
"""


@dataclass(frozen=True)
class Shape:
    id: str
    body: str
    separator: str | None = None  # front matter `excerpt_separator`, None for the default
    kramdown: str | None = None  # where kramdown reads it otherwise: what its reading shows


# No relative links: the post and its plain twin are at different places in the site.
SHAPES = [
    Shape("ordered-list-loose", "1. one\n\n2. two\n\n3. three\n"),
    Shape(
        "nested-loose-list",
        "- outer one\n\n    - inner a\n\n    - inner b\n\n- outer two\n\n    more of two\n",
    ),
    Shape(
        "admonition",
        "!!! warning\n\n    Body of the warning.\n\n    Its second paragraph.\n\nAfter it.\n",
    ),
    Shape("details", '??? question "Why?"\n\n    Because.\n\n    Really.\n\nAfter it.\n'),
    Shape(
        "tabs",
        '=== "pip"\n\n    Install with pip.\n\n    Then run it.\n\n'
        '=== "conda"\n\n    Install with conda.\n',
    ),
    Shape("indented-code", "    line one\n\n    line three\n\nAfter the code.\n"),
    Shape("indented-code-after-text", "Intro:\n\n    line one\n\n    line three\n\nAfter.\n"),
    Shape("definition-list", "Term\n\n:   Definition one.\n\n:   Definition two.\n\nAfter.\n"),
    # kramdown ends a quote at a blank line; Python-Markdown joins the next quote to it
    Shape(
        "two-blockquotes", "> first quote\n\n> second quote\n", kramdown="blockquote + blockquote"
    ),
    Shape(
        "comment-at-top",
        "<!--\nA comment at the top\n\nwith blank lines\n\ninside it\n-->\n\nVisible text.\n\n"
        "More text.\n",
    ),
    Shape(
        "footnotes",
        "Text with a note.[^long]\n[^long]: A long note.\n\n    Its second paragraph.\n\n"
        "More text.[^1]\n\n[^1]: The short note.\n",
        kramdown='div.footnotes[role="doc-endnotes"] li#fn\\:long a.reversefootnote',
    ),
    Shape("md-in-html", "<div markdown>\n\n*x*\n\nsecond *y*\n\n</div>\n\nAfter the div.\n"),
    Shape("table", "Before.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\nAfter the table.\n"),
    Shape(
        "html-block",
        '<div class="box">\n<p>one</p>\n\n<p>two</p>\n\n</div>\n\nAfter the block.\n',
    ),
    Shape(
        "blockquote-with-a-list",
        "> Quoted:\n>\n> - a\n>\n> - b\n\n> Another quote.\n",
        kramdown="blockquote:has(ul) + blockquote",
    ),
    Shape(
        "fenced-code",
        "```python\ndef f():\n\n    return 1\n\n\nprint(f())\n```\n\nAfter the code.\n",
    ),
    Shape(
        "fenced-code-in-list",
        "- item\n\n    ```text\n    a\n\n    b\n    ```\n\n- next item\n",
    ),
    Shape("setext-heading", "Setext heading\n--------------\n\nParagraph.\n\nAnother.\n"),
    Shape("attr-list", "A paragraph.\n{: .cls #para }\n\nAnother.\n{: .other }\n"),
    Shape(
        "abbreviations",
        "The HTML spec.\n\nMore HTML here.\n\n*[HTML]: Hyper Text Markup Language\n",
    ),
    Shape("heading-first", "## Heading first\n\nParagraph.\n\n### Sub\n\nMore.\n"),
    Shape(
        "more-in-the-middle",
        "First part.\n\nSecond part.\n\n<!--more-->\n\nThird part.\n\nFourth.\n",
        "<!--more-->",
    ),
    Shape("more-inside-a-paragraph", "One <!--more--> two.\n\nThree.\n", "<!--more-->"),
    Shape(
        "cut-in-list-item",
        "- one\n\n    <!--cut-->\n    still one\n\n- two\n\nAfter.\n",
        "<!--cut-->",
    ),
    Shape(
        "separator-in-admonition",
        "!!! note\n\n    Before.\n\n    <!--more-->\n\n    After.\n\nOutside.\n",
        "<!--more-->",
    ),
    Shape(
        "separator-in-fenced-code",
        "Intro.\n\n```\nbefore\n<!--more-->\nafter\n```\n\nOutro.\n",
        "<!--more-->",
    ),
    Shape("toc-marker", "[TOC]\n\n## One\n\nText one.\n\n## Two\n\nText two.\n"),
    Shape(
        "task-list",
        "- [x] done\n\n- [ ] to do\n\n- [ ] later\n",
        kramdown="ul.task-list input.task-list-item-checkbox[disabled]",
    ),
    Shape("paragraph-then-code", "A paragraph.\n\n```\ncode\n\nmore code\n```\n"),
    Shape("plain-paragraphs", "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n"),
    Shape("no-blank-line", "Just one paragraph\nover two lines, **bold**.\n"),
    Shape("tight-list-then-text", "- a\n- b\n- c\n\nAfter the list.\n"),
    Shape("comment-after-text", "Before.\n<!-- a comment\n\nover lines -->\n\nAfter.\n"),
    Shape("comment-in-the-middle", "Before.\n\n<!-- a comment\n\nover lines -->\n\nAfter.\n"),
    Shape("three-newline-separator", "One.\n\nTwo.\n\n\nThree.\n\n\nFour.\n", "\n\n\n"),
    Shape("separator-not-found", "One.\n\nTwo.\n", "NOT-IN-THE-TEXT"),
    Shape("no-excerpt", "One.\n\n- a\n\n- b\n", ""),
]

# The blank line (default separator) and the custom separators, for the random posts.
JOINERS = ("\n\n", "\n\n\n", "\n\n<!--more-->\n\n", "\n\n<!--cut-->\n\n")
SEPARATORS = (None, "\n\n", "\n\n\n", "<!--more-->", "<!--cut-->", "", "Text")


def post_text(body: str, title: str, separator: str | None) -> str:
    front = f"title: {title}\n"
    if separator is not None:
        front += f"excerpt_separator: {json.dumps(separator)}\n"
    return f"---\n{front}---\n{body}"


@dataclass
class Twins:
    built: Built
    plain: dict[str, str]  # plain page source (plain/x.md) → the content MkDocs made of it
    posts: dict[str, str]  # post title → its page (canonical path in the site)
    listings: dict[str, list[str]]  # post title → what is wrong with its entries in the listings


def build_twins(
    root: Path,
    theme: str,
    items: list[tuple[str, str | None]],
    markdown: str = "kramdown",
    plain_as_kramdown: bool = False,
) -> Twins:
    """A site with each (body, separator) of `items` as a post and as a plain page; the plain
    pages read as MkDocs reads them, or as kramdown."""
    config: dict[str, Any] = {
        "site_name": "Twins",
        "site_url": "https://example.org/",
        "theme": {"name": theme},
        "markdown_extensions": MARKDOWN_EXTENSIONS,
        "plugins": [{"jekyll-blog": {"markdown": markdown}}],
        "hooks": ["dump.py"],
        "extra": {"plain_as_kramdown": plain_as_kramdown},
    }
    files: dict[str, str | bytes] = {"index.md": "# Home\n"}
    for n, (body, separator) in enumerate(items, start=1):
        title = f"Shape {n:02d}"
        day = f"2020-{1 + (n - 1) // 28:02d}-{1 + (n - 1) % 28:02d}"
        files[f"_posts/{day}-shape-{n:02d}.md"] = post_text(body, title, separator)
        files[f"plain/shape-{n:02d}.md"] = post_text(body, title, separator)
    write_site(root, config, files)
    (root / "dump.py").write_text(HOOK, "utf-8")
    built = build(root)
    assert built.returncode == 0, built.log[-3000:]
    plain = json.loads((root / "plain.json").read_text("utf-8"))
    posts = {info.title: url for url, info in post_pages(built).items()}
    assert len(posts) == len(items), sorted(posts)
    sources = {f"Shape {n:02d}": body for n, (body, _) in enumerate(items, start=1)}
    return Twins(built, plain, posts, listing_problems(built, sources))


def inner_html(element: lxml.html.HtmlElement) -> str:
    return (element.text or "") + "".join(
        lxml.html.tostring(child, encoding="unicode") for child in element
    )


PREFORMATTED = frozenset(("pre", "textarea", "script", "style"))


def normalized(html: str) -> str:
    """`html` parsed as a fragment and serialized again, so both sides are written alike, with
    each run of whitespace outside <pre> made one space, as a browser shows it: "</p>\n\n<p>"
    is "</p>\n<p>"."""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in root.iter():
        outside = not any(e.tag in PREFORMATTED for e in element.iterancestors())
        if outside and element.tail:
            element.tail = re.sub(r"\s+", " ", element.tail)
        if outside and element.tag not in PREFORMATTED and isinstance(element.tag, str):
            element.text = element.text and re.sub(r"\s+", " ", element.text)
    return inner_html(root).strip()


def post_body(twins: Twins, n: int) -> str:
    page = twins.built.page(twins.posts[f"Shape {n:02d}"])
    bodies = page.cssselect("div.jb-post-body")
    assert len(bodies) == 1
    return normalized(inner_html(bodies[0]))


def plain_content(twins: Twins, n: int) -> str:
    return normalized(twins.plain[f"plain/shape-{n:02d}.md"])


def shown_text(element: lxml.html.HtmlElement) -> str:
    """The text of `element` outside code, where Markdown may well show "<!--"."""
    copy = lxml.html.fragment_fromstring(lxml.html.tostring(element, with_tail=False))
    for code in copy.xpath(".//pre | .//code"):
        code.drop_tree()
    return copy.text_content()


def listing_pages(built: Built) -> Iterator[Path]:
    yield built.site / "blog" / "index.html"
    yield from sorted((built.site / "blog" / "page").glob("*/index.html"))


def listing_problems(built: Built, sources: dict[str, str]) -> dict[str, list[str]]:
    """What is wrong with the entries of the blog index and its pages, by post title ("" for a
    page): each entry must be whole HTML, as written and once parsed, and its excerpt must show
    no comment as text and hold no comment that is not in the post's text (`sources`)."""
    problems: dict[str, list[str]] = {}
    for path in listing_pages(built):
        assert path.is_file(), path
        name = path.relative_to(built.site).as_posix()
        raw = path.read_text("utf-8")
        written = entry_sources(raw)
        doc = lxml.html.fromstring(raw)
        entries = doc.cssselect(".jb-entry")
        if len(written) != len(entries):
            problems.setdefault("", []).append(
                f"{name}: {len(written)} entries written, {len(entries)} once parsed"
            )
        for entry in written:
            title = re.search(r'class="jb-entry-title"><a [^>]*>([^<]*)<', entry)
            found = problems.setdefault(title.group(1) if title else "", [])
            found += [f"{name}: {error}" for error in unbalanced(entry)]
            if "<!--" in re.sub(r"<!--.*?-->", "", entry[: entry.find("</article>")], flags=re.S):
                found.append(f"{name}: an unclosed <!--")
        for entry in entries:
            titles = entry.cssselect(".jb-entry-title")
            found_title = titles[0].text_content() if titles else ""
            found = problems.setdefault(found_title, [])
            parent = entry.getparent()
            if parent is None or "jb-listing" not in parent.get("class", ""):
                found.append(f"{name}: the entry is not in the listing itself")
            if entry.cssselect(".jb-entry") != [entry] or len(titles) != 1:
                found.append(f"{name}: entries inside the entry")
            more = entry.cssselect("p.jb-more")
            if len(more) != 1 or more[0].getparent() is not entry:
                found.append(f"{name}: the excerpt swallowed 'Read more'")
            for excerpt in entry.cssselect(".jb-excerpt"):
                text = shown_text(excerpt)
                if "<!--" in text or "-->" in text:
                    found.append(f"{name}: a comment shown as text: {text.strip()!r}")
                for comment in excerpt.xpath(".//comment()"):
                    if f"<!--{comment.text}-->" not in sources.get(found_title, ""):
                        found.append(f"{name}: a comment not in the post: {comment.text!r}")
                written = lxml.html.tostring(excerpt, encoding="unicode", with_tail=False)
                again = lxml.html.tostring(
                    lxml.html.fragment_fromstring(written), encoding="unicode"
                )
                if again != written:
                    found.append(f"{name}: the excerpt changes when parsed again: {written!r}")
    return {title: found for title, found in problems.items() if found}


@pytest.fixture(scope="module", params=THEMES)
def table(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Twins:
    root = tmp_path_factory.mktemp(f"post-content-{request.param}")
    return build_twins(root, request.param, [(s.body, s.separator) for s in SHAPES])


SHAPE_NUMBERS = pytest.mark.parametrize(
    "n", range(1, len(SHAPES) + 1), ids=[shape.id for shape in SHAPES]
)


@pytest.fixture(scope="module")
def read_as_docs(tmp_path_factory: pytest.TempPathFactory) -> Twins:
    """The shapes as posts of a blog with `markdown: mkdocs`."""
    root = tmp_path_factory.mktemp("post-content-as-docs")
    return build_twins(root, "material", [(s.body, s.separator) for s in SHAPES], "mkdocs")


@SHAPE_NUMBERS
def test_post_body_is_what_mkdocs_renders(table: Twins, n: int) -> None:
    expected = plain_content(table, n)
    assert expected
    kramdown = SHAPES[n - 1].kramdown
    if kramdown is None:
        assert post_body(table, n) == expected
    else:  # kramdown's reading of its own syntax, not Python-Markdown's
        assert post_body(table, n) != expected
        body = lxml.html.fragment_fromstring(post_body(table, n), create_parent="div")
        assert body.cssselect(kramdown)


def test_docs_pages_are_the_same_whatever_posts_read_as(
    read_as_docs: Twins, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("post-content-material-again")
    as_kramdown = build_twins(root, "material", [(s.body, s.separator) for s in SHAPES])
    pages = sorted(path.relative_to(as_kramdown.built.site) for path in docs_pages(as_kramdown))
    assert len(pages) == len(SHAPES) + 1
    for page in pages:
        written = (as_kramdown.built.site / page).read_bytes()
        assert written == (read_as_docs.built.site / page).read_bytes(), page


def docs_pages(twins: Twins) -> Iterator[Path]:
    yield twins.built.site / "index.html"
    yield from sorted((twins.built.site / "plain").rglob("*.html"))


@SHAPE_NUMBERS
def test_with_markdown_mkdocs_every_post_body_is_what_mkdocs_renders(
    read_as_docs: Twins, n: int
) -> None:
    assert post_body(read_as_docs, n) == plain_content(read_as_docs, n)


@SHAPE_NUMBERS
def test_post_entry_in_the_listings_is_whole_html(table: Twins, n: int) -> None:
    assert table.listings.get(f"Shape {n:02d}", []) == []


def test_each_post_page_has_one_h1(table: Twins) -> None:
    for title, url in table.posts.items():
        assert len(table.built.page(url).xpath("//h1")) == 1, title


def test_every_post_is_on_the_index_once(table: Twins) -> None:
    assert sorted(listed_posts(table.built, "blog/")) == sorted(table.posts.values())
    assert table.listings.get("", []) == []


@st.composite
def random_posts(draw: st.DrawFn) -> tuple[str, str | None]:
    """(body, front matter excerpt_separator): 2 to 5 shapes, one after the other."""
    bodies = draw(st.lists(st.sampled_from([s.body for s in SHAPES]), min_size=2, max_size=5))
    text = bodies[0].rstrip("\n")
    for body in bodies[1:]:
        text += draw(st.sampled_from(JOINERS)) + body.rstrip("\n")
    return text + "\n", draw(st.sampled_from(SEPARATORS))


def assert_twins_alike(twins: Twins, count: int) -> None:
    differ = [
        f"Shape {n:02d}:\n{post_body(twins, n)!r}\n!=\n{plain_content(twins, n)!r}"
        for n in range(1, count + 1)
        if post_body(twins, n) != plain_content(twins, n)
    ]
    assert not differ, "\n\n".join(differ)
    assert sorted(listed_posts(twins.built, "blog/")) == sorted(twins.posts.values())
    assert twins.listings == {}


RANDOM = settings(
    max_examples=5,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.generate],  # a shrink would rebuild the site many times
)


@RANDOM
@given(st.lists(random_posts(), min_size=30, max_size=30))
def test_random_posts_show_what_mkdocs_renders_as_kramdown(
    tmp_path_factory: pytest.TempPathFactory, items: list[tuple[str, str | None]]
) -> None:
    root = tmp_path_factory.mktemp("random-posts")
    assert_twins_alike(build_twins(root, "mkdocs", items, plain_as_kramdown=True), len(items))


@RANDOM
@given(st.lists(random_posts(), min_size=30, max_size=30))
def test_random_posts_read_as_docs_pages_show_what_mkdocs_renders(
    tmp_path_factory: pytest.TempPathFactory, items: list[tuple[str, str | None]]
) -> None:
    root = tmp_path_factory.mktemp("random-posts-as-docs")
    assert_twins_alike(build_twins(root, "mkdocs", items, "mkdocs"), len(items))
