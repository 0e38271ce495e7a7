"""Reading post files into `Post`s (model/reading.py), on a docs folder of real files: every
field Jekyll decides, the problems with their lines, what is skipped and why, and the URL a post
had under another permalink."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from mkdocs_blog_plugin.model.posts import Post
from mkdocs_blog_plugin.model.reading import (
    DocsDir,
    ReadResult,
    ReadSettings,
    read_body,
    read_posts,
    url_under,
)

UTC = timezone.utc
BRUSSELS = ZoneInfo("Europe/Brussels")
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2020, 1, 1, tzinfo=UTC)
SETTINGS = ReadSettings(
    zone=ZoneInfo("UTC"),
    permalink="date",
    future=False,
    drafts=False,
    now=NOW,
    excerpt_separator="\n\n",
    use_directory_urls=True,
)
FOSDEM = """\
---
title: FOSDEM summary
date: 2014-02-11 13:40:00 +0100
tags: [conference, Demo]
categories: events
author: tom
---
First paragraph.

Second.
"""


def read(docs: Path, files: Mapping[str, str | bytes], **settings: Any) -> ReadResult:
    """Write `files` (docs-relative path → text) and read every file under `docs`."""
    for name, content in files.items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
    src_uris = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file())
    return read_posts(DocsDir(str(docs)), src_uris, replace(SETTINGS, **settings))


def only_post(result: ReadResult) -> Post:
    assert len(result.posts) == 1, result.problems
    return result.posts[0]


def messages(result: ReadResult) -> list[tuple[str, str, int | None]]:
    return [(p.source, p.problem.message, p.problem.line) for p in result.problems]


def test_fields_of_a_post(tmp_path: Path) -> None:
    result = read(tmp_path, {"blog/_posts/2014-02-11-fosdem-summary.md": FOSDEM}, zone=BRUSSELS)
    post = only_post(result)
    assert post.source == "blog/_posts/2014-02-11-fosdem-summary.md"
    assert not post.draft
    assert post.date == datetime(2014, 2, 11, 13, 40, tzinfo=BRUSSELS)
    assert post.date.utcoffset() == timedelta(hours=1)
    assert post.slug == "fosdem-summary"
    assert post.title == "FOSDEM summary"
    assert post.categories == ("blog", "events")  # the folder's first, then front matter's
    assert post.tags == ("conference", "Demo")
    assert post.authors == ("tom",)
    assert post.url == "/blog/events/2014/02/11/fosdem-summary.html"
    assert post.dest_uri == "blog/events/2014/02/11/fosdem-summary.html"
    assert post.converter == "markdown"
    assert post.body_line == 8
    assert post.excerpt_separator == "\n\n"
    assert post.data["author"] == "tom"
    assert result.problems == []


@pytest.mark.parametrize(
    ("zone", "date", "url"),
    [
        ("UTC", datetime(2014, 2, 10, 23, 30, tzinfo=UTC), "/2014/02/10/early.html"),
        (
            "Europe/Brussels",
            datetime(2014, 2, 11, 0, 30, tzinfo=BRUSSELS),
            "/2014/02/11/early.html",
        ),
        ("Asia/Tokyo", datetime(2014, 2, 11, 8, 30, tzinfo=TOKYO), "/2014/02/11/early.html"),
    ],
)
def test_a_date_with_an_offset_is_shown_and_placed_in_the_site_zone(
    tmp_path: Path, zone: str, date: datetime, url: str
) -> None:
    text = "---\ndate: 2014-02-11 00:30:00 +0100\n---\nx\n"
    post = only_post(read(tmp_path, {"_posts/2014-02-11-early.md": text}, zone=ZoneInfo(zone)))
    assert post.date == date
    assert post.date.tzinfo == ZoneInfo(zone)
    assert post.url == url


@pytest.mark.parametrize(
    ("permalink", "url", "directory_urls", "plain"),
    [
        ("date", "/b/2014/02/11/x.html", "b/2014/02/11/x.html", "b/2014/02/11/x.html"),
        ("pretty", "/b/2014/02/11/x/", "b/2014/02/11/x/index.html", "b/2014/02/11/x/index.html"),
        ("/:categories/:year/:title", "/b/2014/x", "b/2014/x/index.html", "b/2014/x.html"),
        ("/:year/:title.html", "/2014/x.html", "2014/x.html", "2014/x.html"),
        ("none", "/b/x.html", "b/x.html", "b/x.html"),
    ],
)
def test_dest_uri_with_and_without_directory_urls(
    tmp_path: Path, permalink: str, url: str, directory_urls: str, plain: str
) -> None:
    files = {"b/_posts/2014-02-11-x.md": "---\n---\nx\n"}
    on = only_post(read(tmp_path, files, permalink=permalink, use_directory_urls=True))
    off = only_post(read(tmp_path, files, permalink=permalink, use_directory_urls=False))
    assert on.url == off.url == url
    assert on.dest_uri == directory_urls
    assert off.dest_uri == plain


def test_front_matter_permalink_wins_over_the_site_s(tmp_path: Path) -> None:
    text = "---\npermalink: /custom/:title/\n---\nx\n"
    post = only_post(read(tmp_path, {"_posts/2014-02-11-mine.md": text}))
    assert (post.url, post.dest_uri) == ("/custom/mine/", "custom/mine/index.html")


@pytest.mark.parametrize(
    ("source", "front_matter", "categories"),
    [
        ("_posts/2014-01-01-a.md", "", ()),
        ("blog/_posts/2014-01-01-a.md", "", ("blog",)),
        ("sci/Movies/_posts/2014-01-01-a.md", "categories: [Movies, x]", ("sci", "Movies", "x")),
        ("_posts/sub/2014-01-01-a.md", "", ()),  # a folder inside _posts is no category
        ("_posts/2014-01-01-a.md", "categories: a b", ("a", "b")),  # split on spaces
        ("_posts/2014-01-01-a.md", "category: c d", ("c d",)),  # taken whole
        ("_posts/2014-01-01-a.md", "categories: [x]\ncategory: y", ("x", "y")),
        ("news/_posts/2014-01-01-a.md", "categories: news", ("news",)),  # once
    ],
)
def test_categories_from_folders_and_front_matter(
    tmp_path: Path, source: str, front_matter: str, categories: tuple[str, ...]
) -> None:
    post = only_post(read(tmp_path, {source: f"---\n{front_matter}\n---\nx\n"}))
    assert post.categories == categories


@pytest.mark.parametrize(
    ("front_matter", "tags"),
    [
        ("tags: [a, B, a]", ("a", "B", "a")),  # not de-duplicated, as in Jekyll
        ("tags: one two", ("one", "two")),
        ("tag: one two", ("one two",)),
        ("tags: [2014, 1.5]", ("2014", "1.5")),  # numbers are names
        ("", ()),
    ],
)
def test_tags(tmp_path: Path, front_matter: str, tags: tuple[str, ...]) -> None:
    post = only_post(read(tmp_path, {"_posts/2014-01-01-a.md": f"---\n{front_matter}\n---\n"}))
    assert post.tags == tags


@pytest.mark.parametrize(
    ("front_matter", "authors"),
    [
        ("author: tom", ("tom",)),
        ("author: [tom, ann]", ("tom", "ann")),
        ("author: {name: Bob, email: b@example.org}", ("Bob",)),
        ("authors: [ann, {name: Bob}]", ("ann", "Bob")),
        ("author: tom\nauthors: [ann]", ("tom",)),  # `author` first
        ("author: '  '", ()),
        ("author: 2014", ("2014",)),
        ("", ()),
    ],
)
def test_authors(tmp_path: Path, front_matter: str, authors: tuple[str, ...]) -> None:
    post = only_post(read(tmp_path, {"_posts/2014-01-01-a.md": f"---\n{front_matter}\n---\n"}))
    assert post.authors == authors


@pytest.mark.parametrize(
    ("front_matter", "slug", "title", "url"),
    [
        ("", "dec-the-second", "Dec The Second", "/2014/12/02/dec-the-second.html"),
        ("title: Own", "dec-the-second", "Own", "/2014/12/02/dec-the-second.html"),
        ("slug: other", "other", "Other", "/2014/12/02/other.html"),
        ("slug: ''", "dec-the-second", "Dec The Second", "/2014/12/02/dec-the-second.html"),
    ],
)
def test_slug_and_title(tmp_path: Path, front_matter: str, slug: str, title: str, url: str) -> None:
    text = f"---\n{front_matter}\n---\nx\n"
    post = only_post(read(tmp_path, {"_posts/2014-12-02-dec-the-second.md": text}))
    assert (post.slug, post.title, post.url) == (slug, title, url)


@pytest.mark.parametrize(
    ("name", "converter", "url"),
    [
        ("2014-01-01-a.md", "markdown", "/2014/01/01/a.html"),
        ("2014-01-01-a.markdown", "markdown", "/2014/01/01/a.html"),
        ("2014-01-01-a.html", "html", "/2014/01/01/a.html"),
        ("2014-01-01-a.txt", "identity", "/2014/01/01/a.html"),  # a page here, not a .txt
    ],
)
def test_converter_from_the_extension(tmp_path: Path, name: str, converter: str, url: str) -> None:
    post = only_post(read(tmp_path, {f"_posts/{name}": "---\n---\nx\n"}))
    assert (post.converter, post.url) == (converter, url)


def test_body_line_bodies_and_read_body(tmp_path: Path) -> None:
    result = read(tmp_path, {"_posts/2014-02-11-fosdem-summary.md": FOSDEM})
    post = only_post(result)
    assert result.bodies == {post.source: "First paragraph.\n\nSecond.\n"}
    assert read_body(DocsDir(str(tmp_path)), post) == "First paragraph.\n\nSecond.\n"
    lines = (tmp_path / post.source).read_text("utf-8").splitlines()
    assert lines[post.body_line - 1] == "First paragraph."


def test_a_file_without_front_matter_is_all_body(tmp_path: Path) -> None:
    result = read(tmp_path, {"_posts/2014-01-01-bare.md": "Just text.\n"})
    post = only_post(result)
    assert post.body_line == 1
    assert result.bodies[post.source] == "Just text.\n"


def test_a_byte_order_mark_and_crlf_are_read(tmp_path: Path) -> None:
    raw = "\ufeff---\r\ntitle: Windows\r\n---\r\nA\r\nB\r\n".encode()
    result = read(tmp_path, {"_posts/2014-01-01-crlf.md": raw})
    post = only_post(result)
    assert post.title == "Windows"
    assert result.bodies[post.source] == "A\nB\n"


@pytest.mark.parametrize(
    ("front_matter", "separator"),
    [
        ("", "\n\n"),  # the site's
        ("excerpt_separator: <!--more-->", "<!--more-->"),
        ("excerpt_separator: ''", ""),  # no excerpt
        ("excerpt_separator: 3", "\n\n"),  # not text: the site's
    ],
)
def test_excerpt_separator(tmp_path: Path, front_matter: str, separator: str) -> None:
    post = only_post(read(tmp_path, {"_posts/2014-01-01-a.md": f"---\n{front_matter}\n---\n"}))
    assert post.excerpt_separator == separator


def test_the_site_s_excerpt_separator(tmp_path: Path) -> None:
    files = {"_posts/2014-01-01-a.md": "---\n---\n"}
    post = only_post(read(tmp_path, files, excerpt_separator="<!-- cut -->"))
    assert post.excerpt_separator == "<!-- cut -->"


def test_an_invalid_date_falls_back_to_the_file_name_with_its_line(tmp_path: Path) -> None:
    text = "---\ntitle: T\ndate: tuesday\n---\nx\n"
    result = read(tmp_path, {"_posts/2016-01-01-bad-date.md": text})
    assert only_post(result).date == datetime(2016, 1, 1, tzinfo=UTC)
    assert messages(result) == [
        ("_posts/2016-01-01-bad-date.md", "invalid date 'tuesday'; the file name's date is used", 3)
    ]


def test_an_impossible_date_in_the_file_name_skips_the_post(tmp_path: Path) -> None:
    result = read(tmp_path, {"_posts/2016-22-01-x.md": "x\n"})
    assert result.posts == []
    message = "invalid date '2016-22-01' in the file name: the post is skipped"
    assert messages(result) == [("_posts/2016-22-01-x.md", message, None)]
    assert result.skipped == {"invalid date": 1}


def test_a_date_jekyll_reads_loosely_is_read_with_a_warning(tmp_path: Path) -> None:
    text = "---\ndate: June 2, 2020\n---\nx\n"
    result = read(
        tmp_path, {"_posts/2020-01-01-loose.md": text}, now=datetime(2021, 1, 1, tzinfo=UTC)
    )
    assert only_post(result).date == datetime(2020, 6, 2, tzinfo=UTC)
    [(_, message, line)] = messages(result)
    assert message.startswith("date 'June 2, 2020' is not YYYY-MM-DD [HH:MM[:SS]] [+HHMM]")
    assert line == 2


def test_non_utf8_text_skips_the_post(tmp_path: Path) -> None:
    result = read(tmp_path, {"_posts/2016-01-02-latin.md": "caf\xe9\n".encode("latin-1")})
    assert result.posts == []
    assert messages(result) == [
        ("_posts/2016-01-02-latin.md", "not UTF-8 text: the post is skipped", None)
    ]
    assert result.skipped == {"unreadable": 1}
    assert result.read == 1


def test_a_page_without_a_date_in_its_name_is_not_a_post(tmp_path: Path) -> None:
    result = read(tmp_path, {"_posts/notes.md": "x\n", "_posts/photo.png": b"\x89PNG"})
    assert result.posts == []
    assert messages(result) == [
        ("_posts/notes.md", "not a post: the file name has no date (YYYY-MM-DD-title.md)", None)
    ]  # the image is no page: no problem
    assert result.skipped == {"not a post": 1}


def test_a_yaml_problem_has_its_line_and_the_post_is_kept(tmp_path: Path) -> None:
    text = "---\ntitle: ok\ntags: [unclosed\n---\nx\n"
    result = read(tmp_path, {"_posts/2014-01-01-yaml.md": text})
    assert only_post(result).title == "Yaml"  # built from its file name
    message = "invalid front matter: did not find expected ',' or ']'"
    assert messages(result) == [("_posts/2014-01-01-yaml.md", message, 4)]  # where YAML saw it


def test_a_tag_that_is_no_name_is_a_problem_at_its_line(tmp_path: Path) -> None:
    text = "---\ntitle: t\ntags: [ok, {a: 1}]\n---\n"
    result = read(tmp_path, {"_posts/2014-01-01-t.md": text})
    assert only_post(result).tags == ("ok",)
    assert messages(result) == [
        ("_posts/2014-01-01-t.md", "tags: {'a': 1} is not a name: ignored", 3)
    ]


def test_a_permalink_that_is_not_text_is_a_problem(tmp_path: Path) -> None:
    result = read(tmp_path, {"_posts/2016-01-01-num.md": "---\npermalink: 123\n---\n"})
    assert only_post(result).url == "/2016/01/01/num.html"
    assert messages(result) == [
        ("_posts/2016-01-01-num.md", "permalink 123 is not text: the site's permalink is used", 2)
    ]


def test_a_name_a_url_must_escape_is_built_with_a_warning(tmp_path: Path) -> None:
    result = read(tmp_path, {"_posts/2014-01-01-café.md": "---\n---\n"})
    post = only_post(result)
    assert (post.url, post.dest_uri) == ("/2014/01/01/caf%C3%A9.html", "2014/01/01/café.html")
    message = "the file name has characters a URL must escape: the post's URL is "
    assert messages(result) == [
        ("_posts/2014-01-01-café.md", message + "/2014/01/01/caf%C3%A9.html", None)
    ]


DRAFT = "---\ntitle: Draft\ndate: 2015-05-05\n---\nx\n"


def test_drafts_are_skipped_unread_unless_asked(tmp_path: Path) -> None:
    result = read(tmp_path, {"sci/_drafts/a-draft.md": DRAFT})
    assert result.posts == []
    assert result.skipped == {"draft": 1}
    assert result.read == 0
    assert result.claimed == ["sci/_drafts/a-draft.md"]


def test_drafts_when_asked(tmp_path: Path) -> None:
    post = only_post(read(tmp_path, {"sci/_drafts/a-draft.md": DRAFT}, drafts=True))
    assert post.draft
    assert post.slug == "a-draft"
    assert post.categories == ("sci",)  # folders above _drafts, as above _posts
    assert post.url == "/sci/2015/05/05/a-draft.html"


def test_a_draft_without_a_date_has_its_file_s_time(tmp_path: Path) -> None:
    result = read(tmp_path, {"_drafts/undated.md": "x\n"}, drafts=True, future=True)
    post = only_post(result)
    mtime = datetime.fromtimestamp((tmp_path / "_drafts/undated.md").stat().st_mtime, UTC)
    assert post.date == mtime


@pytest.mark.parametrize(
    ("future", "built"),
    [(False, []), (True, ["_posts/2999-01-01-later.md"])],
)
def test_future_posts(tmp_path: Path, future: bool, built: list[str]) -> None:
    result = read(tmp_path, {"_posts/2999-01-01-later.md": "x\n"}, future=future)
    assert [post.source for post in result.posts] == built
    assert result.skipped["future"] == (0 if future else 1)


def test_the_future_is_compared_as_instants(tmp_path: Path) -> None:
    files = {"_posts/2020-01-01-new-year.md": "---\ndate: 2020-01-01 00:30:00 +0100\n---\n"}
    now = datetime(2019, 12, 31, 23, 0, tzinfo=UTC)  # 23:30 UTC is after 23:00 UTC
    assert read(tmp_path, files, now=now).skipped == {"future": 1}
    later = datetime(2019, 12, 31, 23, 45, tzinfo=UTC)
    assert len(read(tmp_path, files, now=later).posts) == 1


@pytest.mark.parametrize("value", ["false", "null", "0"])
def test_unpublished_posts(tmp_path: Path, value: str) -> None:
    result = read(tmp_path, {"_posts/2014-01-01-hidden.md": f"---\npublished: {value}\n---\n"})
    assert result.posts == []
    assert result.skipped == {"unpublished": 1}
    assert result.problems == []


def test_two_posts_with_one_url_the_first_by_path_keeps_it(tmp_path: Path) -> None:
    files = {
        "b/_posts/2014-01-01-same.md": "---\npermalink: /same/\n---\n",
        "a/_posts/2015-01-01-same.md": "---\npermalink: /same/\n---\n",
    }
    result = read(tmp_path, files)
    assert [post.source for post in result.posts] == ["a/_posts/2015-01-01-same.md"]
    message = "same URL /same/ as a/_posts/2015-01-01-same.md: the post is skipped"
    assert messages(result) == [("b/_posts/2014-01-01-same.md", message, None)]
    assert result.skipped == {"duplicate URL": 1}
    assert result.read == 2


def test_skipped_counts_and_read_together(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "_posts/2014-01-01-ok.md": "x\n",
        "_posts/2014-01-02-hidden.md": "---\npublished: false\n---\n",
        "_posts/2999-01-01-later.md": "x\n",
        "_posts/notes.md": "x\n",
        "_posts/2014-01-03-latin.md": b"\xff",
        "_drafts/draft.md": "x\n",
        "_drafts/other.md": "x\n",
    }
    result = read(tmp_path, files)
    assert [post.source for post in result.posts] == ["_posts/2014-01-01-ok.md"]
    assert result.skipped == {
        "draft": 2,
        "unpublished": 1,
        "future": 1,
        "not a post": 1,
        "unreadable": 1,
    }
    assert result.read == 5  # every post file but the drafts


def test_claimed_holds_every_file_of_the_collections_and_no_other(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "index.md": "# Home\n",
        "guide/_postscript.md": "x\n",  # not a `_posts` folder
        "_posts/2014-01-01-a.md": "x\n",
        "_posts/photo.png": b"\x89PNG",
        "_posts/_ignored.md": "x\n",
        "_posts/2014-01-02-backup.md~": "x\n",
        "blog/_drafts/d.md": "x\n",
        "_posts/_data/x.md": "x\n",
    }
    result = read(tmp_path, files)
    assert result.claimed == [
        "_posts/2014-01-01-a.md",
        "_posts/2014-01-02-backup.md~",
        "_posts/_data/x.md",
        "_posts/_ignored.md",
        "_posts/photo.png",
        "blog/_drafts/d.md",
    ]
    assert [post.source for post in result.posts] == ["_posts/2014-01-01-a.md"]
    assert result.problems == []  # ignored entries are not even read
    assert result.read == 2  # the post and the image


def test_posts_are_in_path_order(tmp_path: Path) -> None:
    files = {f"_posts/2014-01-0{n}-p{n}.md": "x\n" for n in (3, 1, 2)}
    result = read(tmp_path, files)
    assert [post.slug for post in result.posts] == ["p1", "p2", "p3"]


@pytest.mark.parametrize(
    ("permalink", "old"),
    [
        ("date", "/blog/events/2014/02/11/fosdem-summary.html"),
        ("pretty", "/blog/events/2014/02/11/fosdem-summary/"),
        ("none", "/blog/events/fosdem-summary.html"),
        ("/:year/:month/:title", "/2014/02/fosdem-summary"),
        ("/:categories/:title.html", "/blog/events/fosdem-summary.html"),
    ],
)
def test_url_under_another_permalink(tmp_path: Path, permalink: str, old: str) -> None:
    post = only_post(
        read(tmp_path, {"blog/_posts/2014-02-11-fosdem-summary.md": FOSDEM}, permalink="pretty")
    )
    assert post.url == "/blog/events/2014/02/11/fosdem-summary/"
    assert url_under(post, permalink) == old


def test_url_under_the_site_s_own_permalink_is_the_post_s_url(tmp_path: Path) -> None:
    result = read(
        tmp_path,
        {"blog/_posts/2014-02-11-fosdem-summary.md": FOSDEM, "_posts/2015-03-04-x.md": "x\n"},
    )
    for post in result.posts:
        assert url_under(post, "date") == post.url


def test_url_under_uses_the_post_s_zone_date(tmp_path: Path) -> None:
    text = "---\ndate: 2014-02-11 00:30:00 +0100\n---\n"
    post = only_post(read(tmp_path, {"_posts/2014-02-11-early.md": text}, permalink="pretty"))
    assert url_under(post, "date") == "/2014/02/10/early.html"  # the site zone is UTC


def test_url_under_is_none_for_a_post_with_its_own_permalink(tmp_path: Path) -> None:
    post = only_post(read(tmp_path, {"_posts/2014-01-01-a.md": "---\npermalink: /mine/\n---\n"}))
    assert url_under(post, "date") is None
    assert url_under(post, "pretty") is None


def test_url_under_a_template_jekyll_cannot_expand_is_none(tmp_path: Path) -> None:
    post = only_post(read(tmp_path, {"_posts/2014-01-01-a.md": "x\n"}))
    assert url_under(post, "/:nope/:title/") is None


def test_url_under_a_permalink_that_is_not_text(tmp_path: Path) -> None:
    post = only_post(read(tmp_path, {"_posts/2016-01-01-num.md": "---\npermalink: 123\n---\n"}))
    assert url_under(post, "date") == post.url == "/2016/01/01/num.html"
